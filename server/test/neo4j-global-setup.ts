import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import type { Neo4jTarget } from "../src/neo4j/database.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../src/neo4j/launcher.js";
import { freePort } from "../src/neo4j/ports.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget & { embedded: boolean };
  }
}

/**
 * One Neo4j for the whole test run: the one at NEO4J_URI when set, else an embedded one on a free port with a
 * temporary data folder, removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const password = process.env.NEO4J_PASSWORD;
    if (!password) throw new Error("NEO4J_URI is set for the tests, but NEO4J_PASSWORD is not.");
    project.provide("neo4j", {
      uri,
      user: process.env.NEO4J_USER ?? "neo4j",
      password,
      database: process.env.NEO4J_DATABASE ?? "neo4j",
      embedded: false,
    });
    return async () => {};
  }

  const home = await mkdtemp(join(tmpdir(), "kgx-test-neo4j-"));
  const password = randomBytes(12).toString("base64url");
  let neo4j: EmbeddedNeo4j;
  try {
    neo4j = await startEmbeddedNeo4j({
      home,
      password,
      port: await freePort("127.0.0.1"),
      heap: "1g",
      pageCache: "256m",
      startTimeoutMs: 180_000,
      log: (line) => console.log(`[test neo4j] ${line}`),
    });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  project.provide("neo4j", { uri: neo4j.uri, user: "neo4j", password, database: "neo4j", embedded: true });
  return async () => {
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  };
}
