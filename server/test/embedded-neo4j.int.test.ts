import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { Database } from "../src/neo4j/database.js";
import { startEmbeddedNeo4j } from "../src/neo4j/launcher.js";
import { freePort } from "../src/neo4j/ports.js";
import { childJavaPid, isAlive, runKgx, spawnKgx, waitForOutput } from "./kgx-cli.js";
import { testNeo4jTarget } from "./neo4j.js";

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "kgx-launcher-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const target = testNeo4jTarget();

/** `kgx start` on its own data folder and free ports, with a small Neo4j. */
async function startSmallKgx(dataDir: string) {
  return spawnKgx(["start"], {
    KGX_DATA_DIR: dataDir,
    KGX_PORT: String(await freePort("127.0.0.1")),
    KGX_NEO4J_BOLT_PORT: String(await freePort("127.0.0.1")),
    KGX_NEO4J_HEAP: "512m",
    KGX_NEO4J_PAGECACHE: "64m",
  });
}

describe("the embedded Neo4j", () => {
  it.skipIf(!target.embedded)("is Neo4j 5.26 Community with APOC Core answering", async () => {
    const db = Database.open(target, 10_000);
    try {
      const { records } = await db.driver.executeQuery(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
        {},
        db.queryConfig("READ"),
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { name: "Neo4j Kernel", version: expect.stringMatching(/^5\.26\.\d+$/), edition: "community" },
      ]);
      const apoc = await db.driver.executeQuery(
        "RETURN apoc.version() AS version",
        {},
        db.queryConfig("READ"),
      );
      expect(apoc.records[0]?.get("version")).toMatch(/^5\.26\.\d+$/);
    } finally {
      await db.close();
    }
  });

  it("keeps its data across a SIGTERM stop and starts again without store recovery", async () => {
    const home = await tempFolder();
    const password = randomBytes(12).toString("base64url");
    const start = async () =>
      startEmbeddedNeo4j({
        home,
        password,
        port: await freePort("127.0.0.1"),
        heap: "512m",
        pageCache: "64m",
        startTimeoutMs: 180_000,
        log: () => {},
      });

    const first = await start();
    const db1 = Database.open({ uri: first.uri, user: "neo4j", password, database: "neo4j" }, 10_000);
    await db1.write((tx) => tx.run("UNWIND range(1, 500) AS i CREATE (:Probe {i: i})"));
    await db1.close();
    await first.stop();
    const logBefore = (await readFile(join(home, "logs", "debug.log"), "utf8")).length;

    const second = await start();
    const db2 = Database.open({ uri: second.uri, user: "neo4j", password, database: "neo4j" }, 10_000);
    const count = await db2.read(async (tx) => {
      const result = await tx.run("MATCH (p:Probe) RETURN count(p) AS n");
      return result.records[0]?.get("n");
    });
    await db2.close();
    await second.stop();

    expect(neo4j.integer.toNumber(count)).toBe(500);
    const secondStartLog = (await readFile(join(home, "logs", "debug.log"), "utf8")).slice(logBefore);
    expect(secondStartLog).toContain("Bolt server started");
    expect(secondStartLog).not.toMatch(/Recovery required/i);
  }, 400_000);
});

describe("kgx start", () => {
  it("stops its JVM within seconds when kgx itself is killed with SIGKILL", async () => {
    const kgx = await startSmallKgx(await tempFolder());
    let jvmPid = 0;
    try {
      await waitForOutput(kgx, /listening on http/);
      jvmPid = childJavaPid(kgx.pid as number);
      expect(isAlive(jvmPid)).toBe(true);
    } finally {
      kgx.kill("SIGKILL");
    }
    // The JVM notices within milliseconds; its clean shutdown takes a few seconds, more on a loaded machine.
    const deadline = Date.now() + 30_000;
    while (isAlive(jvmPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(isAlive(jvmPid)).toBe(false);
  }, 300_000);

  it("keeps a generated Neo4j password in the data folder, readable by its owner only", async () => {
    const dataDir = await tempFolder();
    const kgx = await startSmallKgx(dataDir);
    const exited = new Promise((resolve) => kgx.once("exit", resolve));
    let output = "";
    let statuses: number[] = [];
    try {
      output = await waitForOutput(kgx, /listening on (http\S+)/);
      const url = /listening on (http\S+)/.exec(output)?.[1];
      statuses = (await Promise.all([fetch(`${url}/health`), fetch(`${url}/ready`)])).map((r) => r.status);
    } finally {
      kgx.kill("SIGTERM");
      await exited;
    }

    expect(statuses).toEqual([200, 200]);
    const file = await stat(join(dataDir, "neo4j", "password"));
    expect(file.mode & 0o777).toBe(0o600);
    expect(output).not.toContain((await readFile(join(dataDir, "neo4j", "password"), "utf8")).trim());
  }, 300_000);

  it("refuses a Bolt port that is taken, naming the port and the way out", async () => {
    const { server, port } = await occupyPort();
    try {
      const result = await runKgx(["start"], {
        KGX_DATA_DIR: await tempFolder(),
        KGX_NEO4J_BOLT_PORT: String(port),
      });
      expect(result.code).toBe(1);
      expect(errorLine(result.stderr)).toBe(
        `kgx: Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there. ` +
          "Set KGX_NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use the database that listens there.",
      );
    } finally {
      server.close();
    }
  });

  it("says in one line, without a stack trace, that the Neo4j password is wrong", async () => {
    const result = await runKgx(["start"], {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: "not-the-password",
      KGX_PORT: String(await freePort("127.0.0.1")),
    });
    expect(result.code).toBe(1);
    expect(errorLine(result.stderr)).toBe(
      `kgx: Neo4j at ${target.uri} refused user '${target.user}': wrong user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  });

  it("says in one line, without a stack trace, that NEO4J_URI cannot be reached", async () => {
    const port = await freePort("127.0.0.1");
    const result = await runKgx(["start"], {
      NEO4J_URI: `neo4j://127.0.0.1:${port}`,
      NEO4J_PASSWORD: "whatever-it-is",
      KGX_PORT: String(await freePort("127.0.0.1")),
    });
    expect(result.code).toBe(1);
    expect(errorLine(result.stderr)).toMatch(
      new RegExp(`^kgx: Cannot reach Neo4j at neo4j://127.0.0.1:${port}: .+`),
    );
  });
});

/** The error line of a failed command: its last line, checked to come without a stack trace. */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  expect(
    lines.filter((line) => /^\s+at /.test(line)),
    `a stack trace in:\n${stderr}`,
  ).toEqual([]);
  return lines.at(-1) ?? "";
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen({ host: "127.0.0.1", port: 0 }, () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0 });
    });
  });
}
