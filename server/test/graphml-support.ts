import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../src/config.js";
import { exportService } from "../src/export/http-export.js";
import { createApp } from "../src/http/app.js";
import type { Database } from "../src/neo4j/database.js";
import { repoPath } from "../src/paths.js";
import { ensureMavenTool } from "./maven-tools.js";

/** The GraphML XML Schema that neo4j/graphml-schema fetches from Maven Central (docs/decisions/0033). */
export const graphmlSchema = repoPath("neo4j", "graphml-schema", "target", "graphml.xsd");
const validator = repoPath("server", "test", "tools", "ValidateXml.java");
const reader = repoPath("server", "test", "tools", "read_graphml.py");

/** Builds neo4j/graphml-schema (the schema from Maven Central) unless it is built. */
export function ensureGraphmlSchema(): void {
  ensureMavenTool("graphml-schema", join("target", "graphml.xsd"));
}

async function withFiles<T>(texts: string[], work: (paths: string[]) => T): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "kgx-graphml-"));
  try {
    const paths = texts.map((_, i) => join(dir, `export-${i}.graphml`));
    await Promise.all(texts.map((text, i) => writeFile(join(dir, `export-${i}.graphml`), text)));
    return work(paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Validates GraphML documents against the GraphML schema with the JDK's XML Schema validator, in one JVM. Returns
 * the validator's exit code and its report: one `file:line:column: message` line per error, empty when valid.
 */
export async function validateGraphml(documents: string[]): Promise<{ code: number | null; errors: string }> {
  ensureGraphmlSchema();
  return withFiles(documents, (paths) => {
    const run = spawnSync("java", [validator, graphmlSchema, ...paths], { encoding: "utf8" });
    return { code: run.status, errors: `${run.stdout}${run.stderr}`.trim() };
  });
}

/** A value as NetworkX gives it: its Python type's name and its text (repr for floats). */
export type PythonValue = [type: string, text: string];

/** What NetworkX read from a GraphML document (server/test/tools/read_graphml.py). */
export interface NetworkxGraph {
  nodes: number;
  edges: number;
  keys: [target: string, name: string, type: string][];
  node: Record<string, Record<string, PythonValue>>;
  edge: [source: string, target: string, Record<string, PythonValue>][];
}

/** Why NetworkX cannot be used here, or undefined when python3 imports it. */
export function networkxMissing(): string | undefined {
  const probe = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  if (probe.status === 0) return undefined;
  return probe.error ? `python3 cannot run (${probe.error.message})` : "python3 cannot import networkx";
}

/** Reads a GraphML document with NetworkX's read_graphml; throws with Python's error when it cannot. */
export async function readWithNetworkx(document: string): Promise<NetworkxGraph> {
  return withFiles([document], ([path]) => {
    const run = spawnSync("python3", [reader, path as string], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`NetworkX could not read the GraphML: ${run.stderr.slice(-2000)}`);
    return JSON.parse(run.stdout) as NetworkxGraph;
  });
}

/** Serves kgx's HTTP app over `db` on a free loopback port for one describe block; returns a getter of its base URL. */
export function useKgxHttp(db: () => Database): () => string {
  let server: Server | undefined;
  let base = "";
  beforeAll(async () => {
    server = createServer(createApp({ db: db(), exports: exportService(db(), loadConfig({})) }));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });
  return () => base;
}
