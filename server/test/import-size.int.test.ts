import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importDataset } from "../src/import/import-dataset.js";
import { DatasetError, formatProblem } from "../src/import/problems.js";
import { defaultMaxBytes } from "../src/import/read-file.js";
import type { Database } from "../src/neo4j/database.js";
import { startNeo4jIn } from "./export-support.js";
import { largeDataset } from "./large-dataset.js";
import { useCleanDatabase } from "./neo4j.js";

const db = useCleanDatabase();
const folder = mkdtempSync(join(tmpdir(), "kgx-import-size-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function nodeCount(database: Database): Promise<number> {
  return database.read(async (tx) =>
    Number((await tx.run("MATCH (n) RETURN count(n) AS n")).records[0]?.get("n")),
  );
}

/** The one line a refused import prints. */
async function refusal(database: Database, file: string): Promise<string> {
  const error = await importDataset(database, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  const problems = (error as DatasetError).problems;
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0] as DatasetError["problems"][number]);
}

/** A dataset file of items only, one id and one name each: the most transaction memory per byte. */
function itemsFile(name: string, bytes: number): string {
  const file = join(folder, name);
  writeFileSync(file, largeDataset(bytes, "nodes"));
  return file;
}

describe("the import size limit", () => {
  test("a file just under the limit, of the smallest records the format has, imports with a 1 GB heap", async () => {
    const file = itemsFile("just-under.yaml", defaultMaxBytes - 200);
    const items = (readFileSync(file, "utf8").match(/^ {2}- id: item:/gm) ?? []).length;
    await importDataset(db(), file);
    const stored = await db().read(async (tx) =>
      Number((await tx.run("MATCH (n:Item) RETURN count(n) AS n")).records[0]?.get("n")),
    );
    expect(items).toBeGreaterThan(100_000);
    expect(stored).toBe(items);
  }, 180_000);

  test("a file over the limit is refused before it is read, naming the file and both sizes", async () => {
    const file = join(folder, "over.yaml");
    writeFileSync(file, "format: kgx/1\n");
    truncateSync(file, defaultMaxBytes + 1);
    expect(await refusal(db(), file)).toBe(
      `${relative(process.cwd(), file)}: the file is ${defaultMaxBytes + 1} bytes, larger than the import limit of ${defaultMaxBytes} bytes (${defaultMaxBytes / 1048576} MiB); split it into several files`,
    );
  });
});

describe("Neo4j refusing an import for lack of memory", () => {
  test("is one line naming the file and the setting to raise, and nothing is imported", async () => {
    // A 256 MB heap allows about 180 MB of transaction memory, which a few MB of small nodes pass.
    const { db: database, stop } = await startNeo4jIn(join(folder, "small-neo4j"), "256m");
    try {
      const file = itemsFile("too-many-nodes.yaml", defaultMaxBytes - 200);
      expect(await refusal(database, file)).toBe(
        `${relative(process.cwd(), file)}: Neo4j refused the import for lack of transaction memory (dbms.memory.transaction.total.max reached), so nothing was imported; split the file, or raise dbms.memory.transaction.total.max in Neo4j's settings (for kgx's embedded Neo4j, raise KGX_NEO4J_HEAP)`,
      );
      expect(await nodeCount(database)).toBe(0);
    } finally {
      await database.close();
      await stop();
    }
  }, 400_000);
});
