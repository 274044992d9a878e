import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createInterface } from "node:readline";
import { UserError } from "../errors.js";
import { repoPath } from "../paths.js";
import { freePort, isPortFree } from "./ports.js";

const launcherDir = repoPath("neo4j");
const launcherJar = repoPath("neo4j", "target", "kgx-neo4j-launcher-0.1.0.jar");
const launcherSources = [
  repoPath("neo4j", "pom.xml"),
  ...["Launcher", "HeapGuard", "ConsoleMemory", "RunawayStopper"].map((name) =>
    repoPath("neo4j", "src", "main", "java", "dev", "kgx", "neo4j", `${name}.java`),
  ),
];

/**
 * What Neo4j's own server scripts pass on Java 17; see docs/decisions/0002-neo4j-launcher.md. No
 * -XX:+ExitOnOutOfMemoryError: the launcher's heap guard halts a JVM whose heap stays full, and one query's
 * OutOfMemoryError is that query's failure, not the JVM's (docs/decisions/0084).
 */
const jvmFlags = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  // For the runaway stopper's Thread.stop0 (docs/decisions/0085).
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-XX:+UseG1GC",
];

export interface EmbeddedOptions {
  /** Neo4j's home: store, logs and import folder. */
  home: string;
  password: string;
  /** A port the user asked for: if it is taken, starting fails. Without one, 7687 or else a free port. */
  port?: number | undefined;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Progress lines for the user (building, starting). */
  log: (line: string) => void;
}

/** How the JVM ended: its exit code or signal, and the last lines it wrote on stderr (the JVM's own reasons). */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  lastLines: string[];
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The Bolt port: a restart must take the same one, since the driver knows only this address. */
  port: number;
  version: string;
  pid: number;
  /** Resolves when the JVM exits, for whatever reason. */
  exited: Promise<Neo4jExit>;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after a minute) and resolves when the JVM has exited. */
  stop(): Promise<void>;
}

/** Whether the Maven build of the launcher is missing or older than its sources. */
export function launcherNeedsBuild(): boolean {
  if (!existsSync(launcherJar) || !existsSync(repoPath("neo4j", "target", "lib"))) return true;
  const built = statSync(launcherJar).mtimeMs;
  return launcherSources.some((source) => statSync(source).mtimeMs > built);
}

/** Builds the launcher with Maven if needed, showing Maven's own progress on stderr. */
export async function buildLauncher(log: (line: string) => void): Promise<void> {
  if (!launcherNeedsBuild()) return;
  log(
    "Building the embedded Neo4j launcher with Maven. The first build downloads Neo4j's jars (about 130 MB) into ~/.m2.",
  );
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-ntp", "-f", repoPath("neo4j", "pom.xml"), "package"], {
      cwd: launcherDir,
      stdio: ["ignore", "inherit", "inherit"],
    });
    mvn.once("error", (error) =>
      reject(
        new UserError(
          `Cannot run Maven (mvn) to build the Neo4j launcher: ${error.message}. Install Maven 3.8+.`,
        ),
      ),
    );
    mvn.once("exit", resolve);
  });
  if (code !== 0)
    throw new UserError(
      `Maven could not build the Neo4j launcher (exit code ${code}); see its output above.`,
    );
}

