import type { Database } from "@kgx/server/dist/neo4j/database.js";
import type { BenchContext } from "../harness/context.js";
import { peakResident } from "../harness/memory.js";
import { wipeDatabase } from "../harness/neo4j.js";
import { notMeasured, type ResultRow, resultRow } from "../harness/result.js";
import { median } from "../harness/stats.js";

async function kgxExport(url: string, stderrTail: () => string): Promise<string> {
  const response = await fetch(new URL("/export/cypher", url));
  if (!response.ok)
    throw new Error(`GET /export/cypher answered ${response.status}: ${await response.text()}`);
  const chunks: string[] = [];
  let bytes = 0;
  const decoder = new TextDecoder();
  try {
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      bytes += part.value.byteLength;
      chunks.push(decoder.decode(part.value, { stream: true }));
    }
  } catch (error) {
    const cause = (error as Error).message;
    throw new Error(
      `kgx's export was cut off after ${(bytes / 2 ** 20).toFixed(1)} MiB (${cause}); kgx: ${stderrTail() || "no message"}`,
    );
  }
  return chunks.join("") + decoder.decode();
}

async function apocExport(db: Database): Promise<string> {
  const { records } = await db.driver.executeQuery(
    "CALL apoc.export.cypher.all(null, {stream: true, format: 'plain'}) YIELD cypherStatements RETURN cypherStatements",
    {},
    db.queryConfig("READ"),
  );
  return records.map((record) => String(record.get("cypherStatements"))).join("\n");
}

/** How long one script load may take before R8 gives up on it. */
const reloadBudgetMs = 600_000;

/** Runs a script statement by statement, each in its own auto-commit transaction (schema and data cannot mix). */
async function loadScript(db: Database, statements: string[]): Promise<void> {
  const session = db.driver.session({ database: db.name });
  const started = performance.now();
  try {
    for (const [i, statement] of statements.entries()) {
      if (performance.now() - started > reloadBudgetMs) {
        throw new Error(
          `loading did not finish within ${reloadBudgetMs / 1000} s (${i} of ${statements.length} statements)`,
        );
      }
      await session.run(statement);
    }
  } finally {
    await session.close();
  }
}

/** kgx ends every statement with `;` on its own line; APOC's plain format ends them with `;` at a line's end. */
const kgxStatements = (script: string) =>
  script
    .split(/\n;\n/)
    .map((s) => s.replace(/^(\s*\/\/.*\n)+/g, "").trim())
    .filter((s) => s && !/^\/\//.test(s));
const apocStatements = (script: string) =>
  script
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ""))
    .filter(Boolean);

/**
 * R7: whole-graph Cypher export through kgx's HTTP route (time, and the kgx process's peak resident memory) against
 * `apoc.export.cypher.all` streamed through the driver. R8: loading each script into an empty second Neo4j.
 */
export async function measureExport(context: BenchContext): Promise<ResultRow[]> {
  const kgxTimes: number[] = [];
  const apocTimes: number[] = [];
  const peaks: number[] = [];
  let kgxScript = "";
  let apocScript = "";
  // Above S an export takes minutes: no warm-up round there (the first repeat warms the page cache for both).
  const warmup = context.graph.nodes.length > 10_000 ? 0 : Math.min(context.plan.warmup, 1);
  for (let round = -warmup; round < context.plan.repeats; round++) {
    let started = performance.now();
    const { value, peaksMiB } = await peakResident(
      () => [context.kgx.pid],
      () => kgxExport(context.kgx.url, context.kgx.stderrTail),
    );
    const kgxMs = performance.now() - started;
    started = performance.now();
    apocScript = await apocExport(context.neo4j.db);
    const apocMs = performance.now() - started;
    kgxScript = value;
    if (round >= 0) {
      kgxTimes.push(kgxMs);
      apocTimes.push(apocMs);
      peaks.push(peaksMiB.get(context.kgx.pid) ?? Number.NaN);
    }
  }
  const rows = [
    resultRow(
      "R7",
      "whole-graph Cypher export, time (median)",
      "ms",
      {
        kgx: median(kgxTimes),
        baseline: median(apocTimes),
      },
      { op: "<=", value: 1.5 },
      {
        note: `kgx ${Math.round(kgxScript.length / 1024)} KiB, APOC ${Math.round(apocScript.length / 1024)} KiB`,
        details: { kgxTimes, apocTimes },
      },
    ),
    {
      measure: "R7",
      what: "kgx process peak resident memory during the export",
      unit: "MiB",
      kgx: Math.max(...peaks),
      baseline: null,
      ratio: null,
      target: "flat across S, M, L",
      met: null,
      note: "compare across tiers",
    } satisfies ResultRow,
  ];
  context.exports = { kgx: kgxStatements(kgxScript), apoc: apocStatements(apocScript) };
  return rows;
}

/** Above this many rows, R8 (statement by statement) takes too long for one run on a shared machine. */
const reloadRowLimit = 60_000;

/**
 * R8: loads each script R7 exported into the emptied benchmark database (data deleted, schema dropped), one after
 * the other, and compares the times. It runs last, because it replaces the tier's graph.
 */
export async function measureReload(context: BenchContext): Promise<ResultRow[]> {
  if (!context.exports) throw new Error("R7 exported no scripts to load");
  const { kgx, apoc } = context.exports;
  const empty = context.neo4j;
  const rows = context.graph.nodes.length + context.graph.relationships.length;
  if (rows > reloadRowLimit) {
    return [
      notMeasured(
        "R8",
        "loading the export into an empty database",
        { op: "<=", value: 0.5 },
        `${rows} rows is above the ${reloadRowLimit} this harness reloads (time)`,
      ),
    ];
  }
  const kgxTimes: number[] = [];
  const apocTimes: number[] = [];
  // One load of each: on S, two loads already take minutes on a shared 2-core machine.
  for (let round = 0; round < 1; round++) {
    for (const side of round % 2 === 0 ? (["kgx", "apoc"] as const) : (["apoc", "kgx"] as const)) {
      await wipeDatabase(empty.db, "data and schema");
      const started = performance.now();
      try {
        await loadScript(empty.db, side === "kgx" ? kgx : apoc);
      } catch (error) {
        const reason = `${side === "kgx" ? "kgx's" : "APOC's"} script: ${(error as Error).message.split("\n")[0]}`;
        return [
          notMeasured("R8", "loading the export into an empty database", { op: "<=", value: 0.5 }, reason),
        ];
      }
      (side === "kgx" ? kgxTimes : apocTimes).push(performance.now() - started);
    }
  }
  return [
    resultRow(
      "R8",
      "loading the export into an empty database (median)",
      "ms",
      {
        kgx: median(kgxTimes),
        baseline: median(apocTimes),
      },
      { op: "<=", value: 0.5 },
      {
        note: `${kgx.length} kgx statements, ${apoc.length} APOC statements`,
        details: { kgxTimes, apocTimes },
      },
    ),
  ];
}
