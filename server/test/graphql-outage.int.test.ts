import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset } from "../src/import/import-dataset.js";
import { applySchema } from "../src/import/schema.js";
import { Database } from "../src/neo4j/database.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../src/neo4j/launcher.js";
import { freePort } from "../src/neo4j/ports.js";
import { articleDataset } from "./article.js";
import { codes, dataOf, post, testYoga } from "./graphql-support.js";

// This file starts its own Neo4j (the run's shared one must keep running for the other files) and stops it
// in the middle, as an outage would.
let home: string;
let port: number;
const password = randomBytes(12).toString("base64url");
let neo4j: EmbeddedNeo4j | undefined;
let db: Database;

function start(): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({
    home,
    password,
    port,
    heap: "512m",
    pageCache: "64m",
    startTimeoutMs: 180_000,
    log: () => {},
  });
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "kgx-outage-neo4j-"));
  port = await freePort("127.0.0.1");
  neo4j = await start();
  db = Database.open({ uri: neo4j.uri, user: "neo4j", password, database: "neo4j" }, 10_000);
  await applySchema(db);
  await importDataset(db, articleDataset);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
});

const question = '{ node(id: "state:russia") { name } search(query: "Putin") { id } }';

describe("when Neo4j goes away", () => {
  it("answers DATABASE_UNAVAILABLE while it is down, and answers again once it is back, without a restart", async () => {
    const yoga = testYoga(db);
    expect(dataOf(await post(yoga, question), "node")).toEqual({ name: "Russia" });

    await neo4j?.stop();
    neo4j = undefined;
    const down = await post(yoga, question);
    expect(new Set(codes(down))).toEqual(new Set(["DATABASE_UNAVAILABLE"]));
    expect(down.errors?.[0]?.message).toMatch(/not reachable/);

    neo4j = await start();
    const back = await post(yoga, question);
    expect(back.errors).toBeUndefined();
    expect(dataOf(back, "node")).toEqual({ name: "Russia" });
  });
});
