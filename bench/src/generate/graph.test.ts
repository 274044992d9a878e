import { describe, expect, it } from "vitest";
import { generateGraph } from "./graph.js";

describe("the benchmark graph generator", () => {
  const graph = generateGraph(2_000, 10_000, 42);

  it("gives the same graph for the same seed, and another graph for another seed", () => {
    const again = generateGraph(2_000, 10_000, 42);
    expect(again.nodes).toEqual(graph.nodes);
    expect(again.relationships).toEqual(graph.relationships);
    expect(again.landmarks).toEqual(graph.landmarks);
    const other = generateGraph(2_000, 10_000, 43);
    expect(other.relationships).not.toEqual(graph.relationships);
  });

  it("has exactly the nodes and relationships the tier asks for, each relationship between existing nodes", () => {
    expect(graph.nodes).toHaveLength(2_000);
    expect(graph.relationships).toHaveLength(10_000);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(2_000);
    expect(graph.relationships.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
  });

  it("makes one state a party of exactly a tenth of all transfers", () => {
    const transfers = graph.nodes.filter((n) => n.labels.includes("Transfer")).map((n) => n.id);
    const { hub } = graph.landmarks;
    expect(hub).toMatch(/^state:/);
    const withHub = new Set(
      graph.relationships
        .filter((r) => (r.type === "FROM" || r.type === "TO") && r.to === hub)
        .map((r) => r.from),
    );
    expect(withHub.size).toBe(Math.ceil(transfers.length / 10));
  });

  it("has a heavy tail: the hub's degree is far above the median entity's", () => {
    const { hubDegree, medianDegree, median } = graph.landmarks;
    expect(median).toMatch(/^[a-z]+:g-\d+$/);
    expect(hubDegree).toBeGreaterThan(10 * medianDegree);
  });

  it("keeps the model's invariants: every transfer has FROM, TO and CARRIES; every claim a source, claimant and subject", () => {
    const typesFrom = new Map<string, Set<string>>();
    for (const r of graph.relationships)
      typesFrom.set(r.from, (typesFrom.get(r.from) ?? new Set()).add(r.type));
    const missing = graph.nodes.flatMap((n) => {
      const types = typesFrom.get(n.id) ?? new Set();
      const needs = n.labels.includes("Transfer")
        ? ["FROM", "TO", "CARRIES"]
        : n.labels.includes("Claim")
          ? ["REPORTED_IN", "CLAIMED_BY", "ABOUT"]
          : [];
      return needs.filter((t) => !types.has(t)).map((t) => `${n.id} lacks ${t}`);
    });
    expect(missing).toEqual([]);
  });
});
