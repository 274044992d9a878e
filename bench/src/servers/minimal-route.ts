/**
 * The R2 baseline: the smallest HTTP server that answers the neighbourhood question. It runs the same named Cypher
 * as kgx in a read transaction and writes the records as JSON, without GraphQL, validation or value mapping.
 * POST /neighbourhood {"id", "depth", "limit"}.
 */
import { createServer } from "node:http";
import { namedQuery } from "@kgx/server/dist/cypher/named-queries.js";
import neo4j from "neo4j-driver";

const env = (name: string) => process.env[name] ?? "";
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")), {
  disableLosslessIntegers: true,
});
const queries = [1, 2, 3].map((depth) => namedQuery("queries/graph.cypher", `neighbourhood-${depth}`));
const config = { database: env("NEO4J_DATABASE"), routing: neo4j.routing.READ };

const server = createServer(async (request, response) => {
  if (request.url === "/ready") {
    response.end("ok");
    return;
  }
  let body = "";
  for await (const chunk of request) body += chunk;
  try {
    const { id, depth = 1, limit = 100 } = JSON.parse(body) as { id: string; depth?: number; limit?: number };
    const { records } = await driver.executeQuery(
      queries[depth - 1] ?? "",
      { id, limit: neo4j.int(limit), edgeTypes: null, asOf: null },
      config,
    );
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(records.map((record) => record.toObject())));
  } catch (error) {
    response.writeHead(500);
    response.end(String(error));
  }
});
server.listen(Number(env("PORT")), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
