import { type ImportSummary, writeNodes, writeRelationships } from "@kgx/server/dist/import/write-graph.js";
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import cliProgress from "cli-progress";
import type { GeneratedGraph } from "./graph.js";

/** How a load went: rows written and the time it took. */
export interface LoadReport {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Rows per transaction: the importer batches 1000 rows per UNWIND inside each of these. */
const transactionRows = 10_000;

/**
 * Loads a generated graph through kgx's own importer writer (writeNodes, writeRelationships), in transactions
 * of `transactionRows` rows, with a progress bar on stderr that shows the rate. The schema must be applied first.
 */
export async function loadWithKgx(
  db: Database,
  graph: GeneratedGraph,
  options: { progress?: boolean } = {},
): Promise<LoadReport> {
  const total = graph.nodes.length + graph.relationships.length;
  const bar = new cliProgress.SingleBar(
    {
      format: "  loading |{bar}| {value}/{total} rows, {rate} rows/s, eta {eta_formatted}",
      stream: process.stderr,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const show = options.progress ?? process.stderr.isTTY;
  const started = performance.now();
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    const seconds = (performance.now() - started) / 1000;
    if (show) bar.update(done, { rate: Math.round(done / Math.max(seconds, 0.001)) });
  };
  if (show) bar.start(total, 0, { rate: 0 });
  const summary: ImportSummary = { nodes: {}, relationships: {} };
  try {
    for (let i = 0; i < graph.nodes.length; i += transactionRows) {
      const chunk = graph.nodes.slice(i, i + transactionRows);
      await db.write((tx) => writeNodes(tx, chunk, summary, progress), 600_000);
    }
    for (let i = 0; i < graph.relationships.length; i += transactionRows) {
      const chunk = graph.relationships.slice(i, i + transactionRows);
      await db.write((tx) => writeRelationships(tx, chunk, summary, progress), 600_000);
    }
  } finally {
    if (show) bar.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows: total, seconds, rowsPerSecond: total / seconds };
}
