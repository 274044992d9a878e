/**
 * What a Cypher export's statements cost Neo4j to load, by row shape and rows per statement: relationship rows as
 * maps (`{source: "…", target: "…", properties: {}}`, kgx's first format) against lists of literals (`["…", "…"]`,
 * which Neo4j extracts as one parameter), and node rows as maps (`SET n = row`, kgx's format before decision 0059)
 * against lists of column values (`SET n.name = row[1], …`) at several batch sizes. Each statement is new query
 * text, as in a script, so every one is compiled afresh. Map and list runs alternate per batch size; milliseconds
 * per row are recorded, never asserted. The figures behind docs/decisions/0030 and 0059. Writes
 * bench/results/statement-shapes/<stamp>.json and prints the same JSON.
 *
 *   node bench/dist/statement-shapes.js [--rows 4000] [--out <folder>]
 */
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import { describeEnvironment } from "./harness/environment.js";
import { startBenchNeo4j } from "./harness/neo4j.js";
import { startProgramOrExit } from "./harness/program.js";

const program = startProgramOrExit({
  name: "statement-shapes",
  tier: null,
  // Relationship rows per shape and size (node rows: half as many); fewer for a quick check of the program.
  options: { rows: { type: "string", default: "4000" } },
});
const relationshipRows = Number(program.values.rows);

const endNodes = 20_000;
let next = 0;
/** A fresh source and target id each call, so that no two statements share their text. */
function pair(): [string, string] {
  const i = next++ % endNodes;
  return [JSON.stringify(`claim:g-${i}`), JSON.stringify(`person:g-${(i * 7) % endNodes}`)];
}
let claimSeq = endNodes;
function claimRow(): string {
  const i = claimSeq++;
  return `{id: "claim:x-${i}", name: "Claim ${i}", quantity: ${i}, quote: "Novak said ${i} shells were shipped", stance: "denies", statedOn: date("2022-07-13"), text: "Novak on shells (${i})", unit: "shells"}`;
}

/** The same claim as a list of literals in the columns of `nodesAsLists`, its date as text. */
function claimListRow(): string {
  const i = claimSeq++;
  return `["claim:x-${i}", "Claim ${i}", ${i}, "Novak said ${i} shells were shipped", "denies", "2022-07-13", "Novak on shells (${i})", "shells"]`;
}

type Statement = (rows: number) => string;

const relationshipsAsMaps: Statement = (rows) =>
  `UNWIND [\n${Array.from({ length: rows }, () => {
    const [a, b] = pair();
    return `{source: ${a}, target: ${b}, properties: {}}`;
  }).join(
    ",\n",
  )}\n] AS row\nMATCH (a:Claim {id: row.source})\nMATCH (b:Entity {id: row.target})\nCREATE (a)-[r:ABOUT]->(b) SET r = row.properties`;

const relationshipsAsLists: Statement = (rows) =>
  `UNWIND [\n${Array.from({ length: rows }, () => `[${pair().join(", ")}]`).join(",\n")}\n] AS row\nMATCH (a:Claim {id: row[0]})\nMATCH (b:Entity {id: row[1]})\nCREATE (a)-[r:ABOUT]->(b) SET r = coalesce(row[2], {})`;

const nodesAsMaps: Statement = (rows) =>
  `UNWIND [\n${Array.from({ length: rows }, claimRow).join(",\n")}\n] AS row\nCREATE (n:Claim) SET n = row`;

const nodesAsLists: Statement = (rows) =>
  `UNWIND [\n${Array.from({ length: rows }, claimListRow).join(",\n")}\n] AS row\nCREATE (n:Claim) SET n.id = row[0], n.name = row[1], n.quantity = row[2], n.quote = row[3], n.stance = row[4], n.statedOn = date(row[5]), n.text = row[6], n.unit = row[7]`;

/** Milliseconds per row to run `total` rows as statements of `rows` rows each, one auto-commit statement at a time. */
async function perRow(db: Database, statement: Statement, rows: number, total: number): Promise<number> {
  const session = db.driver.session({ database: db.name });
  try {
    const statements = Math.ceil(total / rows);
    const started = performance.now();
    for (let i = 0; i < statements; i++) await session.run(statement(rows));
    return (performance.now() - started) / (statements * rows);
  } finally {
    await session.close();
  }
}

const neo4j = await startBenchNeo4j({ heap: "1g", pageCache: "256m" });
const { db } = neo4j;
try {
  for (const schema of [
    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    `UNWIND range(0, ${endNodes - 1}) AS i CREATE (:Claim {id: 'claim:g-' + i}) CREATE (:Entity {id: 'person:g-' + i})`,
  ])
    await db.driver.executeQuery(schema, {}, db.queryConfig("WRITE"));
  await perRow(db, relationshipsAsLists, 100, 1000); // warm-up, discarded
  const result = await program.openResult({
    environment: describeEnvironment(neo4j.version),
    results: [] as { shape: string; rowsPerStatement: number; msPerRow: number }[],
  });
  program.log(`writing ${result.file}`);
  const measure = async (shape: string, statement: Statement, rows: number, total: number) => {
    program.log(`${shape}, ${rows} rows a statement`);
    const msPerRow = await perRow(db, statement, rows, total);
    result.data.results.push({ shape, rowsPerStatement: rows, msPerRow });
    await result.save();
  };
  for (const [i, rows] of [100, 400, 1000].entries()) {
    const maps = () => measure("relationship rows as maps", relationshipsAsMaps, rows, relationshipRows);
    const lists = () => measure("relationship rows as lists", relationshipsAsLists, rows, relationshipRows);
    for (const run of i % 2 === 0 ? [maps, lists] : [lists, maps]) await run();
  }
  // Node rows: maps at the sizes measured before (100 was kgx's), lists at the sizes relationship rows use.
  for (const [i, [mapRows, listRows]] of [
    [100, 100],
    [200, 400],
    [20, 1000],
  ].entries()) {
    const maps = () => measure("node rows as maps", nodesAsMaps, mapRows ?? 100, relationshipRows / 2);
    const lists = () => measure("node rows as lists", nodesAsLists, listRows ?? 100, relationshipRows / 2);
    for (const run of i % 2 === 0 ? [maps, lists] : [lists, maps]) await run();
  }
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
} finally {
  await neo4j.stop();
}
