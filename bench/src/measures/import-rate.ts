import type { Database } from "@kgx/server/dist/neo4j/database.js";
import type { GeneratedGraph } from "../generate/graph.js";
import { loadWithKgx } from "../generate/load.js";
import { loadPlain } from "../generate/plain-load.js";
import type { Plan } from "../harness/compare.js";
import { wipeDatabase } from "../harness/neo4j.js";
import { type ResultRow, resultRow } from "../harness/result.js";
import { median } from "../harness/stats.js";

/**
 * R6: rows per second of kgx's importer writer against a plain batched UNWIND loader, each loading `graph` into
 * the emptied database (schema kept), interleaved, the first round discarded. Leaves the database empty.
 */
export async function measureImportRate(
  db: Database,
  graph: GeneratedGraph,
  plan: Plan,
): Promise<ResultRow[]> {
  const kgx: number[] = [];
  const plain: number[] = [];
  for (let round = -Math.min(plan.warmup, 1); round < plan.repeats; round++) {
    const order = round % 2 === 0 ? (["kgx", "plain"] as const) : (["plain", "kgx"] as const);
    for (const side of order) {
      await wipeDatabase(db, "data");
      const report =
        side === "kgx" ? await loadWithKgx(db, graph, { progress: false }) : await loadPlain(db, graph);
      if (round >= 0) (side === "kgx" ? kgx : plain).push(report.rowsPerSecond);
    }
  }
  await wipeDatabase(db, "data");
  const rows = graph.nodes.length + graph.relationships.length;
  return [
    resultRow(
      "R6",
      `import rate, ${rows} rows (rows/s, median)`,
      "rows/s",
      {
        kgx: median(kgx),
        baseline: median(plain),
      },
      { op: ">=", value: 0.8 },
      { details: { kgx, plain } },
    ),
  ];
}
