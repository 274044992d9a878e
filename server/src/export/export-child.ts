/**
 * One HTTP export in a process of its own (docs/decisions/0061-exports-in-a-child-process.md). kgx's server forks
 * this script for each export it streams; a large export runs here at the lowest CPU priority, so that decoding
 * and formatting a whole graph never delays the GraphQL requests in the server's event loop: the operating system
 * gives the server precedence. A small one (a view of the page) keeps the server's priority and ends quickly. The parent (export-process.ts) sends one `ExportJob` over IPC; this process
 * writes the bytes to file descriptor 4 and reports over IPC: `asking` once it is running (the time it took to
 * start is not Neo4j's), `start` before the first byte, then `done`, or `error` at any point. The parent kills it when the download ends early.
 */
import { Socket } from "node:net";
import { setPriority } from "node:os";
import { Neo4jError } from "neo4j-driver";
import { UserError } from "../errors.js";
import { Database } from "../neo4j/database.js";
import type { ChildMessage, ExportJob } from "./export-process.js";
import { runExport } from "./export-request.js";

/** The file descriptor the parent reads the export's bytes from (export-process.ts opens it as a pipe). */
const dataFd = 4;

/** Exports of more nodes and relationships than this (a few seconds of work) give way to everything else. */
const yieldAbove = 10_000;

process.once("message", (job: ExportJob) => void run(job));

async function run(job: ExportJob): Promise<void> {
  report({ type: "asking" });
  const db = Database.open(job.target, job.queryTimeoutMs);
  const out = new Socket({ fd: dataFd, readable: false, writable: true });
  try {
    await runExport(
      db,
      job.request,
      (info) => {
        if (info.counts.nodes + info.counts.relationships > yieldAbove) lowerPriority();
        report({ type: "start", info });
        return out;
      },
      { timeoutMs: job.timeoutMs },
    );
    report({ type: "done" });
  } catch (error) {
    out.destroy();
    report(describeError(error));
  } finally {
    await db.close();
    process.disconnect();
  }
}

function lowerPriority(): void {
  try {
    setPriority(19);
  } catch {
    // The export then competes with the server as an equal; it still streams correctly.
  }
}

function report(message: ChildMessage): void {
  process.send?.(message);
}

function describeError(error: unknown): ChildMessage {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UserError) return { type: "error", kind: "user", message };
  if (error instanceof Neo4jError) return { type: "error", kind: "neo4j", message, code: error.code };
  return { type: "error", kind: "internal", message };
}
