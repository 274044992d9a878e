import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../src/neo4j/database.js";
import { freePort } from "../src/neo4j/ports.js";
import { childJavaPid, spawnKgx, waitForOutput } from "./kgx-cli.js";

// One `kgx start` of its own (its own embedded Neo4j and data folder), with small limits so that each bad day
// plays out in seconds: slow and silent clients, unread exports, a frozen Neo4j, a dead one.
const limits = {
  KGX_QUERY_TIMEOUT_MS: "2000",
  KGX_HEADERS_TIMEOUT_MS: "1000",
  KGX_REQUEST_TIMEOUT_MS: "2000",
  KGX_IDLE_TIMEOUT_MS: "1500",
  KGX_EXPORT_TIMEOUT_MS: "4000",
  KGX_EXPORTS_MAX: "1",
  KGX_EXPORTS_QUEUE: "1",
  KGX_MAX_CONNECTIONS: "30",
};

let dataDir = "";
let kgx: ChildProcess;
let url = "";
let boltPort = 0;
let db: Database;
let stderr = "";

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kgx-resilience-"));
  boltPort = await freePort("127.0.0.1");
  kgx = spawnKgx(["start"], {
    KGX_DATA_DIR: dataDir,
    KGX_PORT: String(await freePort("127.0.0.1")),
    KGX_NEO4J_BOLT_PORT: String(boltPort),
    KGX_NEO4J_HEAP: "512m",
    KGX_NEO4J_PAGECACHE: "64m",
    ...limits,
  });
  kgx.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const output = await waitForOutput(kgx, /listening on (http\S+)/);
  url = /listening on (http\S+)/.exec(output)?.[1] ?? "";
  const password = (await readFile(join(dataDir, "neo4j", "password"), "utf8")).trim();
  db = Database.open(
    { uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password, database: "neo4j" },
    60_000,
  );
  // Enough text that an export cannot fit in the sockets' buffers: a client that stops reading stalls it.
  await db.query(
    "UNWIND range(1, 4000) AS i CREATE (:Entity:Item {id: 'item:bulk-' + i, name: 'bulk ' + i, description: $text})",
    { text: "x".repeat(4_000) },
    "WRITE",
  );
});

afterAll(async () => {
  await db?.close();
  if (kgx && kgx.exitCode === null) {
    const exited = new Promise((resolve) => kgx.once("exit", resolve));
    kgx.kill("SIGTERM");
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

const question = JSON.stringify({ query: '{ node(id: "state:russia") { name } }' });

/** POSTs the question to /graphql and gives the HTTP status with the error codes or the data. */
async function ask(timeoutMs = 15_000): Promise<{ codes: string[]; name?: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: question,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as {
    data?: { node?: { name: string } | null };
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "none"),
    ...(body.data?.node ? { name: body.data.node.name } : {}),
  };
}

/**
 * Opens a raw connection to kgx and resolves when the server closes it, or after `maxMs` with "open"; `answered`
 * says whether any byte of an answer came back.
 */
function rawClient(
  send: (socket: Socket) => void,
  maxMs: number,
): Promise<{ fate: "closed" | "open"; answered: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let answer = "";
    const socket = connect({ host: hostname, port: Number(port) }, () => send(socket));
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", () => {});
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ fate: "open", answered: answer.length > 0 });
    }, maxMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve({ fate: "closed", answered: answer.length > 0 });
    });
  });
}

/** Sends `text` one byte at a time, every 300 ms, while the socket is open. */
function trickle(socket: Socket, text: string): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text.charAt(i++));
  }, 300);
}

