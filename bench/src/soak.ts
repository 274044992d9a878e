#!/usr/bin/env node
/**
 * A soak with faults (issue 18): mixed load (neighbourhood, search, whole-graph exports, mutations with the write
 * token) against `kgx start` running its own embedded Neo4j on a loaded tier, while the harness freezes the JVM
 * (SIGSTOP, then SIGCONT), kills it (SIGKILL) and opens slow clients. Writes
 * bench/results/soak/<stamp>-<tier>.json as it goes and prints a Markdown summary at the end
 * (docs/reliability.md, docs/decisions/0051).
 *
 *   node bench/dist/soak.js --tier M --connections 8 --minutes 10 [--exports 1 --slow-clients 50]
 *     [--load kgx|admin-import] [--fresh]   (the loaded tier is kept in the temp folder and copied for each run)
 *     [--kgx-env KGX_QUERY_TIMEOUT_MS=60000]   (more settings for kgx, repeatable)
 *     [--prepare-only]   (load the tier into the kept folder and stop)
 */
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { generateGraph } from "./generate/graph.js";
import { describeEnvironment } from "./harness/environment.js";
import { startExportStreams } from "./harness/export-streams.js";
import { startProgramOrExit } from "./harness/program.js";
import { prepareTierDataDir } from "./harness/tier-data.js";
import { graceMs, runFaults, within } from "./soak/faults.js";
import { latencySummary, type SoakResult, summaryMarkdown } from "./soak/result.js";
import { KgxSupervisor } from "./soak/supervisor.js";
import { startTraffic } from "./soak/traffic.js";
import { checkWrites } from "./soak/verify.js";

const program = startProgramOrExit({
  name: "soak",
  tier: "S",
  options: {
    connections: { type: "string", default: "8" },
    minutes: { type: "string", default: "10" },
    exports: { type: "string", default: "1" },
    "slow-clients": { type: "string", default: "50" },
    "freeze-seconds": { type: "string", default: "10" },
    // Load the tier again instead of copying the folder an earlier run loaded.
    fresh: { type: "boolean", default: false },
    // How to load it: kgx's importer writer (kgx), or neo4j-admin's offline import of kgx's CSV (admin-import).
    load: { type: "string", default: "kgx" },
    // More settings for kgx, e.g. --kgx-env KGX_QUERY_TIMEOUT_MS=60000 (repeatable).
    "kgx-env": { type: "string", multiple: true, default: [] },
    // Only load the tier into the kept folder (to time it, or before the soaks), then stop.
    "prepare-only": { type: "boolean", default: false },
  },
});
const { values, log, stamp } = program;
const tier = program.requireTier();
const settings = {
  connections: Number(values.connections),
  minutes: Number(values.minutes),
  exportStreams: Number(values.exports),
  slowClients: Number(values["slow-clients"]),
  freezeSeconds: Number(values["freeze-seconds"]),
  kgxEnv: values["kgx-env"],
};
const kgxEnv = Object.fromEntries(
  values["kgx-env"].map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
);
const duration = settings.minutes * 60_000;
const warmUpMs = 120_000;

