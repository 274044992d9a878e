import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import cytoscape from "cytoscape";
import { beforeAll, describe, expect, it } from "vitest";
import { useArticleGraph } from "./article.js";
import { networkxMissing, useKgxHttp } from "./graphml-support.js";

// Reads node-link JSON with NetworkX's defaults, every warning an error (a FutureWarning about the edges key
// included), and prints what it read.
const readNodeLink = `
import json, sys, warnings
warnings.simplefilter("error")
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as file:
    graph = nx.node_link_graph(json.load(file))
print(json.dumps({"version": nx.__version__, "directed": graph.is_directed(), "multigraph": graph.is_multigraph(),
                  "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "graph": graph.graph}))
`;

describe("exports other tools read as they are", () => {
  const db = useArticleGraph();
  const base = useKgxHttp(db);
  let counts: { nodes: number; relationships: number };

  beforeAll(async () => {
    const { records } = await db().driver.executeQuery(
      `CALL () { MATCH (n) WHERE NOT n:Change RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
      {},
      db().queryConfig("READ"),
    );
    counts = {
      nodes: Number(records[0]?.get("nodes")),
      relationships: Number(records[0]?.get("relationships")),
    };
  });

  it("writes Cytoscape.js elements that cytoscape({elements}) loads with the database's node and relationship counts", async () => {
    const response = await fetch(`${base()}/export/cyjs?scope=all`);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kgx-graph.cyjs"');
    const { elements } = (await response.json()) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([counts.nodes, counts.relationships]);
    const putin = cy.getElementById("person:vladimir-putin");
    expect(putin.data()).toMatchObject({
      name: "Vladimir Putin",
      kind: "person",
      labels: ["Entity", "Person"],
    });
    const claimedBy = cy.edges('[interaction = "CLAIMED_BY"]');
    expect(claimedBy.length).toBeGreaterThan(0);
    expect(claimedBy.sources().every((claim) => claim.data("kind") === "claim")).toBe(true);
  });

  it("writes the positions the page sent into a view's Cytoscape.js export", async () => {
    const response = await fetch(`${base()}/export/cyjs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        scope: "subgraph",
        nodes: ["state:russia", "state:north-korea"],
        positions: { "state:russia": { x: 120.5, y: -40 }, "state:north-korea": { x: -80, y: 12 } },
      }),
    });
    // The whole file is Cytoscape.js options: its elements, `layout: preset` and the export's data.
    const cy = cytoscape((await response.json()) as cytoscape.CytoscapeOptions);
    expect(cy.getElementById("state:russia").position()).toEqual({ x: 120.5, y: -40 });
    expect(cy.getElementById("state:north-korea").position()).toEqual({ x: -80, y: 12 });
    expect(cy.data("scope")).toBe("a subgraph of 2 node(s)");
  });

  it("refuses positions that are not numbers with a 400 that names the node", async () => {
    const response = await fetch(`${base()}/export/cyjs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        scope: "subgraph",
        nodes: ["state:russia"],
        positions: { "state:russia": { x: "a" } },
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /position of 'state:russia' must be/,
    );
  });

  it.skipIf(networkxMissing())(
    "writes JSON that NetworkX's node_link_graph reads with its defaults, without warnings, as a directed multigraph",
    async () => {
      const text = await (await fetch(`${base()}/export/json?scope=all`)).text();
      const dir = await mkdtemp(join(tmpdir(), "kgx-node-link-"));
      try {
        const file = join(dir, "kgx-graph.json");
        await writeFile(file, text);
        const run = spawnSync("python3", ["-c", readNodeLink, file], {
          encoding: "utf8",
          maxBuffer: 64 << 20,
        });
        expect(run.stderr).toBe("");
        const read = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(read).toMatchObject({
          directed: true,
          multigraph: true,
          nodes: counts.nodes,
          edges: counts.relationships,
          graph: { scope: "the whole graph" },
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
