#!/usr/bin/env node
/**
 * `pnpm bench [-- --tier S --seed 7 --repeats 3 --only R1,R4]`: runs the benchmark on one tier and writes
 * bench/results/<date>-<tier>.json and .md.
 */
import { parseArgs } from "node:util";
import { repoPath } from "@kgx/server/dist/paths.js";
import { runBenchmark } from "./benchmark.js";
import { tierNamed } from "./generate/tiers.js";
import { markdownTable, writeResult } from "./harness/report.js";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "S" },
    seed: { type: "string", default: "7" },
    warmup: { type: "string", default: "1" },
    repeats: { type: "string", default: "3" },
    samples: { type: "string", default: "20" },
    seconds: { type: "string", default: "5" },
    only: { type: "string", default: "" },
    out: { type: "string", default: repoPath("bench", "results") },
  },
});

const started = performance.now();
const log = (line: string) =>
  process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(1)} s]: ${line}\n`);
try {
  const result = await runBenchmark({
    tier: tierNamed(values.tier),
    seed: Number(values.seed),
    plan: { warmup: Number(values.warmup), repeats: Number(values.repeats), samples: Number(values.samples) },
    throughputSeconds: Number(values.seconds),
    only: values.only ? values.only.split(",").map((s) => s.trim().toUpperCase()) : [],
    log,
    progress: process.stderr.isTTY,
  });
  const file = await writeResult(values.out, result);
  process.stdout.write(`${markdownTable(result.rows)}\n\nwritten to ${file}\n`);
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
