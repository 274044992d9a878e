import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { Database, type Neo4jTarget } from "@kgx/server/dist/neo4j/database.js";
import { startEmbeddedNeo4j } from "@kgx/server/dist/neo4j/launcher.js";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";

/** A Neo4j of the benchmark's own: its target, an open Database, and how to stop it (and remove its files). */
export interface BenchNeo4j {
  target: Neo4jTarget;
  db: Database;
  version: string;
  /** The JVM's pid, to sample its memory; unknown for a Neo4j someone else started. */
  pid?: number;
  stop(): Promise<void>;
}

/** Where the store lives: a temporary folder removed on stop, unless `home` (and its `password`) are given. */
export interface StoreOptions {
  home?: string;
  password?: string;
}

/**
 * A transaction may take ten minutes: loads of 10,000 rows and APOC's whole-graph export of M take minutes on a
 * busy machine, and a benchmark would rather wait than lose a figure.
 */
const transactionTimeoutMs = 600_000;

/**
 * Starts an embedded Neo4j on a free loopback port, sized by `heap` and `pageCache`, in a temporary folder (removed
 * on stop) or in `store.home` (kept). Its log goes to stderr.
 */
export async function startBenchNeo4j(
  memory: { heap: string; pageCache: string },
  store: StoreOptions = {},
): Promise<BenchNeo4j> {
  const home = store.home ?? (await mkdtemp(join(os.tmpdir(), "kgx-bench-neo4j-")));
  const password = store.password ?? randomBytes(12).toString("hex");
  const embedded = await startEmbeddedNeo4j({
    home,
    password,
    port: await freePort("127.0.0.1"),
    heap: memory.heap,
    pageCache: memory.pageCache,
    startTimeoutMs: 240_000,
    log: (line) => process.stderr.write(`neo4j: ${line}\n`),
  });
  const target = { uri: embedded.uri, user: "neo4j", password, database: "neo4j" };
  const db = Database.open(target, transactionTimeoutMs);
  return {
    target,
    db,
    version: embedded.version,
    pid: embedded.pid,
    stop: async () => {
      await db.close();
      await embedded.stop();
      if (!store.home) await rm(home, { recursive: true, force: true });
    },
  };
}

/** A Neo4j someone else started (e.g. the test suite's): the benchmark uses it and only closes its own driver. */
export async function useExistingNeo4j(target: Neo4jTarget): Promise<BenchNeo4j> {
  const db = Database.open(target, transactionTimeoutMs);
  const { records } = await db.driver.executeQuery(
    "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
    {},
    db.queryConfig("READ"),
  );
  return { target, db, version: String(records[0]?.get("version") ?? "unknown"), stop: () => db.close() };
}

/**
 * Deletes every node and relationship, in batches so that a large graph fits in memory; with "data and schema"
 * also every constraint and index except the token lookups, so that a script that creates them can run again.
 */
export async function wipeDatabase(db: Database, what: "data" | "data and schema"): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = db.driver.session({ database: db.name });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  if (what === "data and schema") await dropSchema(db);
}

async function dropSchema(db: Database): Promise<void> {
  const config = db.queryConfig("WRITE");
  const quote = (name: string) => `\`${name.replaceAll("`", "``")}\``;
  const { records: constraints } = await db.driver.executeQuery("SHOW CONSTRAINTS YIELD name", {}, config);
  for (const record of constraints) {
    await db.driver.executeQuery(`DROP CONSTRAINT ${quote(record.get("name"))} IF EXISTS`, {}, config);
  }
  const { records: indexes } = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    config,
  );
  for (const record of indexes) {
    await db.driver.executeQuery(`DROP INDEX ${quote(record.get("name"))} IF EXISTS`, {}, config);
  }
}
