import type { BoundingBox12, BoundingBoxWH, Core } from "cytoscape";
import type { CanvasExporter, PictureDetails } from "../core/export/store";
import { graphSvg, xmlText } from "./picture-svg";
import { kindStyles } from "./style";

/** The canvas's exports: node positions for the Cytoscape.js file, and pictures to publish. */
export function canvasExporter(cy: Core): CanvasExporter {
  return {
    positions: () =>
      Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const)),
    picture: (format, details) => (format === "png" ? pngPicture(cy, details) : svgPicture(cy, details)),
  };
}

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const pad = 24;
const minWidth = 720;
const ink = "#1f2328";
const muted = "#57606a";

/** The legend's line styles, as the canvas draws a claim's status (see components/Legend.tsx). */
const lineEntries = [
  { label: "asserted / reported", dash: [] as number[], color: "#555e6b" },
  { label: "alleged, estimated", dash: [6, 4], color: "#555e6b" },
  { label: "pledged, forecast", dash: [1.5, 3], color: "#555e6b" },
  { label: "denied", dash: [], color: "#c62828" },
];

type Text = { text: string; x: number; y: number; size: number; bold?: boolean; color: string };
type Swatch = { x: number; y: number; color: string; dash?: number[] };

/** Where everything goes, in CSS pixels: the PNG draws it at 2×, the SVG as it is. */
interface Frame {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  texts: Text[];
  /** Kind swatches (filled squares) and line-style swatches (with `dash`). */
  swatches: Swatch[];
}

/** Lays out the title, the date, the graph, the legend and the credit line around a graph of the given size. */
function frame(
  details: PictureDetails,
  box: BoundingBox12 & BoundingBoxWH,
  measure: (text: string, size: number) => number,
): Frame {
  const width = Math.ceil(Math.max(minWidth, box.w + 2 * pad));
  const texts: Text[] = [];
  const swatches: Swatch[] = [];
  let y = pad + 22;
  texts.push({ text: details.title, x: pad, y, size: 22, bold: true, color: ink });
  y += 20;
  texts.push({ text: `Exported from kgx on ${details.date}`, x: pad, y, size: 13, color: muted });
  y += 14;
  const graph = { x: Math.round((width - box.w) / 2), y, width: Math.ceil(box.w), height: Math.ceil(box.h) };
  y += graph.height + 28;
  texts.push({ text: "Legend", x: pad, y, size: 13, bold: true, color: ink });
  let x = pad + measure("Legend", 13) + 16;
  const entry = (label: string, swatch: Omit<Swatch, "x" | "y">) => {
    const room = 26 + measure(label, 12) + 18;
    if (x + room > width - pad) {
      x = pad;
      y += 20;
    }
    swatches.push({ ...swatch, x, y: y - 10 });
    texts.push({ text: label, x: x + 26, y, size: 12, color: ink });
    x += room;
  };
  for (const kind of details.kinds) entry(kind, { color: kindStyles[kind]?.color ?? muted });
  for (const line of lineEntries) entry(line.label, { color: line.color, dash: line.dash });
  y += 24;
  for (const line of wrap(details.credit, width - 2 * pad, (text) => measure(text, 12))) {
    texts.push({ text: line, x: pad, y, size: 12, color: muted });
    y += 17;
  }
  return { width, height: Math.ceil(y + pad - 10), graph, texts, swatches };
}

function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function measurer(): (text: string, size: number) => number {
  const context = document.createElement("canvas").getContext("2d");
  return (text, size) => {
    if (!context) return text.length * size * 0.55;
    context.font = `${size}px ${font}`;
    return context.measureText(text).width;
  };
}

const graphBox = (cy: Core) => cy.elements(":visible").boundingBox({});

/** The picture as PNG at twice its CSS size: the canvas's own 2× image, with the frame drawn around it. */
async function pngPicture(cy: Core, details: PictureDetails): Promise<Blob> {
  const box = graphBox(cy);
  const layout = frame(details, box, measurer());
  const image = await createImageBitmap(
    await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" }),
  );
  const canvas = document.createElement("canvas");
  canvas.width = layout.width * 2;
  canvas.height = layout.height * 2;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.scale(2, 2);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, layout.width, layout.height);
  const { x, y, width, height } = layout.graph;
  context.drawImage(image, x, y, width, height);
  for (const swatch of layout.swatches) {
    context.fillStyle = swatch.color;
    context.strokeStyle = swatch.color;
    if (swatch.dash) {
      context.lineWidth = 2;
      context.setLineDash(swatch.dash);
      context.beginPath();
      context.moveTo(swatch.x, swatch.y + 6);
      context.lineTo(swatch.x + 20, swatch.y + 6);
      context.stroke();
      context.setLineDash([]);
    } else context.fillRect(swatch.x + 4, swatch.y, 12, 12);
  }
  for (const text of layout.texts) {
    context.fillStyle = text.color;
    context.font = `${text.bold ? "bold " : ""}${text.size}px ${font}`;
    context.fillText(text.text, text.x, text.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
      "image/png",
    ),
  );
}

/** The picture as SVG: the same frame in SVG text and shapes, and the graph drawn as vector shapes. */
async function svgPicture(cy: Core, details: PictureDetails): Promise<Blob> {
  const box = graphBox(cy);
  const layout = frame(details, box, measurer());
  const { x, y, width, height } = layout.graph;
  const swatches = layout.swatches.map((s) =>
    s.dash
      ? `<line class="legend-line" x1="${s.x}" y1="${s.y + 6}" x2="${s.x + 20}" y2="${s.y + 6}" stroke="${s.color}" stroke-width="2"${s.dash.length ? ` stroke-dasharray="${s.dash.join(" ")}"` : ""}/>`
      : `<rect class="legend-swatch" x="${s.x + 4}" y="${s.y}" width="12" height="12" fill="${s.color}"/>`,
  );
  const texts = layout.texts.map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="bold"' : ""} fill="${t.color}">${xmlText(t.text)}</text>`,
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${xmlText(font)}">`,
    `<title>${xmlText(details.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="graph" transform="translate(${x} ${y})" data-width="${width}" data-height="${height}">`,
    graphSvg(cy, box),
    "</g>",
    ...swatches,
    ...texts,
    "</svg>",
  ];
  return new Blob([`${svg.join("\n")}\n`], { type: "image/svg+xml" });
}
