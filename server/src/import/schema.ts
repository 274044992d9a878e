import { namedQuery, readNamedQueries } from "../cypher/named-queries.js";
import type { Database } from "../neo4j/database.js";

/** A full-text index as cypher/schema.cypher defines it, or as a database holds it. */
export interface FulltextIndex {
  name: string;
  labels: string[];
  properties: string[];
  analyzer: string;
}

/** The analyzer Neo4j gives a full-text index that names none (`db.index.fulltext.default_analyzer`). */
const neo4jDefaultAnalyzer = "standard-no-stop-words";

const fulltextIndexQuery = namedQuery("schema-migration.cypher", "fulltext-index");
const dropIndexQuery = namedQuery("schema-migration.cypher", "drop-index");
const commonLabelQuery = namedQuery("schema-migration.cypher", "common-label");

/**
 * Applies cypher/schema.cypher (constraints and indexes, all `IF NOT EXISTS`), then waits for the indexes to come
 * online so that the queries that follow can use them. A full-text index that exists with another definition
 * (labels, properties or analyzer) is dropped first, so that the statement creates it as schema.cypher says;
 * `IF NOT EXISTS` alone would keep the old one. Safe to run on every start.
 */
export async function applySchema(db: Database): Promise<void> {
  const config = db.queryConfig("WRITE");
  const statements = readNamedQueries("schema.cypher");
  for (const wanted of statements.flatMap((statement) => fulltextIndexOf(statement.text) ?? [])) {
    const { records } = await db.driver.executeQuery(fulltextIndexQuery, { name: wanted.name }, config);
    const record = records[0];
    if (!record) continue;
    const present: FulltextIndex = {
      name: wanted.name,
      labels: record.get("labels"),
      properties: record.get("properties"),
      analyzer: record.get("analyzer") ?? neo4jDefaultAnalyzer,
    };
    if (!sameFulltextIndex(present, wanted)) {
      await db.driver.executeQuery(dropIndexQuery, { name: wanted.name }, config);
    }
  }
  // Schema statements cannot share a transaction with each other or with data writes: one statement each.
  for (const statement of statements) {
    await db.driver.executeQuery(statement.text, {}, config);
  }
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, config);
  await addCommonLabel(db);
}

/**
 * Gives the common label (Kgx) to the nodes of the model that lack it, in batches. `CALL … IN TRANSACTIONS` commits
 * its own batches, so it must run outside a managed transaction: an auto-commit `session.run`.
 */
async function addCommonLabel(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: "WRITE" });
  try {
    await session.run(commonLabelQuery);
  } catch (error) {
    throw new Error(
      `kgx could not give every node of the model the label Kgx (two nodes of different kinds with one id?): ${(error as Error).message}`,
    );
  } finally {
    await session.close();
  }
}

/**
 * The full-text index a `CREATE FULLTEXT INDEX name IF NOT EXISTS FOR (n:A|B) ON EACH [n.x, n.y]` statement
 * (optionally with `OPTIONS {indexConfig: {`fulltext.analyzer`: '...'}}`) defines, or undefined for any other
 * statement.
 */
export function fulltextIndexOf(statement: string): FulltextIndex | undefined {
  const match =
    /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS\s+FOR \(\w+:([\w|]+)\)\s+ON EACH \[([^\]]*)\]([\s\S]*)$/.exec(
      statement.trim(),
    );
  if (!match) return undefined;
  const [, name = "", labels = "", properties = "", options = ""] = match;
  const analyzer = /`fulltext\.analyzer`\s*:\s*['"]([\w-]+)['"]/.exec(options)?.[1] ?? neo4jDefaultAnalyzer;
  return {
    name,
    labels: labels.split("|"),
    properties: properties.split(",").map((property) => property.trim().replace(/^\w+\./, "")),
    analyzer,
  };
}

/** Whether two definitions index the same labels (in any order), the same properties (in any order) and with one analyzer. */
export function sameFulltextIndex(a: FulltextIndex, b: FulltextIndex): boolean {
  const sorted = (list: string[]) => [...list].sort().join("|");
  return (
    sorted(a.labels) === sorted(b.labels) &&
    sorted(a.properties) === sorted(b.properties) &&
    a.analyzer === b.analyzer
  );
}
