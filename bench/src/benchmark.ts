import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import { importWithAdminTool } from "./generate/admin-import.js";
import { type GeneratedGraph, generateGraph } from "./generate/graph.js";
import { loadWithKgx } from "./generate/load.js";
import { type Tier, tiers } from "./generate/tiers.js";
import type { Plan } from "./harness/compare.js";
import type { BenchContext } from "./harness/context.js";
import { describeEnvironment } from "./harness/environment.js";
import { type BenchNeo4j, startBenchNeo4j, wipeDatabase } from "./harness/neo4j.js";
import type { BenchResult } from "./harness/report.js";
import { notMeasured, type ResultRow, type Target } from "./harness/result.js";
import { startKgxServer } from "./harness/servers.js";
import type { LoadMethod } from "./harness/tier-data.js";
import { measureExport, measureReload } from "./measures/cypher-export.js";
import { measureImportRate } from "./measures/import-rate.js";
import { measureHub, measureNeighbourhood, measurePaths, measureSearch } from "./measures/latency.js";
import { measureAgainstLibrary } from "./measures/neo4j-graphql.js";
import { measurePage } from "./measures/page.js";
import { measureThroughput } from "./measures/throughput.js";
import { planNamedQueries } from "./plans/profile.js";

/** One measurement of issue 7's table. */
interface Measure {
  id: string;
  what: string;
  target: Target;
  run: (context: BenchContext) => Promise<ResultRow[]>;
}

const measures: Measure[] = [
  {
    id: "R1",
    what: "neighbourhood through GraphQL",
    target: { op: "<=", value: 1.5 },
    run: measureNeighbourhood,
  },
  { id: "R2", what: "neighbourhood requests/s", target: { op: ">=", value: 0.6 }, run: measureThroughput },
  { id: "R3", what: "hub expansion, capped", target: { op: "<=", value: 3 }, run: measureHub },
  { id: "R4", what: "search top 20", target: { op: "<=", value: 1.3 }, run: measureSearch },
  { id: "R5", what: "paths", target: { op: "<=", value: 1.3 }, run: measurePaths },
  {
    id: "R7",
    what: "whole-graph Cypher export",
    target: { op: "<=", value: 1.5 },
    run: measureExport,
  },
  {
    id: "R9",
    what: "the page: first drawn frame with 5k elements",
    target: { op: "<=", value: 1.25 },
    run: measurePage,
  },
  {
    id: "R10",
    what: "against the Neo4j GraphQL Library",
    target: { op: "<=", value: 1.0 },
    run: measureAgainstLibrary,
  },
  // Last: it loads the scripts R7 exported into the emptied database, replacing the tier's graph.
  {
    id: "R8",
    what: "loading the export into an empty database",
    target: { op: "<=", value: 0.5 },
    run: measureReload,
  },
];

/** What to run. */
export interface BenchOptions {
  tier: Tier;
  seed: number;
  plan: Plan;
  throughputSeconds: number;
  /** Only these measurements (R1 … R10); all when empty. */
  only: string[];
  log: (line: string) => void;
  progress: boolean;
  /** A Neo4j to use instead of starting one for the tier (its data is deleted). */
  neo4j?: BenchNeo4j;
  /**
   * Called with what the run has measured so far after the load, after the plans and after each measurement, so
   * that a run cut short (stopped, or the machine's other work) keeps every figure it finished.
   */
  save?: (partial: BenchResult) => Promise<unknown>;
  /**
   * How the tier gets into Neo4j: kgx's importer writer through Bolt (the default), or `neo4j-admin database
   * import` of kgx's CSV into a new store before Neo4j starts (minutes instead of an hour at L; R6 then is not
   * measured, because it reloads the database the tier is in).
   */
  load?: LoadMethod;
}

/**
 * The graph R6 loads again and again (2 × (warm-up + repeats) times): the tier itself up to `tiny`, `tiny`'s size
 * above, so that the comparison stays affordable on every tier; the tier's own load reports kgx's rate at size.
 */
function importGraph(options: BenchOptions, graph: GeneratedGraph): GeneratedGraph {
  const small = tiers.tiny as Tier;
  if (options.tier.nodes <= small.nodes) return graph;
  return generateGraph(small.nodes, small.relationships, options.seed);
}

