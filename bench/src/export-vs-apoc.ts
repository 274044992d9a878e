/**
 * kgx's Cypher export against `apoc.export.cypher.all`, side by side on one Neo4j: export time and peak resident
 * memory of the exporting client (and of Neo4j's JVM), then the time cypher-shell takes to load each script into
 * an empty second Neo4j. Timings are printed, never asserted.
 *
 *   node bench/dist/export-vs-apoc.js            # the article graph
 *   node bench/dist/export-vs-apoc.js --tier M   # a generated graph (100k nodes, 500k relationships)
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { importDataset } from "@kgx/server/dist/import/import-dataset.js";
import { applySchema } from "@kgx/server/dist/import/schema.js";
import { Database, type Neo4jTarget } from "@kgx/server/dist/neo4j/database.js";
import { startEmbeddedNeo4j } from "@kgx/server/dist/neo4j/launcher.js";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import { generateGraph } from "./generate/graph.js";
import { loadWithKgx } from "./generate/load.js";
import { tierNamed } from "./generate/tiers.js";

interface Run {
  ms: number;
  clientPeakMiB: number;
  neo4jPeakMiB: number;
  bytes: number;
}

async function startNeo4j(heap: string, pageCache: string) {
  const home = await mkdtemp(join(os.tmpdir(), "kgx-export-bench-"));
  const password = randomBytes(12).toString("hex");
  const port = await freePort("127.0.0.1");
  const neo4j = await startEmbeddedNeo4j({
    home,
    password,
    port,
    heap,
    pageCache,
    startTimeoutMs: 240_000,
    log: () => {},
  });
  const target: Neo4jTarget = { uri: neo4j.uri, user: "neo4j", password, database: "neo4j" };
  const db = Database.open(target, 600_000);
  return {
    target,
    db,
    pid: neo4j.pid,
    version: neo4j.version,
    stop: async () => {
      await db.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Samples VmRSS of the given processes every 20 ms while `work` runs; returns the peaks in MiB. */
async function sampled(
  pids: () => number[],
  work: () => Promise<void>,
): Promise<{ ms: number; peaks: Map<number, number> }> {
  const peaks = new Map<number, number>();
  const sample = async () => {
    for (const pid of pids()) {
      const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, rss));
    }
  };
  const timer = setInterval(() => void sample(), 20);
  const started = performance.now();
  try {
    await work();
    return { ms: performance.now() - started, peaks };
  } finally {
    clearInterval(timer);
  }
}

/** Runs a command to completion while sampling its memory and Neo4j's. */
async function measureChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  neo4jPid: number,
  out: string,
): Promise<Run> {
  let childPid = 0;
  const { ms, peaks } = await sampled(
    () => (childPid ? [childPid, neo4jPid] : [neo4jPid]),
    () =>
      new Promise((resolve, reject) => {
        // From bench/, so that the APOC client's `import "neo4j-driver"` resolves.
        const child = spawn(command, args, {
          cwd: repoPath("bench"),
          env: { ...process.env, ...env },
          stdio: ["ignore", "ignore", "pipe"],
        });
        childPid = child.pid ?? 0;
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
        });
        child.once("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`${command} failed: ${stderr}`)),
        );
      }),
  );
  return {
    ms,
    clientPeakMiB: peaks.get(childPid) ?? 0,
    neo4jPeakMiB: peaks.get(neo4jPid) ?? 0,
    bytes: (await stat(out)).size,
  };
}

// The APOC side as a client would run it: stream the procedure's rows through the driver into a file.
const apocClient = `
import { createWriteStream } from "node:fs";
import neo4j from "neo4j-driver";
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD));
const out = createWriteStream(process.argv[1]);
const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
const tx = session.beginTransaction({ timeout: 3600000 });
const result = tx.run("CALL apoc.export.cypher.all(null, {stream: true, format: 'cypher-shell'}) YIELD cypherStatements RETURN cypherStatements");
for await (const record of result) if (!out.write(record.get("cypherStatements") + "\\n")) await new Promise((r) => out.once("drain", r));
await tx.commit(); await session.close(); await driver.close();
await new Promise((r) => out.end(r));
`;

// kgx's exporter on the same footing as the APOC client: a small script, without the CLI around it.
const kgxClient = `
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { Database } from "@kgx/server/dist/neo4j/database.js";
import { withGraphSnapshot } from "@kgx/server/dist/export/graph-snapshot.js";
import { cypherScript } from "@kgx/server/dist/export/cypher-script.js";
const db = Database.open({ uri: process.env.NEO4J_URI, user: "neo4j", password: process.env.NEO4J_PASSWORD, database: "neo4j" }, 600000);
await withGraphSnapshot(db, { kind: "all" }, (graph) =>
  pipeline(Readable.from(cypherScript(graph, { mode: "create", scope: "the whole graph" })), createWriteStream(process.argv[1])));
await db.close();
`;

