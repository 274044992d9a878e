import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "@kgx/server/dist/config.js";
import { namedQuery } from "@kgx/server/dist/cypher/named-queries.js";
import { exportService } from "@kgx/server/dist/export/http-export.js";
import { graphqlSettings } from "@kgx/server/dist/graphql/settings.js";
import { createGraphQL } from "@kgx/server/dist/graphql/yoga.js";
import { createApp } from "@kgx/server/dist/http/app.js";
import { importDataset } from "@kgx/server/dist/import/import-dataset.js";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import { Database } from "@kgx/server/dist/neo4j/database.js";
import { startEmbeddedNeo4j } from "@kgx/server/dist/neo4j/launcher.js";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import neo4j from "neo4j-driver";

// Median latency of `neighbourhood(depth: 1)` through GraphQL (yoga over real HTTP, JSON out) against the same
// named Cypher run directly through the driver, on the article graph, both measured in this one run.
// Usage: node bench/dist/neighbourhood-latency.js [rounds]

const rounds = Number(process.argv[2] ?? 300);
const fields =
  "nodes { id kind labels name degree properties } edges { id type source target properties } truncated cypher";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

const home = await mkdtemp(join(tmpdir(), "kgx-bench-neighbourhood-"));
const password = randomBytes(12).toString("base64url");
const server = await startEmbeddedNeo4j({
  home,
  password,
  port: await freePort("127.0.0.1"),
  heap: "1g",
  pageCache: "128m",
  startTimeoutMs: 180_000,
  log: () => {},
});
const db = Database.open({ uri: server.uri, user: "neo4j", password, database: "neo4j" }, 10_000);
try {
  await applySchema(db);
  await importDataset(db, repoPath("data", "article.yaml"));
  const { records } = await db.driver.executeQuery(
    "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
    {},
    db.queryConfig("READ"),
  );
  const ids = records.map((record) => String(record.get("id")));

  const yoga = createGraphQL(db, graphqlSettings(loadConfig({ NODE_ENV: "production" }), "production"));
  const http = createServer(createApp({ db, graphql: yoga, exports: exportService(db, loadConfig({})) }));
  const port = await freePort("127.0.0.1");
  await new Promise<void>((resolve) => http.listen({ host: "127.0.0.1", port }, resolve));
  const cypher = namedQuery("queries/graph.cypher", "neighbourhood-1");

  const viaGraphQL = async (id: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($id: ID!) { neighbourhood(id: $id, depth: 1) { ${fields} } }`,
        variables: { id },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const viaDriver = async (id: string) => {
    await db.driver.executeQuery(
      cypher,
      { id, limit: neo4j.int(200), edgeTypes: null },
      db.queryConfig("READ"),
    );
  };

  for (let i = 0; i < 30; i += 1) {
    await viaGraphQL(ids[i % ids.length] as string);
    await viaDriver(ids[i % ids.length] as string);
  }
  const graphql: number[] = [];
  const driver: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const id = ids[i % ids.length] as string;
    // Alternate the order so that neither side always runs on a warmer cache.
    const pair: [number[], (id: string) => Promise<void>][] = [
      [graphql, viaGraphQL],
      [driver, viaDriver],
    ];
    if (i % 2) pair.reverse();
    for (const [samples, run] of pair) {
      const start = performance.now();
      await run(id);
      samples.push(performance.now() - start);
    }
  }
  http.close();
  const result = {
    what: "neighbourhood(depth: 1) on the article graph: GraphQL over HTTP vs the same Cypher through the driver",
    rounds,
    nodes: ids.length,
    graphqlMedianMs: +median(graphql).toFixed(2),
    driverMedianMs: +median(driver).toFixed(2),
    ratio: +(median(graphql) / median(driver)).toFixed(2),
    graphqlP95Ms: +percentile(graphql, 0.95).toFixed(2),
    driverP95Ms: +percentile(driver, 0.95).toFixed(2),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, neo4j: server.version },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await db.close();
  await server.stop();
  await rm(home, { recursive: true, force: true });
}
