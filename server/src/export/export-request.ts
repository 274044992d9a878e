import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserError } from "../errors.js";
import type { Database } from "../neo4j/database.js";
import { type CsvPart, csvExport } from "./csv-export.js";
import { cyjsExport, type NodePositions } from "./cyjs-export.js";
import { type CypherMode, cypherScript } from "./cypher-script.js";
import { type GraphSnapshot, type ProvenanceAdded, withGraphSnapshot } from "./graph-snapshot.js";
import { graphmlExport } from "./graphml-export.js";
import { jsonExport } from "./json-export.js";
import { describeScope, type ExportScope } from "./scope.js";

/** The export formats kgx writes. */
export const exportFormats = ["cypher", "json", "cyjs", "graphml", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Everything that decides an export's bytes. */
export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  mode: CypherMode;
  part: CsvPart;
  /** Cypher only: written in the header when given. */
  generatedAt?: Date | undefined;
  /** Cytoscape.js only: where the page drew the nodes, written as their `position`. */
  positions?: NodePositions | undefined;
  /** The graph as of this ISO day (the last day of the partial date asked for), or all of it. */
  asOf?: string | null | undefined;
}

/** What a sink learns before the first byte: the file name, the media type and the size of the scope. */
export interface ExportInfo {
  fileName: string;
  contentType: string;
  counts: { nodes: number; relationships: number };
  /** What a view or subgraph export added for provenance (HTTP sends it as `x-kgx-provenance`). */
  provenance?: ProvenanceAdded | undefined;
}

/** Reads a format name a user gave. */
export function parseFormat(value: string): ExportFormat {
  const format = exportFormats.find((f) => f === value.toLowerCase());
  if (!format)
    throw new UserError(`Unknown export format '${value}': use one of ${exportFormats.join(", ")}.`);
  return format;
}

/** Reads a Cypher mode a user gave. */
export function parseMode(value: string | undefined | null): CypherMode {
  if (value === undefined || value === null || value === "" || value === "create") return "create";
  if (value === "merge") return "merge";
  throw new UserError(
    `Unknown mode '${value}': use create (into an empty database) or merge (an upsert by id).`,
  );
}

/** Reads which CSV file a user asked for. */
export function parsePart(value: string | undefined | null): CsvPart {
  if (value === undefined || value === null || value === "" || value === "nodes") return "nodes";
  if (value === "relationships") return "relationships";
  throw new UserError(
    `Unknown part '${value}': a CSV export is two files, part=nodes and part=relationships.`,
  );
}

/** How an export runs, besides what decides its bytes. */
export interface ExportRun {
  onProgress?: (done: number, total: number) => void;
  /** Neo4j ends the export's transaction after this long (default 10 minutes), and the export fails then. */
  timeoutMs?: number;
}

/**
 * Runs an export: resolves the scope in one read transaction (a `UserError` if it is wrong, before `open` is
 * called), then asks `open` for a sink and streams the export into it with backpressure.
 */
export async function runExport(
  db: Database,
  request: ExportRequest,
  open: (info: ExportInfo) => Writable,
  run: ExportRun = {},
): Promise<ExportInfo> {
  return withGraphSnapshot(
    db,
    request.scope,
    async (graph) => {
      const info = { ...describeFile(request), counts: graph.counts, provenance: graph.provenance };
      const sink = open(info);
      const source = chunks(graph, request, run.onProgress);
      await pipeline(Readable.from(source), sink);
      return info;
    },
    run.timeoutMs,
    request.asOf ?? null,
  );
}

function chunks(
  graph: GraphSnapshot,
  request: ExportRequest,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  switch (request.format) {
    case "cypher":
      return cypherScript(graph, {
        mode: request.mode,
        scope: describeScope(request.scope),
        generatedAt: request.generatedAt,
        loadGuard: true,
        onProgress,
      });
    case "json":
      return jsonExport(graph, describeScope(request.scope), onProgress);
    case "cyjs":
      return cyjsExport(graph, describeScope(request.scope), request.positions, onProgress);
    case "graphml":
      return graphmlExport(graph, describeScope(request.scope), onProgress);
    case "csv":
      return csvExport(graph, request.part, onProgress);
  }
}

/** The download's file name and media type. */
export function describeFile(request: ExportRequest): Omit<ExportInfo, "counts"> {
  const what = request.scope.kind === "all" ? "kgx-graph" : "kgx-subgraph";
  switch (request.format) {
    case "cypher":
      return {
        fileName: `${what}${request.mode === "merge" ? "-merge" : ""}.cypher`,
        contentType: "application/x-cypher-query; charset=utf-8",
      };
    case "json":
      return { fileName: `${what}.json`, contentType: "application/json; charset=utf-8" };
    case "cyjs":
      return { fileName: `${what}.cyjs`, contentType: "application/json; charset=utf-8" };
    case "graphml":
      return { fileName: `${what}.graphml`, contentType: "application/graphml+xml; charset=utf-8" };
    case "csv":
      return { fileName: `${what}-${request.part}.csv`, contentType: "text/csv; charset=utf-8" };
  }
}