async function until(check: () => Promise<boolean>, maxMs: number): Promise<boolean> {
  const end = Date.now() + maxMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Export transactions Neo4j still has open (kgx's exports read `count-all` first, then nodes). */
async function openExportTransactions(): Promise<number> {
  const { records } = await db.query(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n",
    { text: "properties(n) AS properties" },
    "READ",
  );
  return Number(records[0]?.get("n"));
}

describe("slow and silent clients", () => {
  it("closes a connection whose headers arrive too slowly", async () => {
    const client = await rawClient(
      (socket) =>
        trickle(socket, "GET /health HTTP/1.1\r\nHost: kgx\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n"),
      15_000,
    );
    expect(client.fate).toBe("closed");
  });

  it("closes a connection whose body arrives too slowly", async () => {
    const client = await rawClient((socket) => {
      socket.write(
        "POST /graphql HTTP/1.1\r\nHost: kgx\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n",
      );
      trickle(socket, `{"query": "{ node(id: \\"state:russia\\") { name } }", "x": "${"y".repeat(340)}"}`);
    }, 15_000);
    expect(client.fate).toBe("closed");
  });

  it("refuses connections beyond its cap and keeps answering once they are gone", async () => {
    const idle = await Promise.all(
      Array.from({ length: 30 }, () => {
        const { hostname, port } = new URL(url);
        return new Promise<Socket>((resolve) => {
          const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
          socket.on("error", () => {});
        });
      }),
    );
    try {
      const extra = await rawClient(
        (socket) => socket.write("GET /health HTTP/1.1\r\nHost: kgx\r\nConnection: close\r\n\r\n"),
        5_000,
      );
      expect(extra).toEqual({ fate: "closed", answered: false });
    } finally {
      for (const socket of idle) socket.destroy();
    }
    expect(await until(async () => (await fetch(`${url}/health`)).ok, 10_000)).toBe(true);
  });
});

describe("heavy readers", () => {
  it("queues one export beyond the running one, refuses the next with 503 and Retry-After, and cuts off a reader that stopped", async () => {
    // A client that asks for the whole graph and never reads it.
    const { hostname, port } = new URL(url);
    const stalled = connect({ host: hostname, port: Number(port) });
    stalled.on("error", () => {});
    stalled.write(`GET /export/cypher?scope=all HTTP/1.1\r\nHost: kgx\r\n\r\n`);
    stalled.pause();
    expect(await until(async () => (await openExportTransactions()) === 1, 10_000)).toBe(true);

    const queued = fetch(`${url}/export/json?ids=state:russia&depth=1`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await fetch(`${url}/export/graphml?scope=all`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many exports/);

    // The stalled reader is cut off after the idle time; the queued export then runs and completes.
    const done = await queued;
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('"state:russia"');
    expect(await until(async () => (await openExportTransactions()) === 0, 10_000)).toBe(true);
    // Reading again, the stalled client finds its connection closed: kgx ended it, not the client.
    const closed = new Promise<"closed">((resolve) => stalled.once("close", () => resolve("closed")));
    stalled.on("data", () => {});
    stalled.resume();
    const timeout = new Promise<"open">((resolve) => setTimeout(() => resolve("open"), 10_000));
    expect(await Promise.race([closed, timeout])).toBe("closed");
    stalled.destroy();
    expect((await ask()).name).toBe("Russia");
  });

  it("ends an export whose reader is too slow to finish within the export time limit, and its transaction", async () => {
    const { hostname, port } = new URL(url);
    const slow = connect({ host: hostname, port: Number(port) });
    slow.on("error", () => {});
    slow.write(`GET /export/cypher?scope=all HTTP/1.1\r\nHost: kgx\r\n\r\n`);
    // Reads 16 KB every 200 ms: never idle, but the 16 MB export would take minutes.
    let received = 0;
    slow.pause();
    const reader = setInterval(() => {
      const chunk = slow.read(16 * 1024) as Buffer | null;
      if (chunk) received += chunk.length;
    }, 200);
    const fate = await new Promise<"closed" | "open">((resolve) => {
      const timer = setTimeout(() => resolve("open"), 30_000);
      slow.once("close", () => {
        clearTimeout(timer);
        resolve("closed");
      });
      // A paused socket reports the end only once its buffer is read: drain it when Neo4j has ended the export.
      setTimeout(() => slow.resume(), 8_000);
    });
    clearInterval(reader);
    slow.destroy();
    expect(fate).toBe("closed");
    expect(received).toBeLessThan(16_000_000);
    expect(await until(async () => (await openExportTransactions()) === 0, 10_000)).toBe(true);
  });
});

describe("a sick Neo4j", () => {
  it("answers DATABASE_UNAVAILABLE while Neo4j is frozen, keeps /ready quick, and serves again when it thaws", async () => {
    const jvm = childJavaPid(kgx.pid as number);
    process.kill(jvm, "SIGSTOP");
    try {
      // With a 2 s query timeout, kgx answers after about 3 s; a client waiting 15 s sees the answer, not a hang.
      expect((await ask()).codes).toEqual(["DATABASE_UNAVAILABLE"]);
      const ready = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(5_000) });
      expect(ready.status).toBe(503);
      const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(200);
    } finally {
      process.kill(jvm, "SIGCONT");
    }
    expect(await until(async () => (await ask()).name === "Russia", 30_000)).toBe(true);
  });

  it("survives the death of its Neo4j: answers DATABASE_UNAVAILABLE, says why, restarts it and serves again", async () => {
    process.kill(childJavaPid(kgx.pid as number), "SIGKILL");
    expect(await until(async () => (await ask()).codes.includes("DATABASE_UNAVAILABLE"), 10_000)).toBe(true);
    expect(await until(async () => (await ask()).name === "Russia", 180_000)).toBe(true);
    expect(kgx.exitCode).toBeNull();
    expect(stderr).toContain(
      `kgx: the embedded Neo4j stopped unexpectedly (killed by SIGKILL); see ${join(dataDir, "neo4j", "logs", "debug.log")}.`,
    );
    // kgx logs before it serves, but this process may read its stderr after the HTTP answer.
    const back = /kgx: the embedded Neo4j is back \(pid \d+, started in [\d.]+ s\)/;
    expect(await until(async () => back.test(stderr), 10_000)).toBe(true);
  });
});
