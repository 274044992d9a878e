import { readNamedQueriesIn } from "@kgx/server/dist/cypher/named-queries.js";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNeo4jTarget, useCleanDatabase } from "../../server/test/neo4j.js";
import { generateGraph } from "../src/generate/graph.js";
import { loadWithKgx } from "../src/generate/load.js";
import { tiers } from "../src/generate/tiers.js";
import { type BenchNeo4j, useExistingNeo4j } from "../src/harness/neo4j.js";
import { planNamedQueries, type QueryPlan } from "../src/plans/profile.js";
import { startsFromIdOrSearch } from "../src/plans/query-params.js";

const scans = ["NodeByLabelScan", "AllNodesScan"];

// EXPLAIN of every named query on the S tier: a query that starts from an id or a search must find its start
// through an index, never by scanning a whole label or every node, or it slows down as the graph grows.
describe("the plans of the named queries on the S tier", () => {
  useCleanDatabase();
  let neo4j: BenchNeo4j | undefined;
  const tier = tiers.S ?? { nodes: 10_000, relationships: 50_000 };
  const graph = generateGraph(tier.nodes, tier.relationships, 7);
  let plans: QueryPlan[] = [];

  beforeAll(async () => {
    neo4j = await useExistingNeo4j(testNeo4jTarget());
    await applySchema(neo4j.db);
    await loadWithKgx(neo4j.db, graph, { progress: false });
    plans = await planNamedQueries(neo4j.db, graph.landmarks, "EXPLAIN");
  }, 600_000);
  afterAll(async () => {
    await neo4j?.stop();
  });

  it("has a plan for every named query in cypher/queries/", () => {
    expect(plans.filter((p) => p.error)).toEqual([]);
    expect(plans.length).toBeGreaterThan(0);
  });

  it("never scans a whole label or all nodes in a query that starts from an id or a search", () => {
    const anchored = new Set(
      readNamedQueriesIn("queries")
        .filter((q) => startsFromIdOrSearch(q.text))
        .map((q) => `${q.file} ${q.name}`),
    );
    const scanning = plans
      .filter((p) => anchored.has(`${p.file} ${p.name}`))
      .filter((p) => p.operators.some((op) => scans.includes(op)))
      .map((p) => `${p.file} ${p.name}: ${p.operators.filter((op) => scans.includes(op)).join(", ")}`);
    expect(anchored.size).toBeGreaterThan(0);
    expect(scanning).toEqual([]);
  });

  it("opens the page's view (the graph query) through the id indexes, never by reading every node", () => {
    const opening = plans.find((p) => p.file === "queries/graph.cypher" && p.name === "graph");
    expect(opening?.operators.filter((op) => scans.includes(op))).toEqual([]);
    expect(opening?.operators).toContain("NodeIndexScan");
  });
});
