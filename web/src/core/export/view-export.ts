import type { CanvasModel } from "../canvas/types";
import type { GraphCache } from "../graph/types";

const literal = (value: string) => JSON.stringify(value).replaceAll("'", "\\'");

/**
 * A read-only Cypher query that returns the nodes on the canvas and the relationships between them, ids
 * inlined, to paste into Neo4j Browser or cypher-shell.
 */
export function viewCypher(nodeIds: readonly string[]): string {
  const ids = `[${nodeIds.map(literal).join(", ")}]`;
  return [
    `WITH ${ids} AS ids`,
    "MATCH (n) WHERE n.id IN ids",
    "OPTIONAL MATCH (n)-[r]->(m) WHERE m.id IN ids",
    "RETURN n, r, m;",
  ].join("\n");
}

/** The view as JSON: the nodes and relationships on the canvas with their properties, by stable id. */
export function viewJson(cache: GraphCache, nodeIds: readonly string[], model: CanvasModel): string {
  const shown = new Set(model.nodes.map((node) => node.id));
  const nodes = nodeIds
    .filter((id) => shown.has(id))
    .flatMap((id) => (cache.nodes[id] ? [cache.nodes[id]] : []));
  const edges = Object.values(cache.edges).filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  return `${JSON.stringify({ nodes, edges }, null, 2)}\n`;
}

/** The URL of the server's Cypher export of these nodes (constraints first, then the data). */
export function cypherExportUrl(nodeIds: readonly string[]): string {
  const params = new URLSearchParams({ ids: nodeIds.join(",") });
  return `/export/cypher?${params.toString()}`;
}

/** Saves `content` as a file in the user's downloads. */
export function downloadText(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
