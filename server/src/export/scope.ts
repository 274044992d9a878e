import { UserError } from "../errors.js";
import { parseEdgeId } from "../model/edge-ids.js";

/** What an export covers. */
export type ExportScope =
  | { kind: "all" }
  /** Nodes by id, with their neighbours up to `depth` hops (0: just these), and the relationships among them. */
  | { kind: "ids"; ids: string[]; depth: 0 | 1 | 2 }
  /**
   * A `Subgraph` as the API returns it: these nodes, and the relationships among them; with `edges` (GraphEdge
   * ids, `source>TYPE>target` with an optional `#n`), only relationships of those (source, type, target).
   */
  | { kind: "subgraph"; nodes: string[]; edges?: string[] | undefined };

/** The most ids one request may name; larger selections are whole-graph exports or several requests. */
export const maxRequestIds = 10_000;
/** The most nodes a scope may grow to through its neighbourhood. */
export const maxScopeNodes = 100_000;

/** Checks the shape of ids a user gave (count, type, length); whether they exist is checked in the database. */
export function checkIds(ids: readonly unknown[], what: string): string[] {
  if (ids.length === 0) throw new UserError(`No ${what} given: name at least one.`);
  if (ids.length > maxRequestIds)
    throw new UserError(
      `Too many ${what}: ${ids.length} given, at most ${maxRequestIds} per export. Export the whole graph (scope=all) instead.`,
    );
  for (const id of ids) {
    if (typeof id !== "string" || id.length === 0 || id.length > 1000)
      throw new UserError(`Every one of the ${what} must be a non-empty string of at most 1000 characters.`);
  }
  return [...new Set(ids as string[])];
}

/** Reads a depth the user gave (0, 1 or 2). */
export function parseDepth(value: unknown): 0 | 1 | 2 {
  const depth = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (depth === undefined || depth === null) return 0;
  if (depth === 0 || depth === 1 || depth === 2) return depth;
  throw new UserError(`depth must be 0, 1 or 2 (got ${JSON.stringify(value)}).`);
}

/** The (source, type, target) a GraphEdge id names. */
export function checkedEdgeId(id: string): { source: string; type: string; target: string } {
  const edge = parseEdgeId(id);
  if (!edge) throw new UserError(`'${id}' is not an edge id: edge ids look like source>TYPE>target.`);
  return edge;
}

/** A short description of a scope for headers and file names. */
export function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case "all":
      return "the whole graph";
    case "ids":
      return `${scope.ids.length} node id(s)${scope.depth ? ` and their neighbourhood of depth ${scope.depth}` : ""}`;
    case "subgraph":
      return `a subgraph of ${scope.nodes.length} node(s)${scope.edges ? ` and ${scope.edges.length} edge(s)` : ""}`;
  }
}
