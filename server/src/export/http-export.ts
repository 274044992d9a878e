import type { IncomingMessage, ServerResponse } from "node:http";
import { Neo4jError } from "neo4j-driver";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import { parsePartialDate } from "../model/dates.js";
import { answerGraceMs, type Database } from "../neo4j/database.js";
import { checkPositions } from "./cyjs-export.js";
import { runExportInChild } from "./export-process.js";
import { type ExportRequest, parseFormat, parseMode, parsePart } from "./export-request.js";
import { ExportSlots, ExportsBusy } from "./export-slots.js";
import { provenanceNote } from "./graph-snapshot.js";
import { checkIds, type ExportScope, maxRequestIds, parseDepth } from "./scope.js";

/** What the export route needs besides the request: the database, the slots, and its time limits. */
export interface ExportService {
  db: Database;
  slots: ExportSlots;
  /** A client that reads nothing for this long is cut off, and its transaction closed. */
  idleMs: number;
  /** Neo4j ends an export's transaction after this long, whatever the client does. */
  timeoutMs: number;
}

/** The export route's slots and limits, from kgx's settings. */
export function exportService(
  db: Database,
  config: Pick<
    Config,
    "KGX_EXPORTS_MAX" | "KGX_EXPORTS_QUEUE" | "KGX_IDLE_TIMEOUT_MS" | "KGX_EXPORT_TIMEOUT_MS"
  >,
): ExportService {
  return {
    db,
    slots: new ExportSlots(config.KGX_EXPORTS_MAX, config.KGX_EXPORTS_QUEUE),
    idleMs: config.KGX_IDLE_TIMEOUT_MS,
    timeoutMs: config.KGX_EXPORT_TIMEOUT_MS,
  };
}

/** Longer URLs are refused with a hint to POST the ids instead (Node itself refuses URLs beyond 16 KB). */
export const maxUrlLength = 8 * 1024;
const maxBodyBytes = 2 * 1024 * 1024;

/** The parameters of an export request, from the query string or a JSON body. */
interface ExportParameters {
  scope?: unknown;
  ids?: unknown;
  nodes?: unknown;
  edges?: unknown;
  depth?: unknown;
  mode?: unknown;
  part?: unknown;
  timestamp?: unknown;
  asOf?: unknown;
  /** POST only: where the page drew each node, for the Cytoscape.js export. */
  positions?: unknown;
}

/**
 * `GET /export/{cypher,json,cyjs,graphml,csv}?scope=&ids=&depth=&mode=&part=` (or `POST` the same as JSON for large
 * selections, with the view's node `positions` for cyjs): streams the export as a download. Bad parameters, unknown ids and oversized scopes get a 400 with
 * a one-line message in `{"error": ...}`. Parameters are documented in docs/development.md.
 */
export async function handleExport(
  service: ExportService,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  try {
    if (request.method !== "GET" && request.method !== "POST" && request.method !== "HEAD") {
      response.setHeader("allow", "GET, POST");
      return sendError(response, 405, "Exports answer GET (or POST with a JSON body).");
    }
    if ((request.url ?? "").length > maxUrlLength)
      throw new UserError(
        `The URL is longer than ${maxUrlLength} characters: POST the parameters as JSON to ${url.pathname} instead.`,
      );
    const format = parseFormat(decodeURIComponent(url.pathname.slice("/export/".length)));
    const params = request.method === "POST" ? await readJsonBody(request) : queryParameters(url);
    const exportRequest = {
      format,
      scope: parseScope(params),
      mode: parseMode(optionalString(params.mode, "mode")),
      part: parsePart(optionalString(params.part, "part")),
      generatedAt: isTrue(params.timestamp) ? new Date() : undefined,
      positions: checkPositions(params.positions, maxRequestIds),
      asOf: parseAsOf(optionalString(params.asOf, "asOf")),
    };
    await streamInSlot(service, exportRequest, response);
  } catch (error) {
    if (response.writableEnded || response.destroyed) return;
    if (response.headersSent) throw error;
    if (error instanceof UserError) return sendError(response, 400, error.message);
    if (error instanceof ExportsBusy) {
      response.setHeader("retry-after", String(error.retryAfterSeconds));
      return sendError(response, 503, error.message);
    }
    if (error instanceof Neo4jError && /ServiceUnavailable|SessionExpired/.test(error.code))
      return sendError(response, 503, "The graph database is not reachable right now; try again shortly.");
    throw error;
  }
}

/**
 * Streams one export once a slot is free, in a child process. Before the first byte, a Neo4j that does not answer
 * within the query timeout (counted once the child runs: starting it is not Neo4j's time) gets a 503; after it, a
 * client that reads nothing for `idleMs` is cut off (watchReader), which ends the stream and closes the export's
 * transaction.
 */
