import { readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { exportService } from "../src/export/http-export.js";
import { createApp } from "../src/http/app.js";
import { repoPath } from "../src/paths.js";
import { useArticleGraph } from "./article.js";
import {
  canonicalGraph,
  exportCypher,
  loadWithCypherShell,
  loadWithDriver,
  runCypherShell,
  useSecondNeo4j,
} from "./export-support.js";
import { testYoga } from "./graphql-support.js";
import { runKgx } from "./kgx-cli.js";
import { clearDatabase, testNeo4jTarget } from "./neo4j.js";

const articleCypher = repoPath("cypher", "article.cypher");

describe("the article graph's exports", () => {
  const db = useArticleGraph();
  const second = useSecondNeo4j();
  let original: string[];
  let script: string;
  let nodeCount: number;
  let relationshipCount: number;

  beforeAll(async () => {
    original = await canonicalGraph(db());
    nodeCount = original.filter((line) => line.startsWith("node ")).length;
    relationshipCount = original.length - nodeCount;
    script = await exportCypher(db());
    // KGX_UPDATE_ARTICLE_CYPHER=1 rewrites the kept export instead of checking it (docs/development.md).
    if (process.env.KGX_UPDATE_ARTICLE_CYPHER === "1") await writeFile(articleCypher, script);
  });

  it("keeps cypher/article.cypher up to date with data/article.yaml, byte for byte", async () => {
    const kept = await readFile(articleCypher, "utf8");
    expect(
      kept === script,
      "cypher/article.cypher is stale: regenerate it with KGX_UPDATE_ARTICLE_CYPHER=1 npx vitest run server/test/export-article.int.test.ts",
    ).toBe(true);
  });

  it("writes the same script through `kgx export`", async () => {
    const target = testNeo4jTarget();
    const env = {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    };
    const result = await runKgx(["export", "--format", "cypher"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(script);
    expect(result.stderr).toContain(`exported ${nodeCount} node(s)`);
  });

  it("loads into an empty Neo4j through the driver as the same graph", { timeout: 300_000 }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await loadWithDriver(target.db, script);
    expect(await canonicalGraph(target.db)).toEqual(original);
  });

  it("loads into an empty Neo4j through cypher-shell as the same graph, which exports to the same bytes", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    await loadWithCypherShell(target.target, script);
    expect(await canonicalGraph(target.db)).toEqual(original);
    expect(await exportCypher(target.db)).toBe(script);
  });

  it("gives the same graph as APOC's export loaded through cypher-shell into an empty Neo4j", {
    timeout: 300_000,
  }, async () => {
    const { records } = await db().driver.executeQuery(
      "CALL apoc.export.cypher.all(null, {stream: true, format: 'cypher-shell'}) YIELD cypherStatements RETURN cypherStatements",
      {},
      db().queryConfig("READ"),
    );
    const apocScript = records.map((r) => r.get("cypherStatements") as string).join("\n");
    const target = second();
    await clearDatabase(target.db);
    await loadWithCypherShell(target.target, apocScript);
    expect(await canonicalGraph(target.db)).toEqual(original);
  });

  it("refuses to load the create script a second time, with cypher-shell's --fail-at-end, leaving the graph as it was", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    await clearDatabase(target.db);
    const first = await runCypherShell(target.target, script, "--fail-at-end");
    expect(first.code).toBe(0);
    const again = await runCypherShell(target.target, script, "--fail-at-end");
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(
      `kgx refuses to load: this database already holds ${nodeCount} node(s), and a create script loads into an EMPTY database only. Export with mode=merge`,
    );
    // Not one relationship created twice (before the guard, the article's relationships doubled).
    const after = await canonicalGraph(target.db);
    expect(after.filter((line) => !line.startsWith("node ")).length).toBe(relationshipCount);
    expect(after).toEqual(original);
  });

  it("runs the merge script twice into a database that holds the graph without changing it", {
    timeout: 300_000,
  }, async () => {
    const target = second();
    const merge = await exportCypher(db(), "merge");
    await loadWithDriver(target.db, merge);
    await loadWithCypherShell(target.target, merge);
    expect(await canonicalGraph(target.db)).toEqual(original);
  });

  it("answers the GraphQL export field with the same script, and unknown ids with BAD_USER_INPUT", async () => {
    const yoga = testYoga(db());
    const ask = async (query: string) => {
      const response = await yoga.fetch("http://kgx.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as {
        data?: { export?: unknown } | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
    };
    const answer = await ask("{ export(format: CYPHER) { fileName nodes relationships content } }");
    expect(answer.data?.export).toEqual({
      fileName: "kgx-graph.cypher",
      nodes: nodeCount,
      relationships: relationshipCount,
      content: script,
    });
    const unknown = await ask('{ export(ids: ["state:atlantis"], format: JSON) { content } }');
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(unknown.errors?.[0]?.message).toMatch(/No node has the id "state:atlantis"/);
  });

  describe("over HTTP", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer(createApp({ db: db(), exports: exportService(db(), loadConfig({})) }));
      // Slow steps between requests (NetworkX reading GraphML) must not race the server closing idle sockets.
      server.keepAliveTimeout = 120_000;
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it("serves the Cypher export as a download with a file name", async () => {
      const response = await fetch(`${base}/export/cypher`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="kgx-graph.cypher"');
      expect(await response.text()).toBe(script);
    });

    it("serves a neighbourhood as JSON in the shape of the API's Subgraph", async () => {
      const response = await fetch(`${base}/export/json?scope=ids&ids=state:russia&depth=1`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        nodes: { id: string; kind: string; labels: string[]; name: string }[];
        edges: { id: string; source: string; target: string }[];
      };
      const ids = new Set(body.nodes.map((n) => n.id));
      expect(body.nodes.find((n) => n.id === "state:russia")).toMatchObject({
        kind: "state",
        name: "Russia",
      });
      expect(body.edges.length).toBeGreaterThan(0);
      for (const edge of body.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    });

    it("serves CSV files with the headers neo4j-admin import reads", async () => {
      const nodes = await (await fetch(`${base}/export/csv?part=nodes`)).text();
      const relationships = await fetch(`${base}/export/csv?part=relationships`);
      expect(relationships.headers.get("content-disposition")).toContain("kgx-graph-relationships.csv");
      expect(nodes.split("\n")[0]).toMatch(/^id:ID,:LABEL,aliases:string\[\],.*quantity:long/);
      expect((await relationships.text()).split("\n")[0]).toMatch(
        /^:START_ID,:END_ID,:TYPE,order:long,quantity:long/,
      );
    });

    it.each([
      ["an unknown scope", "/export/cypher?scope=everything", /Unknown scope 'everything'/],
      [
        "unknown ids",
        "/export/cypher?ids=state:atlantis,state:russia",
        /No node has the id "state:atlantis"/,
      ],
      ["depth 10", "/export/json?ids=state:russia&depth=10", /depth must be 0, 1 or 2/],
      ["an unknown format", "/export/pdf", /Unknown export format 'pdf'/],
      ["an unknown mode", "/export/cypher?mode=upsert", /Unknown mode 'upsert'/],
      ["a URL that is too long", `/export/cypher?ids=${"x".repeat(9000)}`, /URL is longer than/],
    ])("answers %s with a 400 and a clear message", async (_what, path, message) => {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    });

    it("answers a million ids with a 400 and a clear message", async () => {
      const ids = Array.from({ length: 1_000_000 }, (_, i) => `n${i}`);
      const response = await fetch(`${base}/export/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scope: "ids", ids }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/at most 10000 ids/);
    });
  });
});
