import type { BoundingBox12, Core, EdgeSingular, NodeSingular } from "cytoscape";

/** Escapes text for SVG content and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const px = (value: string | number) => Number.parseFloat(String(value)) || 0;
const dashes: Record<string, string> = { dashed: "6 4", dotted: "1.5 3" };

/**
 * The visible graph as SVG elements, drawn from Cytoscape's model (positions, sizes and the computed style of each
 * element), translated so that `box` starts at (0, 0). Cytoscape has no SVG renderer of its own; the extension
 * that adds one is GPL-licensed (decision 0038), so kgx draws the few shapes and line styles its stylesheet uses.
 * Edges are drawn straight from endpoint to endpoint.
 */
export function graphSvg(cy: Core, box: BoundingBox12): string {
  const parts: string[] = [];
  const shift = (x: number, y: number) => `${(x - box.x1).toFixed(1)},${(y - box.y1).toFixed(1)}`;
  cy.edges(":visible").forEach((edge) => {
    parts.push(edgeSvg(edge, shift));
  });
  cy.nodes(":visible").forEach((node) => {
    parts.push(nodeSvg(node, shift));
  });
  return parts.join("\n");
}

function edgeSvg(edge: EdgeSingular, shift: (x: number, y: number) => string): string {
  const from = edge.sourceEndpoint();
  const to = edge.targetEndpoint();
  const color = edge.style("line-color");
  const width = px(edge.style("width"));
  const dash = dashes[edge.style("line-style")];
  const opacity = px(edge.style("opacity") ?? 1);
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const size = Math.max(6, width * 3);
  const wing = (side: number) =>
    shift(to.x - size * Math.cos(angle + side * 0.45), to.y - size * Math.sin(angle + side * 0.45));
  const arrow =
    edge.style("target-arrow-shape") === "none"
      ? ""
      : `<polygon points="${shift(to.x, to.y)} ${wing(1)} ${wing(-1)}" fill="${edge.style("target-arrow-color")}"/>`;
  const [x1, y1] = shift(from.x, from.y).split(",");
  const [x2, y2] = shift(to.x, to.y).split(",");
  const line = `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
  const label = labelOf(edge);
  const middle = edge.midpoint();
  const [mx, my] = shift(middle.x, middle.y).split(",");
  const text = label
    ? `<text x="${mx}" y="${my}" font-size="${px(edge.style("font-size")).toFixed(1)}" text-anchor="middle" fill="${edge.style("color")}">${lines(label, mx ?? "0", px(edge.style("font-size")))}</text>`
    : "";
  return `<g class="edge" opacity="${opacity}">${line}${arrow}${text}</g>`;
}

function nodeSvg(node: NodeSingular, shift: (x: number, y: number) => string): string {
  const { x, y } = node.position();
  const w = Math.round(node.width() * 10) / 10;
  const h = Math.round(node.height() * 10) / 10;
  const borderWidth = px(node.style("border-width"));
  const paint = `fill="${node.style("background-color")}" stroke="${node.style("border-color")}" stroke-width="${borderWidth}"${
    dashes[node.style("border-style")] ? ` stroke-dasharray="${dashes[node.style("border-style")]}"` : ""
  }`;
  const [cx, cy] = shift(x, y).split(",");
  const shape = node.style("shape") as string;
  let body: string;
  if (shape === "ellipse") body = `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" ${paint}/>`;
  else if (corners[shape]) {
    const points = (corners[shape] ?? []).map(([u, v]) => shift(x + (u * w) / 2, y + (v * h) / 2));
    body = `<polygon points="${points.join(" ")}" ${paint}/>`;
  } else {
    const [left, top] = shift(x - w / 2, y - h / 2).split(",");
    body = `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="${Math.min(8, h / 4)}" ${paint}/>`;
  }
  const label = labelOf(node);
  const size = px(node.style("font-size"));
  const [lx, ly] = shift(x, y + h / 2 + size + borderWidth).split(",");
  const text = label
    ? `<text x="${lx}" y="${ly}" font-size="${size.toFixed(1)}" font-weight="${node.style("font-weight")}" text-anchor="middle" fill="${node.style("color")}">${lines(label, lx ?? "0", size)}</text>`
    : "";
  return `<g class="node" opacity="${px(node.style("opacity") ?? 1)}">${body}${text}</g>`;
}

/** A label's lines (the canvas breaks labels at line feeds) as SVG text spans, one line below the other. */
function lines(label: string, x: string, size: number): string {
  return label
    .split("\n")
    .map((line, i) =>
      i === 0 ? xmlText(line) : `<tspan x="${x}" dy="${(size * 1.2).toFixed(1)}">${xmlText(line)}</tspan>`,
    )
    .join("");
}

/** The label the canvas shows, or "" when the label controller hid it or the style leaves it out. */
function labelOf(element: NodeSingular | EdgeSingular): string {
  if (element.hasClass("label-hidden")) return "";
  const label = element.style("label");
  return typeof label === "string" ? label : "";
}

// Polygon corners on the unit square [-1, 1]², for the shapes kgx's stylesheet uses (rounded ones drawn sharp).
const regular = (n: number, turn = 0) =>
  Array.from({ length: n }, (_, i): [number, number] => {
    const a = turn + (2 * Math.PI * i) / n;
    return [Math.cos(a), Math.sin(a)];
  });
const star = Array.from({ length: 10 }, (_, i): [number, number] => {
  const a = -Math.PI / 2 + (Math.PI * i) / 5;
  const r = i % 2 === 0 ? 1 : 0.45;
  return [r * Math.cos(a), r * Math.sin(a)];
});
const corners: Record<string, [number, number][]> = {
  "round-hexagon": regular(6),
  hexagon: regular(6),
  "round-triangle": [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  "round-diamond": regular(4, -Math.PI / 2),
  diamond: regular(4, -Math.PI / 2),
  star,
  "round-tag": [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
};
