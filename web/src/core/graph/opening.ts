import type { GraphCache } from "./types";

/**
 * The opening view: the states, the transfers between parties, the parties themselves, and the people who lead
 * the states. It answers the article's question (who sends what to whom) before the user does anything.
 */
export function openingNodeIds(cache: GraphCache): string[] {
  const ids = new Set<string>();
  const nodes = Object.values(cache.nodes);
  for (const node of nodes) if (node.kind === "state" || node.kind === "transfer") ids.add(node.id);
  for (const edge of Object.values(cache.edges)) {
    if ((edge.type === "FROM" || edge.type === "TO") && ids.has(edge.source)) ids.add(edge.target);
    if (edge.type === "LEADS" && ids.has(edge.target)) ids.add(edge.source);
  }
  // A graph without states or transfers still opens on something: its best-connected nodes.
  if (ids.size === 0) {
    for (const node of [...nodes].sort((a, b) => b.degree - a.degree).slice(0, 30)) ids.add(node.id);
  }
  return [...ids];
}