async function streamInSlot(
  { db, slots, idleMs, timeoutMs }: ExportService,
  exportRequest: ExportRequest,
  response: ServerResponse,
): Promise<void> {
  const left = new AbortController();
  response.once("close", () => left.abort());
  const release = await slots.acquire(left.signal);
  let stopWatching = () => {};
  let silent: NodeJS.Timeout | undefined;
  try {
    const job = { target: db.target, request: exportRequest, timeoutMs, queryTimeoutMs: db.timeoutMs };
    await runExportInChild(
      job,
      {
        asking: () => {
          silent = setTimeout(
            () => sendError(response, 503, "The graph database did not answer in time; try again shortly."),
            db.timeoutMs + answerGraceMs,
          );
        },
        open: (info) => {
          clearTimeout(silent);
          if (response.writableEnded) throw new Error("the export answered after its deadline");
          response.writeHead(200, {
            "content-type": info.contentType,
            "content-disposition": `attachment; filename="${info.fileName}"`,
            "cache-control": "no-store",
            "x-kgx-nodes": String(info.counts.nodes),
            "x-kgx-relationships": String(info.counts.relationships),
            ...(info.provenance ? { "x-kgx-provenance": provenanceNote(info.provenance) } : {}),
          });
          stopWatching = watchReader(response, idleMs, timeoutMs + answerGraceMs);
          return response;
        },
      },
      left.signal,
    );
  } finally {
    clearTimeout(silent);
    stopWatching();
    release();
  }
}

/**
 * Cuts off a client that stopped reading: its response has bytes waiting (backpressure) and its socket has
 * passed none of them on for `idleMs`. An export that is slow to produce bytes (Neo4j sorting a large graph on a
 * busy machine) is not idle, so it is not cut off. After `deadlineMs` the download ends however it goes: Neo4j
 * ends the transaction at the export time limit itself, unless it is frozen.
 */
export function watchReader(response: ServerResponse, idleMs: number, deadlineMs: number): () => void {
  const socket = response.socket;
  if (!socket) return () => {};
  let movedAt = performance.now();
  let buffered = socket.writableLength;
  const moved = () => {
    movedAt = performance.now();
  };
  response.on("drain", moved);
  const check = setInterval(
    () => {
      const now = socket.writableLength;
      if (!response.writableNeedDrain || now < buffered) moved();
      buffered = now;
      if (performance.now() - movedAt >= idleMs) socket.destroy();
    },
    Math.min(1_000, idleMs / 4),
  );
  const deadline = setTimeout(() => socket.destroy(), deadlineMs);
  return () => {
    clearInterval(check);
    clearTimeout(deadline);
    response.off("drain", moved);
  };
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify({ error: message }));
}

function queryParameters(url: URL): ExportParameters {
  const list = (name: string) => {
    const values = url.searchParams.getAll(name).flatMap((value) => value.split(","));
    return values.length ? values.map((v) => v.trim()).filter(Boolean) : undefined;
  };
  const known = new Set(["scope", "ids", "nodes", "edges", "depth", "mode", "part", "timestamp", "asOf"]);
  for (const name of url.searchParams.keys())
    if (!known.has(name))
      throw new UserError(`Unknown parameter '${name}': exports take ${[...known].join(", ")}.`);
  return {
    scope: url.searchParams.get("scope") ?? undefined,
    ids: list("ids"),
    nodes: list("nodes"),
    edges: list("edges"),
    depth: url.searchParams.get("depth") ?? undefined,
    mode: url.searchParams.get("mode") ?? undefined,
    part: url.searchParams.get("part") ?? undefined,
    timestamp: url.searchParams.get("timestamp") ?? undefined,
    asOf: url.searchParams.get("asOf") ?? undefined,
  };
}

async function readJsonBody(request: IncomingMessage): Promise<ExportParameters> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes)
      throw new UserError(
        `The request body is larger than ${maxBodyBytes / 1024 / 1024} MB: an export names at most ${maxRequestIds} ids; export the whole graph (scope=all) instead.`,
      );
    chunks.push(chunk);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error("not an object");
    return body as ExportParameters;
  } catch {
    throw new UserError(
      'The request body must be a JSON object such as {"scope": "ids", "ids": ["state:russia"]}.',
    );
  }
}

/** Reads the scope: `all` (the default without ids), `ids` (the default with ids) or `subgraph`. */
function parseScope(params: ExportParameters): ExportScope {
  const scope = optionalString(params.scope, "scope") ?? (params.ids || params.nodes ? "ids" : "all");
  switch (scope) {
    case "all":
      if (params.ids || params.nodes || params.edges)
        throw new UserError("scope=all exports the whole graph: leave out ids, nodes and edges.");
      return { kind: "all" };
    case "ids":
      return {
        kind: "ids",
        ids: checkIds(idList(params.ids ?? params.nodes, "ids"), "ids"),
        depth: parseDepth(params.depth),
      };
    case "subgraph": {
      if (params.depth !== undefined)
        throw new UserError("scope=subgraph takes nodes and edges, not a depth.");
      const nodes = checkIds(idList(params.nodes ?? params.ids, "nodes"), "node ids");
      const edges =
        params.edges === undefined ? undefined : checkIds(idList(params.edges, "edges"), "edge ids");
      return { kind: "subgraph", nodes, edges };
    }
    default:
      throw new UserError(
        `Unknown scope '${scope}': use all, ids (with ids and depth) or subgraph (with nodes and edges).`,
      );
  }
}

function idList(value: unknown, name: string): unknown[] {
  if (value === undefined) throw new UserError(`This scope needs ${name}.`);
  if (!Array.isArray(value)) throw new UserError(`${name} must be a list of ids.`);
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new UserError(`${name} must be a string.`);
  return value;
}

function isTrue(value: unknown): boolean {
  return value === true || value === "1" || value === "true";
}

/** The last day of the `asOf` date (the graph as it stood then), or null; a bad date is a UserError saying so. */
function parseAsOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const interval = parsePartialDate(value.slice(0, 40));
  if (!interval)
    throw new UserError(`asOf: '${value.slice(0, 40)}' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY`);
  return interval.end;
}
