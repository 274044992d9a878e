import type { GraphCache, GraphNode } from "../graph/types";

/**
 * The places a transfer goes VIA, in travel order: by each relationship's `order` (set by `kgx import` from the
 * order of `via` in the dataset), then by name for places without one.
 */
export function routeOf(cache: GraphCache, transferId: string): GraphNode[] {
  const stops: { node: GraphNode; order: number }[] = [];
  for (const edge of Object.values(cache.edges)) {
    if (edge.type !== "VIA" || edge.source !== transferId) continue;
    const node = cache.nodes[edge.target];
    const order = edge.properties.order;
    if (node) stops.push({ node, order: typeof order === "number" ? order : Number.POSITIVE_INFINITY });
  }
  return stops
    .sort((a, b) => a.order - b.order || a.node.name.localeCompare(b.node.name))
    .map((stop) => stop.node);
}