/** Generates the tier, loads it through kgx, starts kgx over it and runs the measurements. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { tier, log } = options;
  const wanted = (id: string) => options.only.length === 0 || options.only.includes(id);
  log(
    `generating tier ${tier.name}: ${tier.nodes} nodes, ${tier.relationships} relationships, seed ${options.seed}`,
  );
  const graph = generateGraph(tier.nodes, tier.relationships, options.seed);
  const bulk = options.load === "admin-import" && !options.neo4j;
  const home = bulk ? await mkdtemp(join(os.tmpdir(), "kgx-bench-neo4j-")) : undefined;
  const imported = home ? await importWithAdminTool(home, graph) : undefined;
  if (imported) log(`neo4j-admin database import: ${imported.rows} rows in ${imported.seconds.toFixed(1)} s`);
  if (!options.neo4j) log(`starting Neo4j (heap ${tier.heap}, page cache ${tier.pageCache})`);
  const neo4j = options.neo4j ?? (await startBenchNeo4j(tier, home ? { home } : {}));
  const rows: ResultRow[] = [];
  try {
    if (!imported) await wipeDatabase(neo4j.db, "data");
    const schemaStarted = performance.now();
    await applySchema(neo4j.db);
    if (wanted("R6") && imported)
      rows.push(notMeasured("R6", "import rate", { op: ">=", value: 0.8 }, "the tier was bulk-loaded"));
    else if (wanted("R6")) {
      log("R6: import rate, kgx's writer against a plain UNWIND loader");
      rows.push(...(await measureImportRate(neo4j.db, importGraph(options, graph), options.plan)));
    }
    let load: BenchResult["load"];
    if (imported) {
      // The store is ready when the schema's indexes are built over it: that belongs to the load.
      const seconds = imported.seconds + (performance.now() - schemaStarted) / 1000;
      load = { rows: imported.rows, seconds, rowsPerSecond: imported.rows / seconds, method: "admin-import" };
    } else {
      log("loading the tier through kgx's importer writer");
      load = { ...(await loadWithKgx(neo4j.db, graph, { progress: options.progress })), method: "kgx" };
    }
    log(
      `loaded ${load.rows} rows in ${load.seconds.toFixed(1)} s (${Math.round(load.rowsPerSecond)} rows/s)`,
    );
    const result: BenchResult = {
      tier: {
        name: tier.name,
        nodes: graph.nodes.length,
        relationships: graph.relationships.length,
        seed: options.seed,
      },
      environment: describeEnvironment(neo4j.version),
      load,
      plan: { ...options.plan, throughputSeconds: options.throughputSeconds },
      rows,
      profiles: [],
      partial: true,
    };
    const save = async () => {
      rows.sort((a, b) => Number(a.measure.slice(1)) - Number(b.measure.slice(1)));
      // The load average when the last figure was taken; the start names the run, its file and its commit.
      const { machine } = describeEnvironment(neo4j.version);
      result.environment.machine.loadAverage = machine.loadAverage;
      await options.save?.(result);
    };
    await save();
    log("PROFILE of every named query");
    result.profiles = await planNamedQueries(neo4j.db, graph.landmarks, "PROFILE");
    await save();
    const kgx = await startKgxServer(neo4j.target);
    const context: BenchContext = { ...options, neo4j, graph, kgx };
    try {
      for (const measure of measures.filter((m) => wanted(m.id) || (m.id === "R7" && wanted("R8")))) {
        log(`${measure.id}: ${measure.what}`);
        try {
          rows.push(...(await measure.run(context)));
        } catch (error) {
          const reason = (error as Error).message.split("\n")[0] ?? "";
          rows.push(notMeasured(measure.id, measure.what, measure.target, reason));
        }
        await save();
      }
    } finally {
      await kgx.stop();
    }
    result.partial = false;
    await save();
    return result;
  } finally {
    await neo4j.stop();
    // The embedded Neo4j removes only a folder it made itself.
    if (home) await rm(home, { recursive: true, force: true });
  }
}
