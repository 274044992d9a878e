import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testNeo4jTarget, useCleanDatabase } from "../../server/test/neo4j.js";
import { runBenchmark } from "../src/benchmark.js";
import { useExistingNeo4j } from "../src/harness/neo4j.js";
import { writeResult } from "../src/harness/report.js";

// A smoke run of the whole harness on a tiny graph, one sample of everything, so that `pnpm bench` cannot rot.
// It checks that every measurement yields a row, never how fast anything is.
describe("the benchmark harness", () => {
  useCleanDatabase();
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  // Generous: a JVM on a shared 2-core machine can be slow; on an idle machine this takes well under a minute.
  it("produces a result row for every measurement of issue 7 and writes them as JSON and Markdown", {
    timeout: 400_000,
  }, async () => {
    const result = await runBenchmark({
      tier: { name: "smoke", nodes: 300, relationships: 1_200, heap: "512m", pageCache: "128m" },
      seed: 1,
      plan: { warmup: 0, repeats: 1, samples: 1 },
      throughputSeconds: 1,
      only: [],
      log: () => {},
      progress: false,
      neo4j: await useExistingNeo4j(testNeo4jTarget()),
    });
    const measures = new Set(result.rows.map((row) => row.measure));
    expect([...measures].sort()).toEqual(
      ["R1", "R10", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"].sort(),
    );
    const failed = result.rows.filter(
      (row) => ["R1", "R2", "R3", "R4", "R5", "R6"].includes(row.measure) && row.ratio === null,
    );
    expect(failed).toEqual([]);
    expect(result.profiles.filter((p) => p.error)).toEqual([]);

    out = await mkdtemp(join(os.tmpdir(), "kgx-bench-smoke-"));
    const file = await writeResult(out, result);
    expect(JSON.parse(await readFile(file, "utf8")).rows).toHaveLength(result.rows.length);
    expect(await readFile(file.replace(/\.json$/, ".md"), "utf8")).toContain("| R1 |");
  });
});
