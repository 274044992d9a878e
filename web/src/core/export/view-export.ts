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

/** The server's export formats of a view (GET/POST /export/{format}); CSV comes as two files. */
export type ViewExportFormat = "cypher" | "json" | "cyjs" | "graphml" | "csv-nodes" | "csv-relationships";

/** Options of a view export: node positions for the Cytoscape.js file. */
export interface ViewExportOptions {
  positions?: Record<string, { x: number; y: number }> | undefined;
}

/**
 * The server's export of the view: its nodes and exactly the relationships shown, plus the claimants and sources
 * of its claims with their CLAIMED_BY and REPORTED_IN (decision 0035). Sent as a POST so that a large view does
 * not meet the 8 KB limit on URLs.
 */
export function fetchViewExport(
  format: ViewExportFormat,
  { nodes, edges }: VisibleGraph,
  options: ViewExportOptions = {},
): Promise<Response> {
  const [path, part] = format.startsWith("csv-") ? ["csv", format.slice(4)] : [format, undefined];
  return fetch(`/export/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      scope: "subgraph",
      nodes: nodes.map((node) => node.id),
      ...(edges.length > 0 ? { edges: edges.map((edge) => edge.id) } : {}),
      ...(part ? { part } : {}),
      ...(options.positions && path === "cyjs" ? { positions: options.positions } : {}),
    }),
  });
}

/** The file name the server gave a download (`content-disposition`), or `fallback`. */
export function downloadName(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  return /filename="([^"]+)"/.exec(header)?.[1]?.replace("kgx-subgraph", "kgx-view") ?? fallback;
}

interface ExportedNode {
  id: string;
  properties: Record<string, unknown>;
}

/**
 * The credit line of a picture: the sources the view's claims are reported in, read from the view's JSON export
 * (which carries every claim's REPORTED_IN even when its source is not on the canvas).
 */
export function creditLine(exported: {
  nodes: ExportedNode[];
  edges: { type: string; target: string }[];
}): string {
  const byId = new Map(exported.nodes.map((node) => [node.id, node.properties]));
  const sources = [
    ...new Set(exported.edges.filter((e) => e.type === "REPORTED_IN").map((e) => e.target)),
  ].sort();
  if (sources.length === 0) return "No claim is shown, so no source is credited. Graph: kgx.";
  const describe = (id: string) => {
    const p = byId.get(id) ?? {};
    const title = String(p.title ?? p.name ?? id);
    const publisher =
      typeof p.publisher === "string" && !title.startsWith(p.publisher) ? `${p.publisher}, ` : "";
    const date = p.publishedOn ? ` (${String(p.publishedOn)})` : "";
    return `${publisher}“${title}”${date}`;
  };
  return `Sources of the claims shown: ${sources.map(describe).join("; ")}. Graph: kgx.`;
}

/** Saves `content` as a file in the user's downloads. */
export function downloadBlob(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file in the user's downloads. */
export function downloadText(filename: string, content: string, type: string): void {
  downloadBlob(filename, new Blob([content], { type }));
}
