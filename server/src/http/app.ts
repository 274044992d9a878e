import type { RequestListener, ServerResponse } from "node:http";
import { handleCypher } from "../console/http-cypher.js";
import { type ExportService, handleExport } from "../export/http-export.js";
import type { KgxYoga } from "../graphql/yoga.js";
import type { Database } from "../neo4j/database.js";
import { handleExtract } from "./extract.js";
import { isApiPath, serveWeb } from "./static-web.js";

/** With Database's grace for a Neo4j that does not answer, /ready answers within 1.5 s. */
const readyTimeoutMs = 500;

/** What every HTTP route can use. */
export interface AppContext {
  db: Database;
  /** The GraphQL endpoint, served under /graphql. */
  graphql?: KgxYoga;
  /** The streamed exports under /export/. */
  exports: ExportService;
}

/**
 * kgx's HTTP surface: `/health` says the process is up, `/ready` that Neo4j answers. It keeps no state between
 * requests, so several servers can run behind one load balancer.
 */
export function createApp(context: AppContext): RequestListener {
  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://kgx.invalid");
    try {
      if (url.pathname === "/health") return sendJson(response, 200, { status: "ok" });
      if (url.pathname === "/ready") return await ready(context, response);
      if (context.graphql && url.pathname.startsWith("/graphql"))
        return await context.graphql(request, response);
      if (url.pathname === "/cypher") return await handleCypher(context.db, request, response);
      if (url.pathname === "/ingest/extract") return await handleExtract(request, response, url);
      if (url.pathname.startsWith("/export/"))
        return await handleExport(context.exports, request, response, url);
      if (!isApiPath(url.pathname)) return await serveWeb(request, response, url.pathname);
      sendJson(response, 404, { error: `Nothing at ${url.pathname}` });
    } catch {
      if (!response.headersSent) sendJson(response, 500, { error: "Internal error" });
      else response.destroy();
    }
  };
}

/** Answers within 2 s whatever Neo4j does: a frozen Neo4j is as unavailable as a stopped one. */
async function ready({ db }: AppContext, response: ServerResponse): Promise<void> {
  try {
    await db.query("RETURN 1", {}, "READ", readyTimeoutMs);
    sendJson(response, 200, { status: "ready" });
  } catch {
    sendJson(response, 503, { status: "unavailable", reason: "Neo4j does not answer" });
  }
}

/** Writes `body` as a JSON response. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
}
