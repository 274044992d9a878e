import type { NodeRow, RelationshipRow } from "@kgx/server/dist/import/graph-rows.js";
import { baseLabelOf } from "@kgx/server/dist/model/kinds.js";
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import type { GeneratedGraph } from "./graph.js";
import type { LoadReport } from "./load.js";

const batchRows = 1_000;
const transactionRows = 10_000;
const safeName = /^[A-Za-z_]+$/;

function groups<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function checked(name: string): string {
  if (!safeName.test(name)) throw new Error(`unexpected label or type '${name}'`);
  return name;
}

/**
 * The R6 baseline: the loader a developer writes in an afternoon. Batched UNWIND + MERGE on id, properties set
 * whole, 1000 rows per statement and 10 000 per transaction, like kgx; no change counting, no checks.
 */
export async function loadPlain(db: Database, graph: GeneratedGraph): Promise<LoadReport> {
  const started = performance.now();
  await inTransactions(
    db,
    graph.nodes,
    (row: NodeRow) => row.labels.join(":"),
    (key) => {
      const labels = key.split(":").map(checked);
      const main = labels.at(-1);
      return `UNWIND $rows AS row MERGE (n:${main} {id: row.id}) SET n = row.props, n:${labels.join(":")}`;
    },
  );
  await inTransactions(
    db,
    graph.relationships,
    (row: RelationshipRow) => `${row.type}:${baseLabelOf(row.from)}:${baseLabelOf(row.to)}`,
    (key) => {
      const [type, from, to] = key.split(":").map(checked);
      return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b) SET r = row.props`;
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const rows = graph.nodes.length + graph.relationships.length;
  return { rows, seconds, rowsPerSecond: rows / seconds };
}

async function inTransactions<T>(
  db: Database,
  rows: readonly T[],
  key: (row: T) => string,
  statement: (key: string) => string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += transactionRows) {
    const chunk = rows.slice(i, i + transactionRows);
    await db.write(async (tx) => {
      for (const [k, group] of groups(chunk, key)) {
        for (let j = 0; j < group.length; j += batchRows) {
          await tx.run(statement(k), { rows: group.slice(j, j + batchRows) });
        }
      }
    }, 600_000);
  }
}
