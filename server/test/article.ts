import { beforeAll } from "vitest";
import { importDataset } from "../src/import/import-dataset.js";
import { applySchema } from "../src/import/schema.js";
import type { Database } from "../src/neo4j/database.js";
import { repoPath } from "../src/paths.js";
import { useCleanDatabase } from "./neo4j.js";

/** The curated article graph that `kgx start` seeds and these helpers load. */
export const articleDataset = repoPath("data", "article.yaml");

/**
 * Like `useCleanDatabase()`, but the database then holds kgx's schema (cypher/schema.cypher) and the article graph
 * (data/article.yaml), imported as `kgx import` would. Returns a getter for the database.
 */
export function useArticleGraph(): () => Database {
  const db = useCleanDatabase();
  beforeAll(async () => {
    // importDataset applies the schema itself; applying it first keeps that promise visible here.
    await applySchema(db());
    await importDataset(db(), articleDataset);
  });
  return db;
}
