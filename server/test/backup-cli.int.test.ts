import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { useArticleGraph } from "./article.js";
import { addChangeLog, changeLog } from "./backup-support.js";
import { canonicalGraph } from "./export-support.js";
import { runKgx } from "./kgx-cli.js";
import { clearDatabase, testNeo4jEnv } from "./neo4j.js";

const db = useArticleGraph();
const folder = mkdtempSync(join(tmpdir(), "kgx-backup-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, "kgx.backup");
let original: string[];
let log: string[];

beforeAll(async () => {
  await addChangeLog(db());
  original = await canonicalGraph(db());
  log = await changeLog(db());
});

test("kgx backup writes the file and prints one line with what it holds", async () => {
  const result = await runKgx(["backup", file], testNeo4jEnv());
  expect(result.stderr).toMatch(
    /^kgx: backed up 80 node\(s\), \d+ relationship\(s\), \d+ change\(s\) to .*kgx\.backup in \d+\.\d s\n$/,
  );
  expect(result.code).toBe(0);
});

test("kgx restore loads it into the emptied database as the same graph and prints one line", async () => {
  await clearDatabase(db());
  const result = await runKgx(["restore", file], testNeo4jEnv());
  expect(result.stderr).toMatch(
    /^kgx: restored .*kgx\.backup in \d+\.\d s: 80 node\(s\), \d+ relationship\(s\), \d+ change\(s\) \(backup of .* by kgx 0\.1\.0\); counts and integrity checks match\n$/,
  );
  expect(result.code).toBe(0);
  expect(await canonicalGraph(db())).toEqual(original);
  expect(await changeLog(db())).toEqual(log);
});

test("kgx restore into a database with nodes prints one line without a stack and exits 1", async () => {
  const result = await runKgx(["restore", file], testNeo4jEnv());
  expect(result.stderr).toBe(
    "kgx: database 'neo4j' holds nodes; kgx restore loads only into an empty database; nothing changed\n",
  );
  expect(result.code).toBe(1);
  expect(await canonicalGraph(db())).toEqual(original);
});

test("kgx restore of a file that is not a backup names its first line and starts no Neo4j", async () => {
  const other = join(folder, "notes.txt");
  writeFileSync(other, "MATCH (n) DETACH DELETE n;\n");
  // No NEO4J_URI and no data folder: the file is refused before kgx would start the embedded Neo4j.
  const result = await runKgx(["restore", other], { KGX_DATA_DIR: join(folder, "unused") });
  expect(result.stderr).toMatch(/^kgx: .*notes\.txt:1: not a kgx backup .*; nothing restored\n$/);
  expect(result.code).toBe(1);
});
