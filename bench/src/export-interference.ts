#!/usr/bin/env node
/**
 * Reads while exports stream (issue 18): search and neighbourhood latency at 8 connections for a fixed window
 * alone, then while whole-graph Cypher exports stream and are read at full speed, then alone again; the figure
 * is p99(with exports) ÷ p99(alone), target ≤ 2×. Results are written to
 * bench/results/export-interference/<stamp>-<tier>.json as each window is measured.
 *
 *   node bench/dist/export-interference.js --tier M [--seconds 60 --connections 8 --exports 2 --seed 7]
 */
import autocannon from "autocannon";
import { loadBenchGraph } from "./harness/bench-graph.js";
import { graphql } from "./harness/context.js";
import { describeEnvironment } from "./harness/environment.js";
import { type ExportStreamReport, startExportStreams } from "./harness/export-streams.js";
import { startBenchNeo4j } from "./harness/neo4j.js";
import { startProgramOrExit } from "./harness/program.js";
import { markdownTable } from "./harness/report.js";
import { type ResultRow, resultRow } from "./harness/result.js";
import { startKgxServer } from "./harness/servers.js";
import { neighbourhoodQuery, searchQuery } from "./measures/graph-queries.js";

const program = startProgramOrExit({
  name: "export-interference",
  tier: "S",
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "8" },
    exports: { type: "string", default: "2" },
  },
});
const { values, log } = program;
const tier = program.requireTier();
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const exportStreams = Number(values.exports);

/** One fixed-duration autocannon window: what a reader of the results needs, without the histograms. */
interface Window {
  query: string;
  phase: "alone" | "with exports" | "alone again";
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  exports?: ExportStreamReport;
}

async function window(url: string, body: string, duration: number) {
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    duration,
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
  });
  const { latency } = result;
  return {
    seconds: duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / duration,
    latencyMs: {
      p50: latency.p50,
      p90: latency.p90,
      p99: latency.p99,
      max: latency.max,
      mean: latency.average,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** What the exports did in a window, for the row's note: a ratio means little if they were refused. */
function streamed(report: ExportStreamReport | undefined): string {
  if (!report) return "no exports";
  const outcomes = Object.entries(report.outcomes).map(([outcome, n]) => `${outcome} × ${n}`);
  const measured =
    report.bytesWhileMeasured === undefined
      ? ""
      : ` (${(report.bytesWhileMeasured / 2 ** 20).toFixed(1)} MiB while measured)`;
  return `exports read ${(report.bytes / 2 ** 20).toFixed(1)} MiB${measured}, ${report.completed} finished${outcomes.length ? `, ended: ${outcomes.join(", ")}` : ""}`;
}

const neo4j = await startBenchNeo4j(tier);
try {
  const { generated: graph, load } = await loadBenchGraph(neo4j.db, program);
  if (!graph) throw new Error("export-interference runs on a generated tier");
  const kgx = await startKgxServer(neo4j.target);
  try {
    const live = await program.openResult({
      what: "search and neighbourhood latency alone and while whole-graph Cypher exports stream (issue 18)",
      tier: { name: tier.name, nodes: graph.nodes.length, relationships: graph.relationships.length },
      seed: program.seed,
      environment: describeEnvironment(neo4j.version),
      load,
      settings: { seconds, connections, exportStreams, export: "GET /export/cypher?scope=all, read by curl" },
      windows: [] as Window[],
      rows: [] as ResultRow[],
    });
    log(`writing ${live.file}`);
    const graphqlUrl = new URL("/graphql", kgx.url).href;
    const exportUrl = new URL("/export/cypher?scope=all", kgx.url).href;
    const queries = [
      {
        name: `search '${graph.landmarks.searchTerm}' top 20`,
        query: searchQuery,
        variables: { query: graph.landmarks.searchTerm, first: 20 },
      },
      {
        name: `neighbourhood of ${graph.landmarks.median}, depth 1 limit 100`,
        query: neighbourhoodQuery,
        variables: { id: graph.landmarks.median, depth: 1, limit: 100 },
      },
    ];
    for (const { name, query, variables } of queries) {
      // A GraphQL error comes back with HTTP 200, which autocannon would count as served: check once first.
      await graphql(kgx.url, query, variables);
      const body = JSON.stringify({ query, variables });
      log(`${name}: warm-up (5 s, discarded)`);
      await window(graphqlUrl, body, 5);
      for (const phase of ["alone", "with exports", "alone again"] as const) {
        log(`${name}: ${phase} (${seconds} s)`);
        const streams = phase === "with exports" ? startExportStreams(exportUrl, exportStreams) : undefined;
        // The window starts once the exports stream (1 MiB read between them), not while they wait for Neo4j.
        const waited = performance.now();
        const flowing = await streams?.flowing(2 ** 20, 120_000);
        if (streams)
          log(
            `exports ${flowing ? "streaming" : "still not streaming"} after ${((performance.now() - waited) / 1000).toFixed(1)} s`,
          );
        const measured = await window(graphqlUrl, body, seconds);
        const exports = await streams?.stop();
        live.data.windows.push({ query: name, phase, ...measured, ...(exports ? { exports } : {}) });
        await live.save();
      }
      const of = live.data.windows.filter((w) => w.query === name);
      const alone = of.filter((w) => w.phase !== "with exports");
      const withExports = of.find((w) => w.phase === "with exports");
      const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
      for (const q of ["p50", "p99"] as const) {
        live.data.rows.push(
          resultRow(
            "I1",
            `${name}, ${connections} connections, ${exportStreams} exports streaming (${q})`,
            "ms",
            {
              kgx: withExports?.latencyMs[q] ?? Number.NaN,
              baseline: mean(alone.map((w) => w.latencyMs[q])),
            },
            // The issue's target is on p99; p50 is reported beside it with the same bound for reading.
            { op: "<=", value: 2 },
            {
              note: `baseline: mean of the windows alone before and after; ${streamed(withExports?.exports)}`,
            },
          ),
        );
      }
      await live.save();
    }
    process.stdout.write(`${markdownTable(live.data.rows)}\n\nwritten to ${live.file}\n`);
  } finally {
    await kgx.stop();
  }
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await neo4j.stop();
}
