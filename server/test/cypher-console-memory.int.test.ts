import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { Database } from "../src/neo4j/database.js";
import { useArticleGraph } from "./article.js";
import { dataOf, dumpGraph, post, testYoga } from "./graphql-support.js";
import { useTestServer } from "./http-support.js";
import { neo4jJvm, testNeo4jTarget } from "./neo4j.js";

/**
 * Memory exhaustion through the Cypher console (decision 0083): each attempt is stopped with QUERY_MEMORY_LIMIT in
 * one line, and Neo4j survives it: the same JVM, answering the next query, with the graph as it was.
 */
const db = useArticleGraph();
/** A long query timeout, so that memory, not time, is what stops these queries. */
let patientDb: Database;
let yoga: KgxYoga;
let graphBefore: string;
let jvmBefore: string;
const base = useTestServer(db);

beforeAll(async () => {
  patientDb = Database.open(testNeo4jTarget(), 120_000);
  yoga = testYoga(patientDb);
  graphBefore = await dumpGraph(db());
  jvmBefore = await neo4jJvm(db());
});
afterAll(async () => {
  await patientDb?.close();
});

/** [what is tried, the query] */
const attempts: [string, string][] = [
  [
    "a 1 GB string built by doubling in reduce",
    'RETURN size(reduce(s = "xxxxxxxx", j IN range(1, 27) | s + s)) AS n',
  ],
  ["collect over 100 million numbers", "UNWIND range(1, 100000000) AS i RETURN size(collect(i)) AS n"],
  ["a 1.6 GB string from apoc.text.repeat", 'RETURN size(apoc.text.repeat("xxxxxxxx", 200000000)) AS n'],
  [
    "collect over a cartesian product of the graph with itself and a range",
    "MATCH (a), (b) UNWIND range(1, 100000) AS i RETURN size(collect([a.id, b.id, i])) AS n",
  ],
  [
    "DISTINCT over 100 million numbers",
    "UNWIND range(1, 100000000) AS i WITH DISTINCT i RETURN count(*) AS n",
  ],
  [
    "collecting every path of a deep expansion",
    "MATCH p = (a)-[*1..6]-(b) UNWIND range(1, 1000) AS i RETURN size(collect([p, i])) AS n",
  ],
  ["a 1.5 GB padding from apoc.text.rpad", "RETURN size(apoc.text.rpad('x', 1500000000, 'y')) AS n"],
];

describe("a query that would exhaust Neo4j's memory", () => {
  it("has at least six attempts", () => {
    expect(attempts.length).toBeGreaterThanOrEqual(6);
  });

  it.each(attempts)(
    "is stopped with QUERY_MEMORY_LIMIT: %s",
    async (_what, query) => {
      const answer = await post(yoga, "query($q: String!) { cypher(query: $q) { rows } }", { q: query });
      expect(answer.errors?.[0]?.extensions?.code).toBe("QUERY_MEMORY_LIMIT");
      const message = answer.errors?.[0]?.message ?? "";
      expect(message).toMatch(/^The query needed more memory than the server gives one console query/);
      expect(message).not.toContain("\n");
      // Neo4j survived: the same JVM answers the next query, and the graph is as it was.
      expect(await neo4jJvm(db())).toBe(jvmBefore);
      const next = await post(
        yoga,
        '{ cypher(query: "MATCH (s:State) RETURN count(s) AS states") { rows } }',
      );
      expect(dataOf<{ rows: number[][] }>(next, "cypher").rows[0]?.[0]).toBeGreaterThan(0);
      expect(await dumpGraph(db())).toBe(graphBefore);
    },
    180_000,
  );

  it("is stopped the same way through POST /cypher, with status 413 and its code", async () => {
    const response = await fetch(`${base()}/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: attempts[0]?.[1] }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("QUERY_MEMORY_LIMIT");
    expect(await neo4jJvm(db())).toBe(jvmBefore);
  }, 180_000);

  it("holds only the console's transactions to the limit: kgx's own next transactions may use more", async () => {
    // Neo4j hands its pooled transactions on; the console's 128 MiB must not go with them (an import needs more).
    for (let i = 0; i < 4; i++) {
      const [row] = await patientDb.read(
        async (tx) => (await tx.run("UNWIND range(1, 8000000) AS i RETURN size(collect(i)) AS n")).records,
      );
      expect(Number(row?.get("n"))).toBe(8_000_000);
    }
  }, 180_000);
});
