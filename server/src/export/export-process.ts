import { fork } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { Neo4jError } from "neo4j-driver";
import { UserError } from "../errors.js";
import type { Neo4jTarget } from "../neo4j/database.js";
import { repoPath } from "../paths.js";
import type { ExportInfo, ExportRequest } from "./export-request.js";

/** What the server sends the export process: where Neo4j is, what to export, and the time limits. */
export interface ExportJob {
  target: Neo4jTarget;
  request: ExportRequest;
  /** Neo4j ends the export's transaction after this long. */
  timeoutMs: number;
  /** kgx's query timeout, for the few short reads before the export streams. */
  queryTimeoutMs: number;
}

/** What the export process reports. */
export type ChildMessage =
  | { type: "asking" }
  | { type: "start"; info: ExportInfo }
  | { type: "done" }
  | { type: "error"; kind: "user" | "neo4j" | "internal"; message: string; code?: string };

/**
 * The export process's script. Under Vitest this module runs from its TypeScript source, which has no compiled
 * sibling, so the built one is used; the test command builds before it tests.
 */
const childScript = import.meta.url.endsWith(".ts")
  ? repoPath("server", "dist", "export", "export-child.js")
  : fileURLToPath(new URL("./export-child.js", import.meta.url));

/**
 * Runs an export as `runExport` does, but in a child process (export-child.ts), and pipes its bytes into the sink
 * that `open` gives once the scope is resolved. Errors keep their kind: a wrong scope is still a `UserError`
 * raised before `open`. When `signal` aborts (the client went away, or the server answered for it) or the sink
 * fails, the child is killed, and with its connection Neo4j's transaction ends.
 */
export function runExportInChild(
  job: ExportJob,
  sink: {
    /** The child has started and now asks Neo4j: from here on, a silence is Neo4j's. */
    asking: () => void;
    /** The scope is resolved: where the bytes go. */
    open: (info: ExportInfo) => Writable;
  },
  signal: AbortSignal,
): Promise<ExportInfo> {
  const child = fork(childScript, [], {
    stdio: ["ignore", "inherit", "inherit", "ipc", "pipe"],
    serialization: "advanced",
  });
  const data = child.stdio[4] as Readable;
  return new Promise<ExportInfo>((resolve, reject) => {
    let info: ExportInfo | undefined;
    let streamed: Promise<void> = Promise.resolve();
    let finished = false;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      child.kill("SIGKILL");
      reject(error);
    };
    const abort = () => fail(new Error("the export was abandoned"));
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    child.on("message", (message: ChildMessage) => {
      if (message.type === "asking") sink.asking();
      else if (message.type === "start") {
        info = message.info;
        try {
          streamed = pipeline(data, sink.open(info));
        } catch (error) {
          return fail(error);
        }
        streamed.catch(fail);
      } else if (message.type === "done") {
        finished = true;
        streamed.then(() => {
          settled = true;
          signal.removeEventListener("abort", abort);
          if (info) resolve(info);
          else reject(new Error("the export process finished without starting"));
        }, fail);
      } else fail(reviveError(message));
    });
    child.once("error", fail);
    // "close" comes after the child's messages and streams have all been read, unlike "exit".
    child.once("close", (code, killedBy) => {
      if (!finished)
        fail(new Error(`the export process ended (${killedBy ?? `exit code ${code}`}) before it finished`));
    });
    child.send(job);
  }).finally(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
}

function reviveError(message: Extract<ChildMessage, { type: "error" }>): Error {
  if (message.kind === "user") return new UserError(message.message);
  if (message.kind === "neo4j") return new Neo4jError(message.message, message.code ?? "", "50N42", "error");
  return new Error(`the export failed: ${message.message}`);
}
