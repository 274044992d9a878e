import { affirmingClaimants } from "../claims/claims";
import type { GraphCache, GraphEdge, GraphNode } from "../graph/types";
import { inWindow } from "../timeline/timeline";
import type { ViewState } from "../view/types";

/** The nodes and edges on the canvas once the filters apply. */
export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Whether `node` is a claim that denies. */
export const isDenial = (node: GraphNode) => node.kind === "claim" && node.properties.stance === "denies";

/** The view's nodes that pass the filters, and the cached edges between them whose type is shown. */
export function visibleGraph(cache: GraphCache, view: ViewState): VisibleGraph {
  const { hiddenKinds, hiddenEdgeTypes, hideDenied, corroboratedOnly } = view.filters;
  const nodes = view.nodeIds
    .map((id) => cache.nodes[id])
    .filter((node): node is GraphNode => node !== undefined)
    .filter((node) => !hiddenKinds.includes(node.kind))
    .filter((node) => !(hideDenied && isDenial(node)))
    .filter((node) => inWindow(cache, node, view.window))
    .filter(
      (node) => !(corroboratedOnly && node.kind === "transfer" && affirmingClaimants(cache, node.id) < 2),
    );
  const ids = new Set(nodes.map((node) => node.id));
  const edges = Object.values(cache.edges).filter(
    (edge) => ids.has(edge.source) && ids.has(edge.target) && !hiddenEdgeTypes.includes(edge.type),
  );
  return { nodes, edges };
}
