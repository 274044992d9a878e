import { beforeAll, describe, expect, it } from "vitest";
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
    expect(await canonicalGraph(target.db)).toEqual(original);
    expect(await exportCypher(target.db)).toBe(script);
  });

  it("loads through cypher-shell into an empty Neo4j as the same graph, which exports to the same bytes", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await loadWithCypherShell(target.target, script);
    expect(await canonicalGraph(target.db)).toEqual(original);
    expect(await exportCypher(target.db)).toBe(script);
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
});
