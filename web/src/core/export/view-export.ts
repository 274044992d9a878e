import type { VisibleGraph } from "../canvas/visible";

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

/** The view as JSON: the nodes and relationships on it with their properties, by stable id. */
export function viewJson({ nodes, edges }: VisibleGraph): string {
  return `${JSON.stringify({ nodes, edges }, null, 2)}\n`;
}

/**
 * The server's Cypher export of the view (constraints first, then the data): its nodes and exactly the
 * relationships shown. Sent as a POST so that a large view does not meet the 8 KB limit on URLs.
 */
export function fetchCypherExport({ nodes, edges }: VisibleGraph): Promise<Response> {
  return fetch("/export/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      scope: "subgraph",
      nodes: nodes.map((node) => node.id),
      ...(edges.length > 0 ? { edges: edges.map((edge) => edge.id) } : {}),
    }),
  });
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
