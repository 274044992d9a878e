import type { Config } from "../config.js";
import { connect } from "./connect.js";
import type { Database } from "./database.js";
import { provisionNeo4j } from "./provision.js";

/**
 * What every CLI command that talks to Neo4j does: connect (starting the embedded Neo4j when NEO4J_URI is unset),
 * run `work`, close the driver and stop what it started, whatever happens.
 */
export async function withNeo4j<T>(
  config: Config,
  log: (line: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const neo4j = await provisionNeo4j(config, log);
  try {
    const { db } = await connect(neo4j.target, config.KGX_QUERY_TIMEOUT_MS);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.embedded?.stop();
  }
}
