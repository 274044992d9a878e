import { Writable } from "node:stream";
import { UserError } from "../errors.js";
import type { Database } from "../neo4j/database.js";
import { type ExportFormat, parseMode, parsePart, runExport } from "./export-request.js";
import { provenanceNote } from "./graph-snapshot.js";
import { checkIds, type ExportScope, parseDepth } from "./scope.js";

/** GraphQL answers hold the whole file in memory: larger exports go through GET /export/... */
export const maxSmallExportItems = 5_000;

/** What the GraphQL `export` query asks for, as its client gave it. */
export interface SmallExportRequest {
  format: ExportFormat;
  ids?: readonly string[] | null | undefined;
  edges?: readonly string[] | null | undefined;
  depth?: number | null | undefined;
  mode?: string | null | undefined;
  csvPart?: string | null | undefined;
  /** An ISO day: the graph as it stood then (see export-request.ts). */
  asOf?: string | null | undefined;
}

/** An export held in memory, with its file name, media type and size. */
export interface SmallExportFile {
  fileName: string;
  contentType: string;
  nodes: number;
  relationships: number;
  provenance?: string | undefined;
  content: string;
}

/**
 * Runs an export of at most `maxSmallExportItems` nodes and relationships into a string, for the GraphQL `export`
 * query (main.ts hands it to the GraphQL settings, so graphql/ does not import export/). A `UserError` says what
 * is wrong with the request, or that the export is too large for an answer.
 */
export async function smallExport(db: Database, args: SmallExportRequest): Promise<SmallExportFile> {
  const scope = scopeOf(args.ids, args.edges, args.depth);
  let content = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      content += String(chunk);
      callback();
    },
  });
  const request = {
    format: args.format,
    scope,
    mode: parseMode(args.mode),
    part: parsePart(args.csvPart),
    asOf: args.asOf ?? null,
  };
  const info = await runExport(db, request, (found) => {
    if (found.counts.nodes + found.counts.relationships > maxSmallExportItems)
      throw new UserError(
        `This export holds ${found.counts.nodes} nodes and ${found.counts.relationships} relationships, more than ${maxSmallExportItems} in all: download it from GET /export/${request.format} instead.`,
      );
    return sink;
  });
  const provenance = info.provenance ? provenanceNote(info.provenance) : undefined;
  return { fileName: info.fileName, contentType: info.contentType, ...info.counts, provenance, content };
}

function scopeOf(
  ids: readonly string[] | null | undefined,
  edges: readonly string[] | null | undefined,
  depth: number | null | undefined,
): ExportScope {
  if (!ids) {
    if (edges) throw new UserError("edges need the ids of their nodes.");
    return { kind: "all" };
  }
  const nodes = checkIds(ids, "ids");
  if (edges) return { kind: "subgraph", nodes, edges: checkIds(edges, "edge ids") };
  return { kind: "ids", ids: nodes, depth: parseDepth(depth ?? 0) };
}
