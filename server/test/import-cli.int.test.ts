import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { freePort } from "../src/neo4j/ports.js";
import { articleDataset } from "./article.js";
import { dumpGraph } from "./article-graph-dump.js";
import { runKgx, spawnKgx, waitForOutput } from "./kgx-cli.js";
import { clearDatabase, testNeo4jEnv, useCleanDatabase } from "./neo4j.js";

const db = useCleanDatabase();
const folder = mkdtempSync(join(tmpdir(), "kgx-import-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("kgx import loads the article and prints what it created, by label and relationship type", async () => {
  const result = await runKgx(["import", articleDataset], testNeo4jEnv());
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(
    /kgx: imported .*data\/article\.yaml: nodes 80 created, 0 updated, 0 unchanged;/,
  );
  expect(result.stderr).toMatch(/kgx: {3}:Claim: 31 created/);
  expect(result.stderr).toMatch(/kgx: {3}\[:CONTRADICTS\]: 16 created/);
});

test("kgx import of a bad file prints each problem on its own line, then a one-line summary, and exits 1", async () => {
  const before = await dumpGraph(db());
  const file = join(folder, "bad.yaml");
  const text = readFileSync(articleDataset, "utf8")
    .replace("    from: [state:north-korea]\n", "")
    .replace("quantity: 6700", "quantity: many");
  writeFileSync(file, text);
  const result = await runKgx(["import", file], testNeo4jEnv());
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines.filter((line) => /bad\.yaml:\d/.test(line))).toEqual([
    expect.stringMatching(/^kgx: .*bad\.yaml:\d+:5 transfers\[0\]\.from: missing required field 'from'/),
    expect.stringMatching(
      /^kgx: .*bad\.yaml:\d+:15 claims\[1\]\.quantity: expected number, received string$/,
    ),
  ]);
  expect(lines.at(-1)).toMatch(/^kgx: .*bad\.yaml: 2 problems, nothing imported$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(await dumpGraph(db())).toBe(before);
});

test("kgx start seeds an empty database with the article graph, and leaves a database with data alone", async () => {
  await clearDatabase(db());
  const start = async () => {
    const kgx = spawnKgx(["start"], { ...testNeo4jEnv(), KGX_PORT: String(await freePort("127.0.0.1")) });
    try {
      return await waitForOutput(kgx, /listening on/);
    } finally {
      kgx.kill("SIGTERM");
      await once(kgx, "exit");
    }
  };
  expect(await start()).toMatch(/the database is empty: loading the article graph[\s\S]*nodes 80 created/);
  const seeded = await dumpGraph(db());
  expect(seeded).toContain("node claim:shin-6700-containers Claim");
  expect(await start()).not.toMatch(/loading the article graph/);
  expect(await dumpGraph(db())).toBe(seeded);
});