/** Starts the embedded Neo4j and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  await buildLauncher(options.log);
  const port = await choosePort(options);
  await mkdir(options.home, { recursive: true });

  const child = spawn(
    "java",
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...jvmFlags,
      "-cp",
      launcherClasspath(),
      "dev.kgx.neo4j.Launcher",
    ],
    {
      env: {
        ...process.env,
        KGX_NEO4J_HOME: options.home,
        KGX_NEO4J_PASSWORD: options.password,
        KGX_NEO4J_BOLT_PORT: String(port),
        KGX_NEO4J_PAGECACHE: options.pageCache,
        KGX_NEO4J_PLUGINS: repoPath("neo4j", "target", "plugins"),
      },
      // stdin stays an open pipe: the launcher stops when it closes, so the JVM never outlives this process.
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const stopOnExit = () => child.kill("SIGTERM");
  process.once("exit", stopOnExit);
  child.once("exit", () => process.removeListener("exit", stopOnExit));

  const stderrTail = keepStderrTail(child, options.log);
  const ready = await waitForReady(child, options, port, stderrTail);
  const exited = new Promise<Neo4jExit>((resolve) => {
    const done = () =>
      resolve({ code: child.exitCode, signal: child.signalCode, lastLines: [...stderrTail] });
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", done);
  });
  return {
    uri: ready.bolt,
    port,
    version: ready.version,
    pid: ready.pid,
    exited,
    stop: () => stopChild(child),
  };
}

function launcherClasspath(): string {
  // The `*` must reach Java unexpanded: it is Java's own classpath wildcard.
  return [launcherJar, repoPath("neo4j", "target", "lib", "*")].join(":");
}

async function choosePort(options: EmbeddedOptions): Promise<number> {
  const host = "127.0.0.1";
  if (options.port !== undefined) {
    if (!(await isPortFree(host, options.port))) {
      throw new UserError(
        `Port ${options.port} on ${host} is already in use, so the embedded Neo4j cannot listen there. ` +
          "Set KGX_NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use the database that listens there.",
      );
    }
    return options.port;
  }
  if (await isPortFree(host, 7687)) return 7687;
  const port = await freePort(host);
  options.log(
    `Port 7687 is in use (another Neo4j?); the embedded Neo4j takes the free port ${port} instead.`,
  );
  return port;
}

interface ReadyLine {
  bolt: string;
  version: string;
  pid: number;
}

/**
 * The JVM's last 20 lines on stderr, kept for as long as it runs (an OutOfMemoryError says so there). The
 * launcher's own notes ("kgx: stopped runaway console query …") are logged as they come.
 */
const notePrefix = "kgx: ";

function keepStderrTail(child: ChildProcess, log: (line: string) => void): string[] {
  const tail: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = chunk.split("\n").filter(Boolean);
    // The log adds its own "kgx: ".
    for (const line of lines) if (line.startsWith(notePrefix)) log(line.slice(notePrefix.length));
    tail.push(...lines);
    tail.splice(0, Math.max(0, tail.length - 20));
  });
  return tail;
}

function waitForReady(
  child: ChildProcess,
  options: EmbeddedOptions,
  port: number,
  stderrTail: readonly string[],
): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const timer = setTimeout(
      () =>
        fail(
          new UserError(
            `The embedded Neo4j did not accept connections within ${options.startTimeoutMs / 1000} s; ` +
              `see ${options.home}/logs/debug.log, or raise KGX_NEO4J_START_TIMEOUT.`,
          ),
        ),
      options.startTimeoutMs,
    );
    child.once("error", (error) =>
      fail(new UserError(`Cannot run Java to start Neo4j: ${error.message}. Install Java 17 or 21.`)),
    );
    child.once("exit", (code) => {
      const detail = stderrTail.at(-1) ?? `see ${options.home}/logs/debug.log`;
      fail(new UserError(`The embedded Neo4j exited during start (code ${code}): ${detail}`));
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (line.startsWith("KGX_NEO4J_READY ")) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve(JSON.parse(line.slice("KGX_NEO4J_READY ".length)) as ReadyLine);
      } else if (line.startsWith("KGX_NEO4J_ERROR ")) {
        const { kind, message } = JSON.parse(line.slice("KGX_NEO4J_ERROR ".length)) as {
          kind: string;
          message: string;
        };
        fail(new UserError(explainStartFailure(kind, message, options.home, port)));
      }
    });
  });
}

function explainStartFailure(kind: string, message: string, home: string, port: number): string {
  switch (kind) {
    case "port-in-use":
      return `Port ${port} on 127.0.0.1 was taken while Neo4j started. Set KGX_NEO4J_BOLT_PORT to a free port.`;
    case "store-locked":
      return `The Neo4j data folder ${home} is in use by another Neo4j (is another kgx running?). Stop it, or set KGX_DATA_DIR to another folder.`;
    default:
      return `The embedded Neo4j could not start: ${message}`;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
