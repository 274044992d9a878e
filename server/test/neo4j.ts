import { afterAll, beforeAll, inject } from "vitest";
import type { Neo4jTarget } from "../src/neo4j/database.js";
import { Database } from "../src/neo4j/database.js";

/** The Neo4j of this test run, as the global setup provides it. */
export function testNeo4jTarget(): Neo4jTarget & { embedded: boolean } {
  const target = inject("neo4j");
  if (!target) {
    throw new Error(
      "No Neo4j for this test. Did you forget to name the file *.int.test.ts? Only the integration and e2e " +
        "projects start one (see vitest.config.ts).",
    );
  }
  return target;
}

/** The environment that points the `kgx` CLI at the run's Neo4j. */
export function testNeo4jEnv(): NodeJS.ProcessEnv {
  const target = testNeo4jTarget();
  return {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  };
}

/**
 * Opens the run's Neo4j for one test file and empties it first, so each file starts from a clean database.
 * Test files run one at a time (see vitest.config.ts), so no two files share the database at once.
 * Returns a getter: the database exists only once `beforeAll` has run.
 */
export function useCleanDatabase(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    const target = testNeo4jTarget();
    db = Database.open(target, 60_000);
    await clearDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error("The test database is opened in beforeAll: use it inside a test or a hook.");
    return db;
  };
}

/** Removes every node, relationship, constraint and index, in batches so that large graphs fit in memory. */
export async function clearDatabase(db: Database): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = db.driver.session({ database: db.name });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  const config = db.queryConfig("WRITE");
  const { records: constraints } = await db.driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, config);
  for (const record of constraints) {
    await db.driver.executeQuery(`DROP CONSTRAINT ${quoteName(record.get("name"))} IF EXISTS`, {}, config);
  }
  const { records: indexes } = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    config,
  );
  for (const record of indexes) {
    await db.driver.executeQuery(`DROP INDEX ${quoteName(record.get("name"))} IF EXISTS`, {}, config);
  }
}

/** A schema name from the database, as a Cypher identifier (names cannot be parameters). */
function quoteName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

/**
 * The JVM that runs Neo4j, as Neo4j itself reports it: its "pid@host" and its start time. Two equal answers mean
 * that Neo4j was not restarted in between.
 */
export async function neo4jJvm(db: Database): Promise<string> {
  const { records } = await db.driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes " +
      "RETURN attributes.Name.value AS name, attributes.StartTime.value AS started",
    {},
    db.queryConfig("READ"),
  );
  return `${records[0]?.get("name")} started ${records[0]?.get("started")}`;
}
