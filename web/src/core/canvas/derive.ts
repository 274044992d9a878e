import type { GraphCache, GraphEdge, GraphNode } from "../graph/types";
import type { ViewState } from "../view/types";
import { foldTransfers } from "./fold";
import type { CanvasEdge, CanvasModel, CanvasNode } from "./types";
import { type VisibleGraph, visibleGraph } from "./visible";

const word = (value: unknown) => (typeof value === "string" ? value.replace(/[^a-z0-9-]/gi, "") : "");

/** Classes that say how sure a node is: a claim's stance, a transfer's status. */
function certaintyClasses(node: GraphNode): string[] {
  if (node.kind === "claim") return [`stance-${word(node.properties.stance) || "asserts"}`];
  if (node.kind === "transfer" && node.properties.status) return [`status-${word(node.properties.status)}`];
  return [];
}

function edgeClasses(cache: GraphCache, edge: GraphEdge, highlight: Set<string>): string[] {
  const from = cache.nodes[edge.source];
  const classes = from ? certaintyClasses(from) : [];
  if (highlight.has(edge.id)) classes.push("highlighted");
  return classes;
}

/** How many of each expanded node's edges lead to nodes that are on the view but filtered out. */
function hiddenByFilters(cache: GraphCache, view: ViewState, visible: VisibleGraph): Map<string, number> {
  const expanded = new Set(view.expanded);
  const onView = new Set(view.nodeIds);
  const shown = new Set(visible.edges.map((edge) => edge.id));
  const hidden = new Map<string, number>();
  for (const edge of Object.values(cache.edges)) {
    if (shown.has(edge.id) || !onView.has(edge.source) || !onView.has(edge.target)) continue;
    for (const end of [edge.source, edge.target]) {
      if (expanded.has(end)) hidden.set(end, (hidden.get(end) ?? 0) + 1);
    }
  }
  return hidden;
}

/** The label of an expanded node: its name, what is not loaded yet, and what the filters hide. */
function expandedLabel(name: string, more: number, hidden: number): string {
  const notes = [
    ...(more > 0 ? [`+${more} more`] : []),
    ...(hidden > 0 ? [`${hidden} hidden by filters`] : []),
  ];
  return notes.length > 0 ? `${name}\n${notes.join(" · ")}` : name;
}

/**
 * What the canvas draws for `view`: the filtered graph (`visible`, when already computed), with "+N more" on
 * expanded hubs (neighbours not loaded) and "N hidden by filters" (neighbours loaded but filtered out), folded if
 * asked. Components read it through `selectCanvas` (model.ts), which derives it once.
 */
export function canvasModel(
  cache: GraphCache,
  view: ViewState,
  visible: VisibleGraph = visibleGraph(cache, view),
): CanvasModel {
  const { nodes, edges } = visible;
  const highlight = new Set(view.highlight);
  const expanded = new Set(view.expanded);
  const shownEdges = new Map<string, number>();
  for (const edge of edges) {
    shownEdges.set(edge.source, (shownEdges.get(edge.source) ?? 0) + 1);
    shownEdges.set(edge.target, (shownEdges.get(edge.target) ?? 0) + 1);
  }
  const filtered = hiddenByFilters(cache, view, visible);
  const canvasNodes: CanvasNode[] = nodes.map((node) => {
    const hidden = filtered.get(node.id) ?? 0;
    const more = expanded.has(node.id)
      ? Math.max(0, node.degree - (shownEdges.get(node.id) ?? 0) - hidden)
      : 0;
    const classes = [`kind-${word(node.kind)}`, ...certaintyClasses(node)];
    if (highlight.has(node.id)) classes.push("highlighted");
    if (more > 0) classes.push("has-more");
    return {
      id: node.id,
      kind: node.kind,
      label: expandedLabel(node.name, more, hidden),
      classes,
    };
  });
  const canvasEdges: CanvasEdge[] = edges.map((edge) => ({
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    label: edge.type,
    classes: [`type-${word(edge.type)}`, ...edgeClasses(cache, edge, highlight)],
    ref: edge.id,
  }));
  const model = { nodes: canvasNodes, edges: canvasEdges };
  return view.transferMode === "arrows" ? foldTransfers(cache, model) : model;
}
