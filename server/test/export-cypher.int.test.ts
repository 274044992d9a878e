import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/neo4j/database.js";
import {
  canonicalGraph,
  exportCypher,
  loadWithCypherShell,
  loadWithDriver,
  useSecondNeo4j,
} from "./export-support.js";
import { createTortureGraph } from "./export-torture-graph.js";
import { clearDatabase, useCleanDatabase } from "./neo4j.js";

describe("the Cypher export of a graph with every property type", () => {
  const db = useCleanDatabase();
  const second = useSecondNeo4j();
  let original: string[];
  let script: string;

  beforeAll(async () => {
    await createTortureGraph(db());
    original = await canonicalGraph(db());
    script = await exportCypher(db());
  });

  it("gives the same bytes when the same graph is exported twice", async () => {
    expect(await exportCypher(db())).toBe(script);
  });

  it("puts the load guard first, then the schema, nodes, relationships and the end of the load, each statement ending with a ';' line", () => {
    const statements = script.split(/^;$/m).map((s) => s.replace(/^\s*(\/\/.*\n)*/, "").trim());
    expect(statements.at(-1)).toBe("");
    const kinds = statements
      .slice(0, -1)
      .map((s) =>
        s.includes("CREATE (:KgxLoading)")
          ? "guard"
          : s.includes("DELETE mark")
            ? "done"
            : s.startsWith("CREATE CONSTRAINT") || s.includes("INDEX")
              ? "schema"
              : s.includes("-[r:")
                ? "rel"
                : "node",
      );
    expect(kinds.join(" ")).toMatch(/^guard (schema )+(node )+(rel )*rel done$/);
    expect(script.slice(0, 200)).toMatch(
      /^\/\/ kgx Cypher export .*\n\/\/ 21 node\(s\), 8 relationship\(s\)/,
    );
  });

  it("loads through the driver into an empty Neo4j as the same graph, which exports to the same bytes", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await loadWithDriver(target.db, script);
    await expectSameGraphAndBytes(target.db, original, script);
  });

  it("loads through cypher-shell into an empty Neo4j as the same graph, which exports to the same bytes", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await loadWithCypherShell(target.target, script);
    await expectSameGraphAndBytes(target.db, original, script);
  });

  it("in merge mode, loads into an empty Neo4j as the same graph and changes nothing when run again", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    const merge = await exportCypher(db(), "merge");
    await loadWithCypherShell(target.target, merge);
    expect(await canonicalGraph(target.db)).toEqual(original);
    await loadWithDriver(target.db, merge);
    expect(await canonicalGraph(target.db)).toEqual(original);
  });

  it("exports a view (nodes and edge ids) with only the relationships the view shows", async () => {
    const view = await exportCypher(db(), "create", {
      kind: "subgraph",
      nodes: ["thing:numbers", "odd:1", "loose:1"],
      edges: ["thing:numbers>LINKS>odd:1"],
    });
    expect(view).toContain("// 3 node(s), 4 relationship(s)");
    expect(view).not.toContain("odd type");
    const around = await exportCypher(db(), "create", { kind: "ids", ids: ["loose:1"], depth: 1 });
    expect(around).toContain("// 3 node(s), 2 relationship(s)");
  });

  it("in merge mode, completes a database that already holds part of the graph", async () => {
    const target = second();
    await clearDatabase(target.db);
    const part = await exportCypher(db(), "create", {
      kind: "ids",
      ids: ["thing:numbers", "odd:1"],
      depth: 0,
    });
    await loadWithDriver(target.db, part);
    await loadWithDriver(target.db, await exportCypher(db(), "merge"));
    expect(await canonicalGraph(target.db)).toEqual(original);
  });

  it("round-trips nodes of one label whose rows lack keys or hold different types under one key, through cypher-shell", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await createMixedNodes(target.db);
    const mixed = await canonicalGraph(target.db);
    const mixedScript = await exportCypher(target.db);
    expect(mixedScript).toContain('["mixed:4"]');
    await clearDatabase(target.db);
    await loadWithCypherShell(target.target, mixedScript);
    await expectSameGraphAndBytes(target.db, mixed, mixedScript);
  });

  it("in merge mode, restores the exported values and keeps the properties that only the target has", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await createMixedNodes(target.db);
    const mixed = await canonicalGraph(target.db);
    const merge = await exportCypher(target.db, "merge");
    const run = (cypher: string) => target.db.driver.executeQuery(cypher, {}, target.db.queryConfig("WRITE"));
    await run(
      "MATCH (n:Mixed {id: 'mixed:1'}) SET n.name = 'changed', n.extra = 'only in the target' REMOVE n.when",
    );
    // `name` and `at` are columns of the statements that hold mixed:4 and mixed:7, which lack them in the export.
    await run("MATCH (n:Mixed {id: 'mixed:4'}) SET n.name = 'only in the target'");
    await run("MATCH (n:Mixed {id: 'mixed:7'}) SET n.at = 'only in the target'");
    await loadWithCypherShell(target.target, merge);
    const kept = [
      '"extra": STRING NOT NULL "only in the target"',
      '"name": STRING NOT NULL "only in the target"',
      '"at": STRING NOT NULL "only in the target"',
    ];
    const after = await canonicalGraph(target.db);
    expect(kept.map((property) => after.filter((line) => line.includes(property)).length)).toEqual([1, 1, 1]);
    const withoutExtras = after.map((line) =>
      kept.reduce((text, property) => text.replace(`${property}, `, "").replace(`, ${property}`, ""), line),
    );
    expect(withoutExtras.sort()).toEqual(mixed);
  });
});

/** The loaded graph is `graph`, and it exports to `script` again, byte for byte. */
async function expectSameGraphAndBytes(db: Database, graph: unknown, script: string): Promise<void> {
  expect(await canonicalGraph(db)).toEqual(graph);
  expect(await exportCypher(db)).toBe(script);
}

/**
 * Nodes of one label that a column script must not confuse: keys missing from some rows, a key holding a date in
 * one node and a string or a datetime in others, every temporal type, durations and lists.
 */
async function createMixedNodes(db: Database): Promise<void> {
  const run = (cypher: string) => db.driver.executeQuery(cypher, {}, db.queryConfig("WRITE"));
  await run("CREATE CONSTRAINT mixed_id IF NOT EXISTS FOR (n:Mixed) REQUIRE n.id IS UNIQUE");
  await run(
    `CREATE (:Mixed {id: 'mixed:1', name: 'one', when: date('2024-01-01'), at: datetime('2024-01-01T00:00:00Z')}),
            (:Mixed {id: 'mixed:2', when: 'not a date', at: date('2024-01-02'), count: 2}),
            (:Mixed {id: 'mixed:3', name: 'three', span: duration('P1DT2H'), tags: ['a', 'b'], count: 3.0}),
            (:Mixed {id: 'mixed:4'}),
            (:Mixed:Extra {id: 'mixed:5', clock: localtime('10:00:00.5'), wall: localdatetime('2024-01-01T10:00'),
                           zoned: time('10:00+01:00'), when: date('2024-03-01'), at: datetime('2024-03-01T10:00[Europe/Berlin]')}),
            (:Mixed {id: 'mixed:6', when: date('2024-06-01'), at: datetime('2024-06-01T10:00+02:00'), name: 'six'}),
            (:Mixed {id: 'mixed:7', when: date('2024-07-01'), name: 'seven "quoted"\nline'})`,
  );
}
