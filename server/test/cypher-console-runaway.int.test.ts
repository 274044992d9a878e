import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { Database } from "../src/neo4j/database.js";
import { useArticleGraph } from "./article.js";
import { dataOf, post, testYoga } from "./graphql-support.js";
import { neo4jJvm, testNeo4jTarget } from "./neo4j.js";

/**
 * Console queries that Neo4j cannot stop itself, because it never checks for termination while it evaluates one
 * expression (decision 0085): the launcher's runaway stopper ends them, and the same Neo4j carries on.
 */
const db = useArticleGraph();
/** The console under a short query timeout: time is what stops the CPU runaway. */
let shortDb: Database;
/** The console under a long one: memory is what stops the heap fill. */
let patientDb: Database;
let shortYoga: KgxYoga;
let patientYoga: KgxYoga;
let jvmBefore: string;

/** The console's transactions Neo4j still runs, asked directly (the console itself refuses SHOW). */
async function consoleTransactions(): Promise<string[]> {
  const { records } = await db().driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.kgx = 'console' RETURN transactionId",
    {},
    db().queryConfig("READ"),
  );
  return records.map((record) => String(record.get("transactionId")));
}

/** Waits until Neo4j runs no console transaction, and says which still run if that takes past the deadline. */
async function untilNoConsoleTransaction(deadlineMs: number): Promise<string[]> {
  const end = Date.now() + deadlineMs;
  let running = await consoleTransactions();
  while (running.length > 0 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    running = await consoleTransactions();
  }
  return running;
}

async function consoleAnswersNext(yoga: KgxYoga): Promise<void> {
  const next = await post(yoga, '{ cypher(query: "MATCH (s:State) RETURN count(s) AS states") { rows } }');
  expect(dataOf<{ rows: number[][] }>(next, "cypher").rows[0]?.[0]).toBeGreaterThan(0);
}

beforeAll(async () => {
  shortDb = Database.open(testNeo4jTarget(), 3_000);
  patientDb = Database.open(testNeo4jTarget(), 120_000);
  shortYoga = testYoga(shortDb);
  patientYoga = testYoga(patientDb);
  jvmBefore = await neo4jJvm(db());
});
afterAll(async () => {
  await shortDb?.close();
  await patientDb?.close();
});

describe("a console query Neo4j cannot stop by itself", () => {
  it("is answered QUERY_TIMEOUT when it only burns CPU, and no longer runs in the same Neo4j afterwards", async () => {
    const answer = await post(shortYoga, "query($q: String!) { cypher(query: $q) { rows } }", {
      q: "RETURN reduce(s = 0, i IN range(1, 30000000000) | s + i) AS n",
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
    // Without the stopper the loop would run for hours after its timeout; a minute is only a generous wait.
    expect(await untilNoConsoleTransaction(60_000)).toEqual([]);
    expect(await neo4jJvm(db())).toBe(jvmBefore);
    await consoleAnswersNext(shortYoga);
  }, 120_000);

  it("is answered QUERY_MEMORY_LIMIT when it fills the heap with values, and the same Neo4j answers next", async () => {
    const answer = await post(patientYoga, "query($q: String!) { cypher(query: $q) { rows } }", {
      q: "RETURN size([i IN range(1, 200000000) | [i, i]]) AS n",
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("QUERY_MEMORY_LIMIT");
    const message = answer.errors?.[0]?.message ?? "";
    expect(message).toMatch(/^The query needed more memory than the server gives one console query/);
    expect(await untilNoConsoleTransaction(60_000)).toEqual([]);
    expect(await neo4jJvm(db())).toBe(jvmBefore);
    await consoleAnswersNext(patientYoga);
    // kgx's own reads go on as well, and are not held to the console's limits.
    const [row] = await patientDb.read(
      async (tx) => (await tx.run("UNWIND range(1, 8000000) AS i RETURN size(collect(i)) AS n")).records,
    );
    expect(Number(row?.get("n"))).toBe(8_000_000);
  }, 180_000);
});
