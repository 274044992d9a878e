import type { GraphCache, GraphEdge, GraphNode } from "./types";

/** An empty cache. */
export const emptyCache: GraphCache = { nodes: {}, edges: {} };

/** The cache with `nodes` and `edges` added (newer data wins); the same object when nothing changed. */
export function mergeIntoCache(
  cache: GraphCache,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): GraphCache {
  if (nodes.length === 0 && edges.length === 0) return cache;
  const next: GraphCache = { nodes: { ...cache.nodes }, edges: { ...cache.edges } };
  for (const node of nodes) {
    // A node that came without its said dates (the first view's, decision 0079) keeps those it has.
    const known = next.nodes[node.id]?.said;
    next.nodes[node.id] = node.said === undefined && known !== undefined ? { ...node, said: known } : node;
  }
  for (const edge of edges) next.edges[edge.id] = edge;
  return next;
}

/** The edges in the cache that touch `id`. */
export function edgesOf(cache: GraphCache, id: string): GraphEdge[] {
  return Object.values(cache.edges).filter((edge) => edge.source === id || edge.target === id);
}

/** The other end of `edge`, seen from `id`. */
export function otherEnd(edge: GraphEdge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}
