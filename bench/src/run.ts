#!/usr/bin/env node
/**
 * `pnpm bench [--tier S --seed 7 --repeats 3 --only R1,R4]`: runs the benchmark on one tier and writes
 * bench/results/<date>-<tier>.json and .md.
 */
import { repoPath } from "@kgx/server/dist/paths.js";
import { runBenchmark } from "./benchmark.js";
import { useExistingNeo4j } from "./harness/neo4j.js";
import { startProgramOrExit } from "./harness/program.js";
import { markdownTable, writeResult } from "./harness/report.js";
import type { LoadMethod } from "./harness/tier-data.js";

function envTarget() {
  const uri = process.env.NEO4J_URI;
  if (!uri)
    throw new Error("--existing-neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)");
  return {
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: process.env.NEO4J_DATABASE ?? "neo4j",
  };
}

function loadMethod(value: string): LoadMethod {
  if (value === "kgx" || value === "admin-import") return value;
  throw new Error(`--load ${value}: use kgx or admin-import`);
}

const program = startProgramOrExit({
  name: "bench",
  tier: "S",
  out: repoPath("bench", "results"),
  options: {
    warmup: { type: "string", default: "1" },
    repeats: { type: "string", default: "3" },
    samples: { type: "string", default: "20" },
    seconds: { type: "string", default: "5" },
    only: { type: "string", default: "" },
    // kgx (kgx's importer writer through Bolt) or admin-import (neo4j-admin database import of kgx's CSV).
    load: { type: "string", default: "kgx" },
    // Use the Neo4j of NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE instead of starting one (its data
    // is deleted).
    "existing-neo4j": { type: "boolean", default: false },
  },
});

const { values, log } = program;
try {
  const result = await runBenchmark({
    tier: program.requireTier(),
    seed: program.seed,
    plan: { warmup: Number(values.warmup), repeats: Number(values.repeats), samples: Number(values.samples) },
    throughputSeconds: Number(values.seconds),
    only: values.only ? values.only.split(",").map((s) => s.trim().toUpperCase()) : [],
    log,
    progress: process.stderr.isTTY,
    ...(values["existing-neo4j"] ? { neo4j: await useExistingNeo4j(envTarget()) } : {}),
    save: (partial) => writeResult(program.out, partial),
    load: loadMethod(values.load),
  });
  const file = await writeResult(program.out, result);
  process.stdout.write(`${markdownTable(result.rows)}\n\nwritten to ${file}\n`);
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
