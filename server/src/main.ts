import { createServer, type Server } from "node:http";
import type { Config } from "./config.js";
import { UserError } from "./errors.js";
import { graphqlSettings } from "./graphql/settings.js";
import { createGraphQL } from "./graphql/yoga.js";
import { createApp } from "./http/app.js";
import { prepareDatabase } from "./import/seed.js";
import { connect } from "./neo4j/connect.js";
import type { Database } from "./neo4j/database.js";
import { provisionNeo4j } from "./neo4j/provision.js";

/** A running kgx: its address and how to stop it. */
export interface RunningKgx {
  url: string;
  db: Database;
  /** Resolves if the embedded Neo4j stops (never, with NEO4J_URI). */
  neo4jExited: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts Neo4j (the embedded default, or connects to `NEO4J_URI`), then the HTTP server. The only place that
 * opens kgx's port.
 */
export async function startKgx(config: Config, log: (line: string) => void): Promise<RunningKgx> {
  const neo4j = await provisionNeo4j(config, log);
  const stopNeo4j = async () => neo4j.embedded?.stop();
  try {
    const { db, version } = await connect(neo4j.target, config.KGX_QUERY_TIMEOUT_MS);
    log(
      `Neo4j ${version} ${neo4j.embedded ? "(embedded) " : ""}at ${neo4j.target.uri}, database '${db.name}'`,
    );
    // The schema on every start; the article graph only into an empty database.
    await prepareDatabase(db, log).catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    const server = createServer(createApp({ db, graphql: createGraphQL(db, graphqlSettings(config)) }));
    await listen(server, config.KGX_HOST, config.KGX_PORT);
    const url = `http://${config.KGX_HOST.includes(":") ? `[${config.KGX_HOST}]` : config.KGX_HOST}:${config.KGX_PORT}`;
    return {
      url,
      db,
      neo4jExited: neo4j.embedded?.exited ?? new Promise<void>(() => {}),
      stop: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await db.close();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
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