async function loadWithCypherShell(target: Neo4jTarget, file: string): Promise<number> {
  const lib = repoPath("neo4j", "cypher-shell", "target", "lib");
  const args = [
    "-cp",
    `${lib}/*`,
    "org.neo4j.shell.Main",
    "-a",
    target.uri,
    "-d",
    "neo4j",
    "--fail-fast",
    "-f",
    file,
  ];
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn("java", args, {
      env: { ...process.env, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: target.password },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`cypher-shell failed: ${stderr.slice(0, 500)}`)),
    );
  });
  return performance.now() - started;
}

async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  for (const show of [
    "SHOW CONSTRAINTS YIELD name",
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  ]) {
    const { records } = await db.driver.executeQuery(show, {}, db.queryConfig("WRITE"));
    const kind = show.includes("CONSTRAINTS") ? "CONSTRAINT" : "INDEX";
    for (const r of records)
      await db.driver.executeQuery(
        `DROP ${kind} \`${String(r.get("name")).replaceAll("`", "``")}\` IF EXISTS`,
        {},
        db.queryConfig("WRITE"),
      );
  }
}

async function main(): Promise<void> {
  const tierArg = process.argv.indexOf("--tier");
  const tier = tierArg > 0 ? tierNamed(process.argv[tierArg + 1] ?? "") : undefined;
  const heap = tier?.heap ?? "1g";
  const pageCache = tier?.pageCache ?? "256m";
  const work = await mkdtemp(join(os.tmpdir(), "kgx-export-bench-files-"));
  const source = await startNeo4j(heap, pageCache);
  const empty = await startNeo4j(heap, pageCache);
  try {
    await applySchema(source.db);
    if (tier) await loadWithKgx(source.db, generateGraph(tier.nodes, tier.relationships, 42));
    else await importDataset(source.db, repoPath("data", "article.yaml"));
    const env = {
      NEO4J_URI: source.target.uri,
      NEO4J_PASSWORD: source.target.password,
      NEO4J_USER: "neo4j",
      NEO4J_DATABASE: "neo4j",
    };
    const kgxFile = join(work, "kgx.cypher");
    const apocFile = join(work, "apoc.cypher");
    const rounds = Number(process.env.ROUNDS ?? 3);
    const results: { round: number; kgx: Run; kgxClient: Run; apoc: Run }[] = [];
    for (let round = 0; round < rounds; round++) {
      const kgx = await measureChild(
        process.execPath,
        [repoPath("server", "dist", "cli.js"), "export", "-o", kgxFile],
        env,
        source.pid,
        kgxFile,
      );
      const apoc = await measureChild(
        process.execPath,
        ["--input-type=module", "-e", apocClient, apocFile],
        env,
        source.pid,
        apocFile,
      );
      const kgxLibraryFile = join(work, "kgx-client.cypher");
      const kgxLibrary = ["--input-type=module", "-e", kgxClient, kgxLibraryFile];
      const kgxClientRun = await measureChild(process.execPath, kgxLibrary, env, source.pid, kgxLibraryFile);
      results.push({ round, kgx, kgxClient: kgxClientRun, apoc });
    }
    const loads = { kgx: [] as number[], apoc: [] as number[] };
    for (let round = 0; round < Math.min(rounds, 3); round++) {
      for (const side of round % 2 === 0 ? (["kgx", "apoc"] as const) : (["apoc", "kgx"] as const)) {
        await emptyDatabase(empty.db);
        loads[side].push(await loadWithCypherShell(empty.target, side === "kgx" ? kgxFile : apocFile));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    const summary = {
      graph: tier
        ? `generated tier ${tier.name} (${tier.nodes} nodes, ${tier.relationships} relationships)`
        : "article graph",
      neo4j: source.version,
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]?.toFixed(1)}`,
      exportMs: {
        kgxCli: median(results.map((r) => r.kgx.ms)),
        kgxClient: median(results.map((r) => r.kgxClient.ms)),
        apoc: median(results.map((r) => r.apoc.ms)),
      },
      clientPeakMiB: {
        kgxClient: Math.max(...results.map((r) => r.kgxClient.clientPeakMiB)),
        kgx: Math.max(...results.map((r) => r.kgx.clientPeakMiB)),
        apoc: Math.max(...results.map((r) => r.apoc.clientPeakMiB)),
      },
      neo4jPeakMiB: {
        kgx: Math.max(...results.map((r) => r.kgx.neo4jPeakMiB)),
        apoc: Math.max(...results.map((r) => r.apoc.neo4jPeakMiB)),
      },
      scriptBytes: { kgx: results[0]?.kgx.bytes, apoc: results[0]?.apoc.bytes },
      loadMs: { kgx: median(loads.kgx), apoc: median(loads.apoc) },
      rounds: results,
      loads,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await source.stop();
    await empty.stop();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