const graph = generateGraph(tier.nodes, tier.relationships, program.seed);
const of = (prefix: string) => graph.nodes.filter((n) => n.id.startsWith(prefix)).map((n) => n.id);
const ids = {
  entities: graph.nodes.filter((n) => n.labels[0] === "Entity").map((n) => n.id),
  persons: of("person:"),
  states: of("state:"),
  sources: of("source:"),
};
if (values.load !== "kgx" && values.load !== "admin-import") throw new Error("--load is kgx or admin-import");
const data = await prepareTierDataDir(tier, graph, { fresh: values.fresh, method: values.load, log });
if (values["prepare-only"]) {
  log(`prepared: ${JSON.stringify(data.load)} (this run: ${data.preparedSeconds.toFixed(1)} s)`);
  await data.remove();
  process.exit(0);
}
const token = randomBytes(16).toString("hex");
const kgxLog = join(os.tmpdir(), `kgx-soak-${stamp}.log`);
const supervisor = new KgxSupervisor(
  { dataDir: data.dir, tier, env: { ...kgxEnv, KGX_WRITE_TOKEN: `soak:${token}` }, logFile: kgxLog },
  log,
);
try {
  log(`starting kgx with its own Neo4j on ${data.dir} (log: ${kgxLog})`);
  const kgx = await supervisor.start();
  const live = await program.openResult<SoakResult>({
    what: "soak with faults: mixed load while the embedded Neo4j is frozen, killed, and slow clients connect",
    tier: {
      name: tier.name,
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      seed: graph.seed,
    },
    environment: describeEnvironment(kgx.neo4jVersion),
    settings,
    data: {
      preparedSeconds: data.preparedSeconds,
      fromCache: data.fromCache,
      loadMethod: data.load.method ?? "kgx",
      loadSeconds: data.load.seconds,
      loadRows: data.load.rows,
    },
    kgxLog,
    events: [],
    kgxExits: [],
    samples: [],
  });
  log(`writing ${live.file}`);
  const loadStartedAt = Date.now();
  const at = () => (Date.now() - loadStartedAt) / 1000;
  const event = (what: string) => {
    live.data.events.push({ atSeconds: at(), what });
    log(what);
    void live.save();
  };
  supervisor.onExit = (exit, tail) => {
    live.data.kgxExits.push({ atSeconds: at(), code: exit.code, signal: exit.signal, logTail: tail });
    event(`kgx exited (code ${exit.code}, signal ${exit.signal}); the harness restarts it`);
  };
  supervisor.onRestart = (seconds) =>
    event(`kgx restarted by the harness, ready after ${seconds.toFixed(1)} s`);

  // Bounded: every loop stops at the deadline even if the schedule below were to hang.
  const traffic = startTraffic({
    url: kgx.url,
    connections: settings.connections,
    writeToken: token,
    ids,
    runId: stamp.replaceAll(/[^0-9]/g, ""),
    deadline: loadStartedAt + warmUpMs + duration + graceMs + 60_000,
    // Longer than kgx's own query timeout, so that kgx, not the client, decides when a request has failed.
    timeoutMs: Math.max(30_000, Number(kgxEnv.KGX_QUERY_TIMEOUT_MS ?? 0) + 15_000),
  });
  const exports = startExportStreams(
    new URL("/export/cypher?scope=all", kgx.url).href,
    settings.exportStreams,
  );
  let served = 0;
  let errors = 0;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const sampler = setInterval(() => {
    void (async () => {
      const memory = await supervisor.memory();
      const nowServed = sum(traffic.stats.served);
      const nowErrors = sum(traffic.stats.errors);
      live.data.samples.push({
        atSeconds: Math.round(at()),
        ...memory,
        served: nowServed - served,
        errors: nowErrors - errors,
      });
      served = nowServed;
      errors = nowErrors;
      await live.save();
    })();
  }, 5000);
  try {
    // The faults' schedule starts once kgx has served a first request: a cold JVM on a busy machine may take a
    // while, and a fault before then would measure the cold start instead.
    const warm = await within(traffic.servedAfter(0), warmUpMs);
    event(
      warm ? "first request served: the schedule starts" : "nothing served yet: the schedule starts anyway",
    );
    const startedAt = Date.now();
    await runFaults({ supervisor, traffic, live, event, startedAt, duration, settings, port: kgx.port });
  } finally {
    clearInterval(sampler);
    await traffic.stop();
    const exportReport = await exports.stop();
    live.data.traffic = {
      served: { ...traffic.stats.served, export: exportReport.completed },
      errors: {
        ...traffic.stats.errors,
        ...Object.fromEntries(
          Object.entries(exportReport.outcomes)
            .filter(([outcome]) => outcome !== "HTTP 200")
            .map(([outcome, n]) => [`export: ${outcome}`, n]),
        ),
      },
      latencyMs: latencySummary(traffic.stats),
      exports: exportReport,
    };
    event("load stopped");
  }
  event(`checking ${traffic.stats.acknowledged.length} acknowledged writes`);
  await supervisor.ensureRunning();
  live.data.writes = await checkWrites(kgx.url, traffic.stats.acknowledged, traffic.stats.unknown);
  live.data.summary = summaryMarkdown(live.data);
  await live.save();
  await writeFile(live.file.replace(/\.json$/, ".md"), `${live.data.summary}\n`);
  process.stdout.write(`${live.data.summary}\n\nwritten to ${live.file}\n`);
} catch (error) {
  log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await supervisor.stop();
  await data.remove();
}
