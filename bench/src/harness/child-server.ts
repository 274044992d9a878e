import { type ChildProcess, spawn } from "node:child_process";

/** A server the benchmark started in its own process, so its CPU and memory are its own. */
export interface ChildServer {
  url: string;
  pid: number;
  /** The last lines the process wrote to stderr, to explain a failure. */
  stderrTail(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` with `env` and waits until `readyPath` answers 200 on `url`; stderr is kept for the error
 * message if it never does.
 */
export async function startChildServer(
  args: string[],
  env: Record<string, string>,
  url: string,
  readyPath: string,
): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr.push(chunk);
    stderr.splice(0, Math.max(0, stderr.length - 30));
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args[0]} exited: ${stderr.join("").trim()}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${args[0]} did not answer ${readyPath} within 120 s: ${stderr.join("").trim()}`);
    }
    const ok = await fetch(new URL(readyPath, url)).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stderrTail: () => stderr.join("").trim().split("\n").slice(-3).join(" / "),
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
