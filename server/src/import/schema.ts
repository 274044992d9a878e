import { readNamedQueries } from "../cypher/named-queries.js";
import type { Database } from "../neo4j/database.js";

/**
 * Applies cypher/schema.cypher (constraints and indexes, all `IF NOT EXISTS`), then waits for the indexes to come
 * online so that the queries that follow can use them. Safe to run on every start.
 */
export async function applySchema(db: Database): Promise<void> {
  const config = db.queryConfig("WRITE");
  // Schema statements cannot share a transaction with each other or with data writes: one statement each.
  for (const statement of readNamedQueries("schema.cypher")) {
    await db.driver.executeQuery(statement.text, {}, config);
  }
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, config);
}
