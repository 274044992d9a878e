import { namedQuery } from "../cypher/named-queries.js";
import type { Database } from "../neo4j/database.js";
import { repoPath } from "../paths.js";
import { importDataset } from "./import-dataset.js";
import { applySchema } from "./schema.js";

/** The curated article graph that an empty database is seeded with. */
export const articleDatasetPath = repoPath("data", "article.yaml");

const databaseIsEmpty = namedQuery("queries/start.cypher", "database-is-empty");

/**
 * Readies a database for kgx on every start: applies the schema (idempotent), and when the database holds no
 * node at all, imports the article graph. A database with any data is left as it is.
 */
export async function prepareDatabase(db: Database, log: (line: string) => void): Promise<void> {
  await applySchema(db);
  const empty = await db.read(async (tx) => {
    const result = await tx.run(databaseIsEmpty);
    return result.records[0]?.get("empty") === true;
  });
  if (!empty) return;
  log("the database is empty: loading the article graph from data/article.yaml");
  await importDataset(db, articleDatasetPath, { log });
}
