import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { QueryPlan } from "../plans/profile.js";
import type { Environment } from "./environment.js";
import type { ResultRow } from "./result.js";

/** Everything one run measured, as written to bench/results/<date>-<tier>.json. */
export interface BenchResult {
  tier: { name: string; nodes: number; relationships: number; seed: number };
  environment: Environment;
  /** The load of the tier through kgx's importer writer. */
  load: { rows: number; seconds: number; rowsPerSecond: number; method?: "kgx" | "admin-import" };
  plan: { warmup: number; repeats: number; samples: number; throughputSeconds: number };
  rows: ResultRow[];
  profiles: QueryPlan[];
  /** True while the run is under way (or when it was cut short): the rows are those finished so far. */
  partial?: boolean;
}

const format = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value)
    ? "–"
    : value >= 100
      ? Math.round(value).toString()
      : value.toFixed(digits);

/** The results as a Markdown table: kgx, baseline, ratio, target, met. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const lines = ["| # | what | kgx | baseline | ratio | target | met |", "|---|---|---|---|---|---|---|"];
  for (const row of rows) {
    const met = row.met === null ? "–" : row.met ? "yes" : "**no**";
    const unit = row.unit ? ` ${row.unit}` : "";
    const note = row.note ? ` (${row.note})` : "";
    lines.push(
      `| ${row.measure} | ${row.what}${note} | ${format(row.kgx)}${row.kgx === null ? "" : unit} | ${format(row.baseline)}${row.baseline === null ? "" : unit} | ${format(row.ratio, 2)} | ${row.target} | ${met} |`,
    );
  }
  return lines.join("\n");
}

/** The PROFILE db hits of the named queries as a Markdown table. */
export function profileTable(profiles: readonly QueryPlan[]): string {
  const lines = ["| query | db hits | ms | operators |", "|---|---|---|---|"];
  for (const p of profiles) {
    const ops = p.error
      ? `error: ${p.error.split("\n")[0]}`
      : (p.skipped ?? [...new Set(p.operators)].join(", "));
    lines.push(`| ${p.file} ${p.name} | ${p.dbHits ?? "–"} | ${format(p.ms ?? null)} | ${ops} |`);
  }
  return lines.join("\n");
}

/** Writes the JSON and Markdown of a run into `folder`; returns the JSON's path. */
export async function writeResult(folder: string, result: BenchResult): Promise<string> {
  await mkdir(folder, { recursive: true });
  const base = join(folder, `${result.environment.measuredAt.slice(0, 10)}-${result.tier.name}`);
  await writeFile(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  const { machine, versions } = result.environment;
  const markdown = [
    `# kgx benchmark, tier ${result.tier.name} (${result.tier.nodes} nodes, ${result.tier.relationships} relationships, seed ${result.tier.seed})`,
    "",
    ...(result.partial
      ? ["**Partial:** the run had not finished when this was written; the rows are those it measured.", ""]
      : []),
    `Measured ${result.environment.measuredAt} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
      `load average ${machine.loadAverage.join(" ")}; Node ${versions.node}, Neo4j ${versions.neo4j}, ` +
      `kgx ${versions.kgxCommit}${versions.kgxTreeDirty ? " (uncommitted changes)" : ""}.`,
    `Load through ${result.load.method === "admin-import" ? "neo4j-admin database import of kgx's CSV (with the schema's indexes)" : "kgx's importer"}: ${result.load.rows} rows in ${result.load.seconds.toFixed(1)} s ` +
      `(${Math.round(result.load.rowsPerSecond)} rows/s). Plan: ${result.plan.warmup} warm-up, ` +
      `${result.plan.repeats} repeats × ${result.plan.samples} samples; throughput runs ${result.plan.throughputSeconds} s.`,
    "",
    markdownTable(result.rows),
    "",
    "## PROFILE of the named queries",
    "",
    profileTable(result.profiles),
    "",
  ].join("\n");
  await writeFile(`${base}.md`, markdown);
  return `${base}.json`;
}
