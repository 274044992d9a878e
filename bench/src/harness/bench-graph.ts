import { importDataset } from "@kgx/server/dist/import/import-dataset.js";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import { type GeneratedGraph, generateGraph } from "../generate/graph.js";
import { type LoadReport, loadWithKgx } from "../generate/load.js";
import type { Tier } from "../generate/tiers.js";

/** The graph a program measures, as loaded: the generated tier (undefined for the article graph) and the load. */
export interface BenchGraph {
  /** "generated tier S (10000 nodes, 50000 relationships, seed 7)" or "article graph". */
  description: string;
  generated: GeneratedGraph | undefined;
  load: LoadReport;
}

/**
 * Applies kgx's schema, then loads the tier's generated graph through kgx's importer writer, or, without a tier,
 * the article graph (data/article.yaml) through `kgx import`'s code.
 */
export async function loadBenchGraph(
  db: Database,
  program: { tier: Tier | undefined; seed: number; log: (line: string) => void },
): Promise<BenchGraph> {
  const { tier, seed, log } = program;
  await applySchema(db);
  if (!tier) {
    const started = performance.now();
    const summary = await importDataset(db, repoPath("data", "article.yaml"));
    const rows = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].reduce(
      (sum, counts) => sum + counts.created + counts.updated + counts.unchanged,
      0,
    );
    const seconds = (performance.now() - started) / 1000;
    log(`loaded the article graph: ${rows} rows in ${seconds.toFixed(1)} s`);
    return {
      description: "article graph",
      generated: undefined,
      load: { rows, seconds, rowsPerSecond: rows / seconds },
    };
  }
  log(`generating tier ${tier.name}: ${tier.nodes} nodes, ${tier.relationships} relationships, seed ${seed}`);
  const generated = generateGraph(tier.nodes, tier.relationships, seed);
  const load = await loadWithKgx(db, generated, { progress: process.stderr.isTTY });
  log(`loaded ${load.rows} rows in ${load.seconds.toFixed(1)} s (${Math.round(load.rowsPerSecond)} rows/s)`);
  return {
    description: `generated tier ${tier.name} (${tier.nodes} nodes, ${tier.relationships} relationships, seed ${seed})`,
    generated,
    load,
  };
}
