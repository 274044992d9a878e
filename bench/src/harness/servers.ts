import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import type { Neo4jTarget } from "@kgx/server/dist/neo4j/database.js";
import { freePort } from "@kgx/server/dist/neo4j/ports.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import { type ChildServer, startChildServer } from "./child-server.js";

const neo4jEnv = (target: Neo4jTarget) => ({
  NEO4J_URI: target.uri,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password,
  NEO4J_DATABASE: target.database,
});

/** kgx's query timeout in every benchmark, and every driver baseline's, so that neither side waits longer. */
export const kgxQueryTimeoutMs = 60_000;

/** kgx as a user runs it (`kgx start`), pointed at the benchmark's Neo4j, on a free loopback port. */
export async function startKgxServer(
  target: Neo4jTarget,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const port = await freePort("127.0.0.1");
  const dataDir = await mkdtemp(join(os.tmpdir(), "kgx-bench-data-"));
  const server = await startChildServer(
    [repoPath("server", "dist", "cli.js"), "start"],
    {
      ...neo4jEnv(target),
      KGX_HOST: "127.0.0.1",
      KGX_PORT: String(port),
      KGX_DATA_DIR: dataDir,
      KGX_QUERY_TIMEOUT_MS: String(kgxQueryTimeoutMs),
      NODE_ENV: "production",
      ...env,
    },
    `http://127.0.0.1:${port}`,
    "/ready",
  );
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A baseline server from bench/dist/servers (a minimal route, or the Neo4j GraphQL Library). */
export async function startBaselineServer(script: string, target: Neo4jTarget): Promise<ChildServer> {
  const port = await freePort("127.0.0.1");
  return startChildServer(
    [repoPath("bench", "dist", "servers", script)],
    { ...neo4jEnv(target), PORT: String(port), NODE_ENV: "production" },
    `http://127.0.0.1:${port}`,
    "/ready",
  );
}
