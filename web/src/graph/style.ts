import type { StylesheetJson } from "cytoscape";

/** Colours and shapes per kind; the legend reads the same table. */
export const kindStyles: Record<string, { color: string; shape: string }> = {
  state: { color: "#2f6fb3", shape: "round-rectangle" },
  person: { color: "#d08a1f", shape: "ellipse" },
  organization: { color: "#6a4fb0", shape: "round-hexagon" },
  place: { color: "#2e8b57", shape: "round-triangle" },
  item: { color: "#7a7a7a", shape: "round-diamond" },
  event: { color: "#b0457b", shape: "star" },
  transfer: { color: "#c0392b", shape: "round-tag" },
  claim: { color: "#4d8a99", shape: "round-rectangle" },
  source: { color: "#555e6b", shape: "barrel" },
};

const denied = "#c62828";

/** Label sizes in CSS pixels on screen, whatever the zoom. */
const nodeFont = 12;
const stateFont = 14;
const edgeFont = 11;

/**
 * The canvas stylesheet at a zoom level: kinds by colour and shape, certainty by line style (asserted solid,
 * alleged dashed). Labels keep their size on screen (12 CSS px and up) as the graph zooms, as in sigma.js, so
 * zooming in makes room between them; the label controller hides those that would collide (`label-hidden`).
 */
export function graphStyle(zoom: number): StylesheetJson {
  const px = (size: number) => size / zoom;
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": px(nodeFont),
        "text-wrap": "wrap",
        "text-max-width": `${px(150)}px`,
        "text-valign": "bottom",
        "text-margin-y": px(3),
        color: "#1d232b",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        width: 30,
        height: 30,
        "background-color": "#888",
        "border-width": 2,
        "border-color": "#ffffff",
      },
    },
    ...Object.entries(kindStyles).map(([kind, { color, shape }]) => ({
      selector: `node.kind-${kind}`,
      style: { "background-color": color, shape: shape as "ellipse" },
    })),
    {
      selector: "node.kind-state",
      style: { width: 46, height: 34, "font-size": px(stateFont), "font-weight": "bold" },
    },
    { selector: "node.kind-claim", style: { width: 22, height: 16 } },
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
        "curve-style": "bezier",
        "line-color": "#9aa3ad",
        "target-arrow-color": "#9aa3ad",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        label: "data(label)",
        "font-size": px(edgeFont),
        color: "#3d4550",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.7,
      },
    },
    {
      selector: "edge.folded",
      style: {
        width: 3.5,
        "line-color": "#c0392b",
        "target-arrow-color": "#c0392b",
        "font-size": px(nodeFont),
        color: "#7b241c",
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
      style: { "underlay-color": "#e6a800", "underlay-opacity": 0.55, "underlay-padding": 9, "z-index": 10 },
    },
    {
      selector: "edge.highlighted",
      style: { width: 4, "line-color": "#e6a800", "target-arrow-color": "#e6a800" },
    },
    {
      selector: ":selected",
      style: {
        "border-color": "#111",
        "border-width": 4,
        "underlay-color": "#1565c0",
        "underlay-opacity": 0.35,
        "underlay-padding": 8,
      },
    },
    {
      selector: "edge:selected",
      style: { width: 5, "line-color": "#1565c0", "target-arrow-color": "#1565c0" },
    },
    {
      selector: ".label-hidden",
      style: { "text-opacity": 0, "text-background-opacity": 0 },
    },
  ];
}
