import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import type { Tier } from "../generate/tiers.js";

/** How a kgx process ended. */
export interface KgxExit {
  code: number | null;
  signal: string | null;
  /** Epoch milliseconds. */
  at: number;
}

/**
 * kgx as a user runs it with nothing else: `kgx start` with its own embedded Neo4j in KGX_DATA_DIR. Unlike the
 * harness's kgx (which the harness's Neo4j serves), killing this one's Neo4j is killing kgx's own database.
 */
export interface OwnKgx {
  url: string;
  pid: number;
  /** The Neo4j version from kgx's log, once it said. */
  neo4jVersion: string;
  /** Set once the process has exited; `exited` resolves then. */
  exit: KgxExit | null;
  exited: Promise<KgxExit>;
  /** The pid of the embedded Neo4j's JVM (a child of kgx running the launcher), if one runs now. */
  jvmPid(): Promise<number | undefined>;
  /** The last lines kgx wrote. */
  logTail(): string[];
  stop(): Promise<void>;
}

/** What to start: the data folder (holding `neo4j/`), the tier's memory, the port and any other settings. */
export interface OwnKgxOptions {
  dataDir: string;
  tier: Tier;
  /** kgx's port; a free one when unset (give the same one to a restart so clients keep their address). */
  port?: number;
  env?: Record<string, string>;
  /** kgx's stdout and stderr are appended here. */
  logFile: string;
  readyTimeoutMs?: number;
}

/** Starts `node server/dist/cli.js start` with its own embedded Neo4j and waits until `/ready` answers 200. */
export async function startOwnKgx(options: OwnKgxOptions): Promise<OwnKgx> {
  const port = options.port ?? (await freePort("127.0.0.1"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  // An inherited NEO4J_URI would make kgx use that database instead of starting its own.
  for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[name];
  const child = spawn(process.execPath, [repoPath("server", "dist", "cli.js"), "start"], {
    env: {
      ...env,
      KGX_HOST: "127.0.0.1",
      KGX_PORT: String(port),
      KGX_DATA_DIR: options.dataDir,
      KGX_NEO4J_BOLT_PORT: String(await freePort("127.0.0.1")),
      KGX_NEO4J_HEAP: options.tier.heap,
      KGX_NEO4J_PAGECACHE: options.tier.pageCache,
      KGX_NEO4J_START_TIMEOUT: "300",
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const file = createWriteStream(options.logFile, { flags: "a" });
  const tail: string[] = [];
  const kgx: OwnKgx = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    neo4jVersion: "unknown",
    exit: null,
    exited: new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        kgx.exit = { code, signal, at: Date.now() };
        resolve(kgx.exit);
      }),
    ),
    jvmPid: () => launcherChildOf(child.pid ?? 0),
    logTail: () => [...tail],
    stop: () => stop(child),
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8").on("data", (chunk: string) => {
      file.write(chunk);
      for (const line of chunk.split("\n").filter(Boolean)) {
        tail.push(line);
        const version = /Neo4j (\d+\.\d+\.\d+)/.exec(line)?.[1];
        if (version) kgx.neo4jVersion = version;
      }
      tail.splice(0, Math.max(0, tail.length - 20));
    });
  }
  void kgx.exited.then(() => file.end());
  const deadline = Date.now() + (options.readyTimeoutMs ?? 360_000);
  while (!(await isReady(kgx.url))) {
    if (kgx.exit || Date.now() > deadline) {
      await kgx.stop();
      throw new Error(`kgx did not become ready (exit ${JSON.stringify(kgx.exit)}): ${tail.join(" / ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return kgx;
}

const isReady = (url: string) =>
  fetch(new URL("/ready", url), { signal: AbortSignal.timeout(5000) }).then(
    (response) => response.ok,
    () => false,
  );

/** Finds the launcher JVM among the children of `parent`, by /proc (no pgrep, which could match other kgxs). */
async function launcherChildOf(parent: number): Promise<number | undefined> {
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // The command name may hold spaces and parentheses: the fields after the last ")" are unambiguous.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid !== parent) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes("dev.kgx.neo4j.Launcher")) return Number(entry);
  }
  return undefined;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // kgx stops its Neo4j cleanly on SIGTERM; a minute covers a checkpoint of M.
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
