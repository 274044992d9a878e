import type { IncomingMessage, ServerResponse } from "node:http";
import { nameOf } from "../graphql/graph-records.js";
import { kindOf } from "../model/labels.js";
import type { Database } from "../neo4j/database.js";
import { ConsoleError, type ConsoleErrorCode } from "./console-error.js";
import { runConsoleQuery } from "./run-query.js";

/** The largest request body POST /cypher reads: a query of 10,000 characters and 100 kB of params fit. */
const maxBodyBytes = 200_000;

const statusOf: Partial<Record<ConsoleErrorCode, number>> = {
  QUERY_TIMEOUT: 504,
  ANSWER_TOO_LARGE: 413,
  QUERY_MEMORY_LIMIT: 413,
  CYPHER_TOO_LONG: 413,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * `POST /cypher` with a JSON body `{query, params}`: the GraphQL `cypher` field for scripts, with the same checks
 * and limits. Answers `{columns, rows, graph: {nodes, edges, truncated}, truncated}`, or `{error: {code, message}}`.
 */
export async function handleCypher(
  db: Database,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "POST") {
    response.setHeader("allow", "POST");
    return send(response, 405, {
      error: { code: "METHOD_NOT_ALLOWED", message: "POST a JSON body {query, params}." },
    });
  }
  const body = await readBody(request);
  if (body === undefined)
    return send(response, 413, {
      error: { code: "REQUEST_TOO_LARGE", message: `The body is over ${maxBodyBytes} bytes.` },
    });
  let parsed: { query?: unknown; params?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return send(response, 400, {
      error: { code: "BAD_REQUEST", message: "The body is not JSON: send {query, params}." },
    });
  }
  if (typeof parsed?.query !== "string")
    return send(response, 400, {
      error: { code: "BAD_REQUEST", message: "The body needs a string `query`." },
    });
  try {
    const result = await runConsoleQuery(db, parsed.query, parsed.params);
    const nodes = result.graph.nodes.map((node) => ({
      ...node,
      kind: kindOf(node.labels),
      name: nameOf(node),
    }));
    send(response, 200, { ...result, graph: { ...result.graph, nodes } });
  } catch (error) {
    if (!(error instanceof ConsoleError)) throw error;
    send(response, statusOf[error.code] ?? 400, { error: { code: error.code, message: error.message } });
  }
}

/** The body as text, or undefined when it is over the limit (read no further than that). */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
}
