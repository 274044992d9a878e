import type { StylesheetJson } from "cytoscape";

/**
 * Colours and shapes per kind; the legend reads the same table. The colours are Paul Tol's "muted" qualitative
 * scheme, made to stay apart for people with red-green colour blindness (palette.test.ts checks it); the shape
 * tells the kind as well.
 */
export const kindStyles: Record<string, { color: string; shape: string }> = {
  state: { color: "#332288", shape: "round-rectangle" },
  person: { color: "#DDCC77", shape: "ellipse" },
  organization: { color: "#AA4499", shape: "round-hexagon" },
  place: { color: "#117733", shape: "round-triangle" },
  item: { color: "#999933", shape: "round-diamond" },
  event: { color: "#882255", shape: "star" },
  transfer: { color: "#CC6677", shape: "round-tag" },
  claim: { color: "#88CCEE", shape: "round-rectangle" },
  source: { color: "#44AA99", shape: "barrel" },
};

/** The colours of the canvas's text and marks other than kinds (the contrast test reads them from the style). */
export const canvasColours = {
  background: "#ffffff",
  label: "#1d232b",
  edgeLabel: "#3d4550",
  /** A folded transfer's label: Tol's wine, dark enough for text, of the transfer's rose family. */
  transferLabel: "#882255",
  edge: "#9aa3ad",
  denied: "#c62828",
  path: "#e6a800",
  selected: "#1565c0",
} as const;

const { denied } = canvasColours;

/** Node bodies' sizes in model units, by kind; the concentric layout spaces nodes by them (rings.ts). */
const bodySizes: Record<string, { width: number; height: number }> = {
  state: { width: 46, height: 34 },
  claim: { width: 22, height: 16 },
};
const defaultBody = { width: 30, height: 30 };

/** The larger side of a node's body of this kind, in model units. */
export function bodySize(kind: string): number {
  const { width, height } = bodySizes[kind] ?? defaultBody;
  return Math.max(width, height);
}

/** Label sizes in CSS pixels on screen, whatever the zoom. */
const nodeFont = 12;
const stateFont = 14;
const edgeFont = 11;
/** The widths, in CSS px, at which node labels wrap: usually, and when that leaves them no room. */
const labelWidth = 150;
const narrowWidth = 72;

/** Relationship labels (other than folded transfers') are drawn from this zoom on, where arrows are long enough. */
export const edgeLabelZoom = 1;

/** Below this zoom, arrows are drawn as plain lines without arrowheads (an arrowhead would be under 5 px). */
export const overviewZoom = 0.2;

/**
 * The canvas stylesheet at a zoom level: kinds by colour and shape, certainty by line style (asserted solid,
 * alleged dashed). Labels keep their size on screen (12 CSS px and up) as the graph zooms, as in sigma.js, so
 * zooming in makes room between them; the label controller hides those that would collide (`label-hidden`).
 */
