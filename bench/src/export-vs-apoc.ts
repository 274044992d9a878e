/**
 * kgx's Cypher export against `apoc.export.cypher.all`, side by side on one Neo4j: export time and peak resident
 * memory of the exporting client (and of Neo4j's JVM), then the time cypher-shell takes to load each script into
 * an empty second Neo4j. Timings are recorded, never asserted. Writes bench/results/export-vs-apoc/<stamp>-<graph>.json
 * and prints the same JSON.
 *
 *   node bench/dist/export-vs-apoc.js                     # the article graph
 *   node bench/dist/export-vs-apoc.js --tier M [--seed 7]  # a generated graph (100k nodes, 500k relationships)
 *     [--rounds 3] [--out <folder>]
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import type { Neo4jTarget } from "@kgx/server/dist/neo4j/database.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import { loadBenchGraph } from "./harness/bench-graph.js";
import { timed } from "./harness/compare.js";
import { describeEnvironment } from "./harness/environment.js";
import { peakResident } from "./harness/memory.js";
import { startBenchNeo4j, wipeDatabase } from "./harness/neo4j.js";
import { startProgramOrExit } from "./harness/program.js";
import { median } from "./harness/stats.js";

const program = startProgramOrExit({
  name: "export-vs-apoc",
  tier: "article",
  options: { rounds: { type: "string", default: "3" } },
});

interface Run {
  ms: number;
  clientPeakMiB: number;
  neo4jPeakMiB: number;
  bytes: number;
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
  const run = () =>
    new Promise<void>((resolve, reject) => {
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
    });
  const { value, peaksMiB } = await peakResident(
    () => (childPid ? [childPid, neo4jPid] : [neo4jPid]),
    () => timed(run),
  );
  return {
    ms: value.ms,
    clientPeakMiB: peaksMiB.get(childPid) ?? 0,
    neo4jPeakMiB: peaksMiB.get(neo4jPid) ?? 0,
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

async function main(): Promise<void> {
  const tier = program.tier;
  const memory = tier ?? { heap: "1g", pageCache: "256m" };
  const work = await mkdtemp(join(os.tmpdir(), "kgx-export-bench-files-"));
  const source = await startBenchNeo4j(memory);
  const empty = await startBenchNeo4j(memory);
  try {
    const graph = await loadBenchGraph(source.db, program);
    const env = {
      NEO4J_URI: source.target.uri,
      NEO4J_PASSWORD: source.target.password,
      NEO4J_USER: "neo4j",
      NEO4J_DATABASE: "neo4j",
    };
    const environment = describeEnvironment(source.version);
    const { machine } = environment;
    const summary = {
      graph: graph.description,
      neo4j: source.version,
      machine: `${machine.cores} cores, ${Math.round(machine.memoryGiB)} GiB, load ${machine.loadAverage[0]?.toFixed(1)}`,
      environment,
      exportMs: {} as Record<"kgxCli" | "kgxClient" | "apoc", number>,
      clientPeakMiB: {} as Record<"kgxClient" | "kgx" | "apoc", number>,
      neo4jPeakMiB: {} as Record<"kgx" | "apoc", number>,
      scriptBytes: {} as Record<"kgx" | "apoc", number | undefined>,
      loadMs: {} as Record<"kgx" | "apoc", number>,
      rounds: [] as { round: number; kgx: Run; kgxClient: Run; apoc: Run }[],
      loads: { kgx: [] as number[], apoc: [] as number[] },
    };
    const result = await program.openResult(summary);
    program.log(`writing ${result.file}`);
    const kgxFile = join(work, "kgx.cypher");
    const apocFile = join(work, "apoc.cypher");
    const sourcePid = source.pid ?? 0;
    const rounds = Number(program.values.rounds);
    const results = summary.rounds;
    for (let round = 0; round < rounds; round++) {
      program.log(`export round ${round + 1} of ${rounds}`);
      const kgx = await measureChild(
        process.execPath,
        [repoPath("server", "dist", "cli.js"), "export", "-o", kgxFile],
        env,
        sourcePid,
        kgxFile,
      );
      const apoc = await measureChild(
        process.execPath,
        ["--input-type=module", "-e", apocClient, apocFile],
        env,
        sourcePid,
        apocFile,
      );
      const kgxLibraryFile = join(work, "kgx-client.cypher");
      const kgxLibrary = ["--input-type=module", "-e", kgxClient, kgxLibraryFile];
      const kgxClientRun = await measureChild(process.execPath, kgxLibrary, env, sourcePid, kgxLibraryFile);
      results.push({ round, kgx, kgxClient: kgxClientRun, apoc });
      await result.save();
    }
    const loads = summary.loads;
    for (let round = 0; round < Math.min(rounds, 3); round++) {
      for (const side of round % 2 === 0 ? (["kgx", "apoc"] as const) : (["apoc", "kgx"] as const)) {
        program.log(`loading ${side}'s script with cypher-shell`);
        await wipeDatabase(empty.db, "data and schema");
        loads[side].push(await loadWithCypherShell(empty.target, side === "kgx" ? kgxFile : apocFile));
        await result.save();
      }
    }
    summary.exportMs = {
      kgxCli: median(results.map((r) => r.kgx.ms)),
      kgxClient: median(results.map((r) => r.kgxClient.ms)),
      apoc: median(results.map((r) => r.apoc.ms)),
    };
    summary.clientPeakMiB = {
      kgxClient: Math.max(...results.map((r) => r.kgxClient.clientPeakMiB)),
      kgx: Math.max(...results.map((r) => r.kgx.clientPeakMiB)),
      apoc: Math.max(...results.map((r) => r.apoc.clientPeakMiB)),
    };
    summary.neo4jPeakMiB = {
      kgx: Math.max(...results.map((r) => r.kgx.neo4jPeakMiB)),
      apoc: Math.max(...results.map((r) => r.apoc.neo4jPeakMiB)),
    };
    summary.scriptBytes = { kgx: results[0]?.kgx.bytes, apoc: results[0]?.apoc.bytes };
    summary.loadMs = { kgx: median(loads.kgx), apoc: median(loads.apoc) };
    await result.save();
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await source.stop();
    await empty.stop();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
