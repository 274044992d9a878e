import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { repoPath } from "../src/paths.js";

const cli = repoPath("server", "dist", "cli.js");

/** What a finished `kgx` command printed and how it ended. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `kgx` CLI to completion, as a user would from a shell. */
export function runKgx(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<CliResult> {
  const child = spawnKgx(args, env);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`kgx ${args.join(" ")} did not finish within ${timeoutMs} ms; it printed:\n${stderr}`),
      );
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the built `kgx` CLI with a clean environment plus `env`, leaving it running. */
export function spawnKgx(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: run \`pnpm build\` before the integration tests.`);
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("NEO4J_") && !key.startsWith("KGX_")),
  );
  return spawn(process.execPath, [cli, ...args], {
    env: { ...base, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves with everything `child` printed on stderr once a line matches `pattern`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 180_000): Promise<string> {
  let seen = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No line matched ${pattern} in:\n${seen}`)), timeoutMs);
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      seen += chunk;
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`kgx exited (code ${code}) before printing ${pattern}:\n${seen}`));
    });
  });
}

/** Whether a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the embedded Neo4j's JVM that the kgx process `parentPid` started. */
export function childJavaPid(parentPid: number): number {
  const rows = execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(parentPid)], { encoding: "utf8" });
  const java = rows
    .split("\n")
    .map((row) => row.trim().split(/\s+/))
    .find(([, command]) => command === "java");
  if (!java?.[0]) throw new Error(`kgx (pid ${parentPid}) has no java child:\n${rows}`);
  return Number(java[0]);
}