export function graphStyle(zoom: number): StylesheetJson {
  const px = (size: number) => size / zoom;
  // Zoomed out so far that an arrowhead is a few pixels: plain lines, which Cytoscape draws without working out
  // curves for parallel arrows (decision 0078). Closer in, the arrows come back.
  const overview = zoom < overviewZoom;
  const edgeLabel = {
    label: "data(label)",
    "font-size": px(edgeFont),
    color: canvasColours.edgeLabel,
    "text-rotation": "autorotate",
    "text-background-color": canvasColours.background,
    "text-background-opacity": 0.7,
  } as const;
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": px(nodeFont),
        "text-wrap": "wrap",
        "text-max-width": `${px(labelWidth)}px`,
        "text-valign": "bottom",
        "text-margin-y": px(3),
        color: canvasColours.label,
        "text-background-color": canvasColours.background,
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        ...defaultBody,
        "background-color": "#888",
        "border-width": 2,
        "border-color": "#ffffff",
      },
    },
    ...Object.entries(kindStyles).map(([kind, { color, shape }]) => ({
      selector: `node.kind-${kind}`,
      style: { "background-color": color, shape: shape as "ellipse" },
    })),
    ...Object.entries(bodySizes).map(([kind, size]) => ({ selector: `node.kind-${kind}`, style: size })),
    { selector: "node.kind-state", style: { "font-size": px(stateFont), "font-weight": "bold" } },
    // Status, the same on nodes (border) as on arrows (line): alleged or estimated dashed, pledged or forecast
    // dotted, denied dashed in the denial colour. A kind keeps its colour whatever its status.
    {
      selector: "node.status-alleged, node.stance-estimates",
      style: { "border-style": "dashed", "border-color": "#1d232b", "border-width": 3 },
    },
    {
      selector: "node.status-pledged, node.status-forecast, node.stance-forecasts",
      style: { "border-style": "dotted", "border-color": "#1d232b", "border-width": 3 },
    },
    {
      selector: "node.status-denied, node.stance-denies",
      style: { "border-style": "dashed", "border-color": denied, "border-width": 4 },
    },
    { selector: "node.has-more", style: { "border-color": "#1d232b", "border-width": 3 } },
    {
      selector: "edge",
      style: {
        width: 1.6,
        "curve-style": overview ? "haystack" : "bezier",
        "line-color": canvasColours.edge,
        "target-arrow-color": canvasColours.edge,
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        ...(zoom >= edgeLabelZoom ? edgeLabel : {}),
      },
    },
    // Zoomed out, only folded transfers and the selected arrow have a label: the others' would not be drawn, and
    // Cytoscape measures and places every label it is given (decision 0078).
    ...(zoom < edgeLabelZoom ? [{ selector: "edge.folded, edge:selected", style: edgeLabel }] : []),
    {
      selector: "edge.folded",
      style: {
        width: 3.5,
        "line-color": kindStyles.transfer?.color ?? canvasColours.edge,
        "target-arrow-color": kindStyles.transfer?.color ?? canvasColours.edge,
        "font-size": px(nodeFont),
        color: canvasColours.transferLabel,
        "text-wrap": "wrap",
        "text-max-width": `${px(170)}px`,
        "text-rotation": "none",
        // Transfers both ways between two states are parallel arrows: spread them so their labels do not collide.
        "control-point-step-size": 110,
        "text-background-opacity": 0.9,
      },
    },
    {
      selector: "edge.status-alleged, edge.stance-estimates, edge.stance-forecasts",
      style: { "line-style": "dashed" },
    },
    { selector: "edge.status-pledged, edge.status-forecast", style: { "line-style": "dotted" } },
    {
      selector: "edge.status-denied, edge.stance-denies",
      style: {
        "line-color": denied,
        "target-arrow-color": denied,
        "line-style": "dashed",
        "target-arrow-shape": "tee",
      },
    },
    {
      // A glow around the element, never a tint over it: a highlighted state stays the state's blue.
      selector: ".highlighted",
      style: {
        "underlay-color": canvasColours.path,
        "underlay-opacity": 0.55,
        "underlay-padding": 9,
        "z-index": 10,
      },
    },
    {
      selector: "edge.highlighted",
      style: { width: 4, "line-color": canvasColours.path, "target-arrow-color": canvasColours.path },
    },
    {
      selector: ":selected",
      style: {
        "border-color": "#111",
        "border-width": 4,
        "underlay-color": canvasColours.selected,
        "underlay-opacity": 0.35,
        "underlay-padding": 8,
      },
    },
    {
      // The selected node's label stays readable where it must cover other nodes and edges of a dense view: an
      // opaque, outlined background, and the node drawn above the others (edges are drawn below nodes anyway).
      selector: "node:selected",
      style: {
        "z-index": 20,
        "text-background-opacity": 1,
        "text-background-padding": `${px(3)}px`,
        "text-background-shape": "roundrectangle",
        "text-border-opacity": 1,
        "text-border-width": px(1),
        "text-border-color": canvasColours.edge,
      },
    },
    {
      selector: "edge:selected",
      style: { width: 5, "line-color": canvasColours.selected, "target-arrow-color": canvasColours.selected },
    },
    // Where the label controller moved a label that would collide below its node.
    { selector: "node.label-top", style: { "text-valign": "top", "text-margin-y": px(-3) } },
    {
      selector: "node.label-right",
      style: { "text-valign": "center", "text-halign": "right", "text-margin-x": px(4), "text-margin-y": 0 },
    },
    {
      selector: "node.label-left",
      style: { "text-valign": "center", "text-halign": "left", "text-margin-x": px(-4), "text-margin-y": 0 },
    },
    // A label with no room at its usual width, wrapped narrower to fit a tight gap (decision 0017).
    { selector: "node.label-narrow", style: { "text-max-width": `${px(narrowWidth)}px` } },
    {
      selector: ".label-hidden",
      style: { "text-opacity": 0, "text-background-opacity": 0 },
    },
  ];
}
