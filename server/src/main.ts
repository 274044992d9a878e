import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { Config } from "./config.js";
import { UserError } from "./errors.js";
import { exportService } from "./export/http-export.js";
import { smallExport } from "./export/small-export.js";
import { graphqlSettings } from "./graphql/settings.js";
import { createGraphQL } from "./graphql/yoga.js";
import { createApp } from "./http/app.js";
import { prepareDatabase } from "./import/seed.js";
import { connect } from "./neo4j/connect.js";
import type { Database } from "./neo4j/database.js";
import { provisionNeo4j } from "./neo4j/provision.js";
import { type Supervisor, superviseEmbeddedNeo4j } from "./neo4j/supervisor.js";

/** A running kgx: its address and how to stop it. */
export interface RunningKgx {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/**
 * Starts Neo4j (the embedded default, or connects to `NEO4J_URI`), then the HTTP server. The only place that
 * opens kgx's port. The embedded Neo4j is supervised: if it dies, kgx keeps serving and starts it again.
 */
export async function startKgx(config: Config, log: (line: string) => void): Promise<RunningKgx> {
  const neo4j = await provisionNeo4j(config, log);
  const { embedded, restart } = neo4j;
  const supervisor: Supervisor | undefined =
    embedded &&
    restart &&
    superviseEmbeddedNeo4j(embedded, () => restart(embedded.port), {
      debugLog: join(config.KGX_DATA_DIR, "neo4j", "logs", "debug.log"),
      log,
    });
  try {
    const { db, version } = await connect(neo4j.target, config.KGX_QUERY_TIMEOUT_MS);
    log(`Neo4j ${version} ${embedded ? "(embedded) " : ""}at ${neo4j.target.uri}, database '${db.name}'`);
    // The schema on every start; the article graph only into an empty database.
    await prepareDatabase(db, log).catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    const app = createApp({
      db,
      graphql: createGraphQL(db, { ...graphqlSettings(config), smallExport }),
      exports: exportService(db, config),
    });
    const server = limitClients(createServer({ connectionsCheckingInterval: 1_000 }, app), config);
    await listen(server, config.KGX_HOST, config.KGX_PORT);
    const url = `http://${config.KGX_HOST.includes(":") ? `[${config.KGX_HOST}]` : config.KGX_HOST}:${config.KGX_PORT}`;
    return {
      url,
      db,
      stop: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await db.close();
        await supervisor?.stop();
      },
    };
  } catch (error) {
    await supervisor?.stop();
    throw error;
  }
}

/**
 * Slow clients cannot hold the server: headers must arrive within KGX_HEADERS_TIMEOUT_MS and the whole request
 * within KGX_REQUEST_TIMEOUT_MS (Node checks every second, then answers 408 and closes), and at most
 * KGX_MAX_CONNECTIONS sockets are open at once (further ones are closed on arrival).
 */
function limitClients(server: Server, config: Config): Server {
  server.headersTimeout = config.KGX_HEADERS_TIMEOUT_MS;
  server.requestTimeout = Math.max(config.KGX_REQUEST_TIMEOUT_MS, config.KGX_HEADERS_TIMEOUT_MS);
  server.maxConnections = config.KGX_MAX_CONNECTIONS;
  return server;
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new UserError(
              `Port ${port} on ${host} is already in use. Stop what listens there, or set KGX_PORT.`,
            )
          : error,
      );
    });
    server.listen({ host, port }, () => resolve());
  });
}
