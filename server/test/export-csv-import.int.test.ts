import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CsvPart, csvExport } from "../src/export/csv-export.js";
import { withGraphSnapshot } from "../src/export/graph-snapshot.js";
import { importDataset } from "../src/import/import-dataset.js";
import { applySchema } from "../src/import/schema.js";
import type { Database } from "../src/neo4j/database.js";
import { repoPath } from "../src/paths.js";
import { articleDataset } from "./article.js";
import { canonicalGraph, startNeo4jIn } from "./export-support.js";
import { createTortureGraph } from "./export-torture-graph.js";
import { ensureMavenTool } from "./maven-tools.js";
import { clearDatabase, useCleanDatabase } from "./neo4j.js";

type CsvFiles = Record<CsvPart, string>;

const importToolLib = repoPath("neo4j", "import-tool", "target", "lib");

describe("the CSV export, imported with neo4j-admin database import full", () => {
  const db = useCleanDatabase();
  let dir: string;
  let article: string[];
  let torture: string[];
  let imported: string[];
  let tortureFiles: CsvFiles;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kgx-csv-import-"));
    await applySchema(db());
    await importDataset(db(), articleDataset);
    const articleFiles = await exportCsvFiles(db(), join(dir, "article"));
    // A column has one type: `publishedOn` holds dates and month strings ("2024-02"), so it is `string`.
    await writeCypher(
      db(),
      "MATCH (s:Source) WHERE s.publishedOn IS :: DATE SET s.publishedOn = toString(s.publishedOn)",
    );
    article = await canonicalGraph(db());

    await clearDatabase(db());
    await createTortureGraph(db());
    await writeCypher(
      db(),
      "CREATE (:Thing {id: 'thing:semicolons', name: 'semicolons', tags: ['a;b', 'c']})",
    );
    tortureFiles = await exportCsvFiles(db(), join(dir, "torture"));
    await changeAsCsvDoes(db());
    torture = await canonicalGraph(db());

    // Both exports go into one import (each file with its own header, as neo4j-admin allows), so that the test
    // starts one import and one Neo4j, not two of each.
    const home = join(dir, "home");
    await importCsv(home, [articleFiles, tortureFiles]);
    imported = await canonicalOfStore(home);
  }, 600_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("gives the article graph back (labels, property values with their types, relationships), publishedOn as text", () => {
    expect(withoutLines(imported, torture)).toEqual(article);
  });

  it("gives every property type back, except empty lists, Integers in a Float column and ';' in list items", () => {
    expect(withoutLines(imported, article)).toEqual(torture);
  });

  it("declares each column's type in the header, as the import tool reads it", async () => {
    const header = (await readFile(tortureFiles.nodes, "utf8")).split("\n")[0]?.split(",");
    expect(header?.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    expect(header).toEqual(
      expect.arrayContaining([
        "int64Max:long",
        "oneFloat:double",
        "yes:boolean",
        "strings:string[]",
        "integers:long[]",
        "dates:date[]",
        "points:point[]",
        "zoned:datetime",
        "local:localdatetime",
        "clock:time",
        "localClock:localtime",
        "span:duration",
        "wgs84:point",
      ]),
    );
    const relationships = await readFile(tortureFiles.relationships, "utf8");
    expect(relationships.split("\n")[0]).toBe(
      ":START_ID,:END_ID,:TYPE,key with space:string,text:string,weight:double,when:date",
    );
  });
});

/**
 * Changes the source graph the way its CSV export changes it, so that the canonical comparison states exactly what
 * CSV cannot carry (docs/decisions/0034-csv-export-for-neo4j-admin.md).
 */
async function changeAsCsvDoes(db: Database): Promise<void> {
  const run = (cypher: string) => writeCypher(db, cypher);
  // neo4j-admin reads an empty array field as no property at all.
  await run("MATCH (n:Thing {id: 'thing:lists'}) REMOVE n.empty");
  // A column has one type: the `weight` column holds 1 and 1.0, so it is `double` and the Integers become Floats.
  await run("MATCH ()-[r:LINKS]->() WHERE r.weight IS :: INTEGER SET r.weight = toFloat(r.weight)");
  // The array delimiter inside a list item splits the item.
  await run("MATCH (n:Thing {id: 'thing:semicolons'}) SET n.tags = ['a', 'b', 'c']");
}

async function writeCypher(db: Database, cypher: string): Promise<void> {
  await db.driver.executeQuery(cypher, {}, db.queryConfig("WRITE"));
}

/** `lines` without one occurrence of each of `others` (a multiset difference). */
function withoutLines(lines: string[], others: string[]): string[] {
  const left = [...lines];
  for (const line of others) {
    const at = left.indexOf(line);
    if (at >= 0) left.splice(at, 1);
  }
  return left;
}

/** Writes both files of the CSV export of the whole graph, as `kgx export --format csv --part ...` does. */
async function exportCsvFiles(db: Database, dir: string): Promise<CsvFiles> {
  await mkdir(dir, { recursive: true });
  const files = {
    nodes: join(dir, "kgx-graph-nodes.csv"),
    relationships: join(dir, "kgx-graph-relationships.csv"),
  };
  for (const part of ["nodes", "relationships"] as const)
    await withGraphSnapshot(db, { kind: "all" }, (graph) =>
      pipeline(Readable.from(csvExport(graph, part)), createWriteStream(files[part])),
    );
  return files;
}

/** Runs Neo4j's import tool (neo4j/import-tool, from Maven Central) with the command line a researcher types. */
async function importCsv(home: string, exports: CsvFiles[]): Promise<void> {
  ensureMavenTool("import-tool", join("target", "lib"));
  await mkdir(join(home, "conf"), { recursive: true });
  const args = ["-Xmx256m", "-cp", `${importToolLib}/*`, "org.neo4j.cli.AdminTool"];
  args.push("database", "import", "full", "neo4j", "--multiline-fields=true");
  for (const files of exports) args.push(`--nodes=${files.nodes}`, `--relationships=${files.relationships}`);
  // Unset, the tool plans for 90% of the machine's memory.
  args.push("--max-off-heap-memory=256m", `--report-file=${join(home, "import.report")}`);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    // NEO4J_HOME decides where the store goes: data/databases/neo4j, where the embedded launcher opens it.
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") };
    const child = spawn("java", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: string) => {
      output += chunk;
    };
    child.stdout.setEncoding("utf8").on("data", keep);
    child.stderr.setEncoding("utf8").on("data", keep);
    child.once("exit", (code) => resolve({ code, output }));
  });
  if (code !== 0 || !output.includes("IMPORT DONE"))
    throw new Error(`neo4j-admin database import failed (exit ${code}): ${output.slice(-3000)}`);
}

/** Opens the imported store with kgx's embedded launcher and reads its canonical form. */
async function canonicalOfStore(home: string): Promise<string[]> {
  const { db, stop } = await startNeo4jIn(home);
  try {
    return await canonicalGraph(db);
  } finally {
    await db.close();
    await stop();
  }
}
