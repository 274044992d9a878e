import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import { readOrCreatePassword } from "@kgx/server/dist/neo4j/password.js";
import { importWithAdminTool } from "../generate/admin-import.js";
import type { GeneratedGraph } from "../generate/graph.js";
import { type LoadReport, loadWithKgx } from "../generate/load.js";
import { satisfyIntegrityChecks } from "../generate/satisfy-checks.js";
import type { Tier } from "../generate/tiers.js";
import { startBenchNeo4j } from "./neo4j.js";

/** How to fill the store: kgx's importer writer through Bolt, or neo4j-admin's offline import of kgx's CSV. */
export type LoadMethod = "kgx" | "admin-import";

/** A kgx data folder (KGX_DATA_DIR) whose embedded Neo4j holds a generated tier, stopped cleanly. */
export interface TierDataDir {
  dir: string;
  /** The load that filled the cached copy (when it was made, possibly by an earlier run). */
  load: LoadReport & { method?: LoadMethod; violationsLeft?: number };
  /** Seconds this run spent: the load, or only copying the cache. */
  preparedSeconds: number;
  fromCache: boolean;
  remove(): Promise<void>;
}

/**
 * Loads the tier into `<cache>/neo4j` exactly where `kgx start` looks for its store (same password file), through
 * kgx's importer writer, then stops that Neo4j cleanly; kgx started on the folder finds a non-empty database and
 * seeds nothing. The loaded folder is kept (`os.tmpdir()/kgx-bench-tier-<tier>-seed<seed>`) and each run works on
 * a copy, because a soak changes and crashes its store and M takes minutes to load.
 */
export async function prepareTierDataDir(
  tier: Tier,
  graph: GeneratedGraph,
  options: { fresh?: boolean; method?: LoadMethod; log: (line: string) => void },
): Promise<TierDataDir> {
  const started = performance.now();
  const cache = join(os.tmpdir(), `kgx-bench-tier-${tier.name}-seed${graph.seed}`);
  // A new marker name: folders loaded before the integrity-check fix-up, or before every node had the common label
  // Kgx, are loaded again.
  const marker = join(cache, "loaded-kgx-label.json");
  let load = options.fresh
    ? undefined
    : await readFile(marker, "utf8").then(
        (text) => JSON.parse(text) as TierDataDir["load"],
        () => undefined,
      );
  const fromCache = load !== undefined;
  if (!load) {
    const method = options.method ?? "kgx";
    options.log(`loading tier ${tier.name} into ${cache} with ${method} (kept for later runs)`);
    await rm(cache, { recursive: true, force: true });
    await mkdir(cache, { recursive: true });
    load = { ...(await loadInto(join(cache, "neo4j"), tier, graph, method, options.log)), method };
    await writeFile(marker, `${JSON.stringify(load)}\n`);
    options.log(`loaded ${load.rows} rows in ${load.seconds.toFixed(1)} s`);
  } else {
    options.log(`copying the loaded tier from ${cache} (loaded earlier in ${load.seconds.toFixed(1)} s)`);
    if (load.violationsLeft)
      options.log(
        `it has ${load.violationsLeft} integrity check violations: kgx will refuse every mutation (--fresh)`,
      );
  }
  const dir = await mkdtemp(join(os.tmpdir(), `kgx-soak-data-${tier.name}-`));
  await cp(join(cache, "neo4j"), join(dir, "neo4j"), { recursive: true });
  return {
    dir,
    load,
    preparedSeconds: (performance.now() - started) / 1000,
    fromCache,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function loadInto(
  home: string,
  tier: Tier,
  graph: GeneratedGraph,
  method: LoadMethod,
  log: (line: string) => void,
): Promise<LoadReport & { violationsLeft: number }> {
  const started = performance.now();
  const imported = method === "admin-import" ? await importWithAdminTool(home, graph) : undefined;
  await rm(join(home, "import-csv"), { recursive: true, force: true });
  const password = await readOrCreatePassword(join(home, "password"));
  const neo4j = await startBenchNeo4j(tier, { home, password });
  const { db } = neo4j;
  try {
    await applySchema(db);
    const load = imported ?? (await loadWithKgx(db, graph, { progress: process.stderr.isTTY }));
    // After an import the schema is new: wait for its indexes (search needs the full-text one).
    await db.driver.executeQuery("CALL db.awaitIndexes(1200)", {}, db.queryConfig("READ"));
    const seconds = (performance.now() - started) / 1000;
    const left = await satisfyIntegrityChecks(db, graph);
    if (left > 0) log(`${left} integrity check violations remain: kgx will refuse every mutation`);
    log(
      `loaded in ${seconds.toFixed(1)} s, made to pass the integrity checks in ${((performance.now() - started) / 1000 - seconds).toFixed(1)} s`,
    );
    return { rows: load.rows, seconds, rowsPerSecond: load.rows / seconds, violationsLeft: left };
  } finally {
    await neo4j.stop();
  }
}
