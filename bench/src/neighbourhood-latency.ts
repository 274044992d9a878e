#!/usr/bin/env node
/**
 * R1 on the article graph (or a tier): `neighbourhood(depth: 1, limit: 200)` through kgx's GraphQL over HTTP against
 * the same named Cypher through the driver, interleaved call by call over every entity in turn, both measured in
 * this one run. Writes bench/results/neighbourhood-latency/<stamp>-<graph>.json and prints the same JSON.
 *
 *   node bench/dist/neighbourhood-latency.js [--rounds 300] [--tier S --seed 7] [--out <folder>]
 */
import { namedQuery } from "@kgx/server/dist/cypher/named-queries.js";
import { loadBenchGraph } from "./harness/bench-graph.js";
import { compareLatency } from "./harness/compare.js";
import { graphql } from "./harness/context.js";
import { describeEnvironment } from "./harness/environment.js";
import { startBenchNeo4j } from "./harness/neo4j.js";
import { withIntegers } from "./harness/parameters.js";
import { startProgramOrExit } from "./harness/program.js";
import { startKgxServer } from "./harness/servers.js";
import { neighbourhoodQuery } from "./measures/graph-queries.js";

const program = startProgramOrExit({
  name: "neighbourhood-latency",
  tier: "article",
  // Calls of each side measured: three repeats of a third each, after a warm-up repeat of the same size.
  options: { rounds: { type: "string", default: "300" } },
});
const rounds = Number(program.values.rounds);
const limit = 200;

const neo4j = await startBenchNeo4j(program.tier ?? { heap: "1g", pageCache: "128m" });
try {
  const graph = await loadBenchGraph(neo4j.db, program);
  const { records } = await neo4j.db.driver.executeQuery(
    "MATCH (n:Entity) RETURN n.id AS id ORDER BY id",
    {},
    neo4j.db.queryConfig("READ"),
  );
  const ids = records.map((record) => String(record.get("id")));
  const kgx = await startKgxServer(neo4j.target);
  try {
    const cypher = namedQuery("queries/graph.cypher", "neighbourhood-1");
    // Each side walks the entities in the same order, so the n-th call of either asks for the same one.
    const next = (calls: { n: number }) => ids[calls.n++ % ids.length] as string;
    const graphqlCalls = { n: 0 };
    const driverCalls = { n: 0 };
    const viaGraphQL = () =>
      graphql(kgx.url, neighbourhoodQuery, { id: next(graphqlCalls), depth: 1, limit });
    const viaDriver = () =>
      neo4j.db.driver.executeQuery(
        cypher,
        withIntegers({ id: next(driverCalls), limit, edgeTypes: null, asOf: null }),
        neo4j.db.queryConfig("READ"),
      );
    program.log(`${rounds} calls of each side over ${ids.length} entities`);
    const samples = Math.max(1, Math.ceil(rounds / 3));
    const result = await compareLatency({ warmup: 1, repeats: 3, samples }, viaGraphQL, viaDriver);
    const twoDecimals = (ms: number) => +ms.toFixed(2);
    const summary = {
      what: `neighbourhood(depth: 1) on the ${graph.description}: GraphQL over HTTP vs the same Cypher through the driver`,
      rounds: samples * 3,
      nodes: ids.length,
      graphqlMedianMs: twoDecimals(result.kgx.p50),
      driverMedianMs: twoDecimals(result.baseline.p50),
      ratio: twoDecimals(result.kgx.p50 / result.baseline.p50),
      graphqlP95Ms: twoDecimals(result.kgx.p95),
      driverP95Ms: twoDecimals(result.baseline.p95),
      environment: describeEnvironment(neo4j.version),
      details: result,
    };
    await program.publishResult(summary);
  } finally {
    await kgx.stop();
  }
} catch (error) {
  program.log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await neo4j.stop();
}
