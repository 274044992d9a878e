import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { startEmbeddedNeo4j } from "../src/neo4j/launcher.js";
import { freePort } from "../src/neo4j/ports.js";
import { provisionNeo4j } from "../src/neo4j/provision.js";

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "kgx-data-folder-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe("the data folder", () => {
  it("is made private to its user (0700) when kgx starts its Neo4j, even if it existed open to all", async () => {
    const dataDir = join(await tempFolder(), "data");
    await mkdir(join(dataDir, "neo4j"), { recursive: true });
    await chmod(dataDir, 0o755);
    await chmod(join(dataDir, "neo4j"), 0o777);
    const config = loadConfig({
      KGX_DATA_DIR: dataDir,
      KGX_NEO4J_BOLT_PORT: String(await freePort("127.0.0.1")),
      KGX_NEO4J_HEAP: "512m",
      KGX_NEO4J_PAGECACHE: "64m",
      KGX_NEO4J_START_TIMEOUT: "180",
    });
    const neo4j = await provisionNeo4j(config, () => {});
    try {
      expect([await modeOf(dataDir), await modeOf(join(dataDir, "neo4j"))]).toEqual([0o700, 0o700]);
    } finally {
      await neo4j.embedded?.stop();
    }
  }, 300_000);

  it("is created private (0700) by the embedded Neo4j itself, around the store it writes", async () => {
    const home = join(await tempFolder(), "neo4j-home");
    const neo4j = await startEmbeddedNeo4j({
      home,
      password: randomBytes(12).toString("base64url"),
      port: await freePort("127.0.0.1"),
      heap: "512m",
      pageCache: "64m",
      startTimeoutMs: 180_000,
      log: () => {},
    });
    try {
      expect(await modeOf(home)).toBe(0o700);
      expect((await stat(join(home, "data", "databases", "neo4j"))).isDirectory()).toBe(true);
    } finally {
      await neo4j.stop();
    }
  }, 300_000);
});
