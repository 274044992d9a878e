import neo4j, { Neo4jError, type Record as Neo4jRecord, type Transaction } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import { type EdgeRecord, type NodeRecord, toEdgeRecords, toNodeRecord } from "../graphql/graph-records.js";
import type { Database } from "../neo4j/database.js";
import { GraphCollector, type IdOf, rowValue } from "./answer.js";
import { ConsoleError } from "./console-error.js";
import { fromNeo4jFailure } from "./neo4j-failure.js";
import { checkParams } from "./params.js";
import { checkPlan } from "./plan-check.js";
import { checkText } from "./text-check.js";

/** The console's limits on one answer (docs/security.md). */
export const consoleLimits = {
  /** Rows kept; one more is read to know that there were more (`truncated`). */
  maxRows: 1_000,
  /** Bytes of the rows as JSON: past this the rows stop (`truncated`); a first row this large is refused. */
  maxRowBytes: 4_000_000,
  /** Nodes drawn from one answer; the canvas's own `graph(ids:)` takes as many. */
  maxGraphNodes: 5_000,
  /**
   * Memory Neo4j lets one console transaction account for (collect, DISTINCT, ORDER BY, paths held for a result):
   * 128 MiB, an eighth of the default heap; the launcher caps it at a quarter of whatever heap it has.
   */
  maxTransactionBytes: 128 * 1024 * 1024,
} as const;

/** Marks a console transaction for the launcher (RunawayStopper.java); kgx's own transactions carry none. */
export const consoleTransactionMetadata = { kgx: "console" } as const;

/** A console answer: the rows in column order, and the graph found in them. */
export interface ConsoleResult {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: NodeRecord[]; edges: EdgeRecord[]; truncated: boolean };
  truncated: boolean;
}

/** How long past the query timeout the console waits for Neo4j to stop a query before it answers QUERY_TIMEOUT. */
const stopGraceMs = 5_000;
const timedOut = new Neo4jError(
  "The console stopped waiting",
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "",
  "",
);

const nodesByElementId = namedQuery("console/console.cypher", "nodes-by-element-id");
const hasMemoryLimit = namedQuery("console/console.cypher", "has-memory-limit");
const limitTransactionMemory = namedQuery("console/console.cypher", "limit-transaction-memory");

/** Per database, whether it has kgx's `kgx.limitTransactionMemory` (the embedded Neo4j does, a user's own not). */
const memoryLimitSupport = new WeakMap<Database, Promise<boolean>>();

function supportsMemoryLimit(db: Database): Promise<boolean> {
  let known = memoryLimitSupport.get(db);
  if (!known) {
    known = db.query(hasMemoryLimit, {}, "READ").then(({ records }) => records[0]?.get("found") === true);
    // A failed look-up (Neo4j down) is asked again next time, not remembered.
    known.catch(() => memoryLimitSupport.delete(db));
    memoryLimitSupport.set(db, known);
  }
  return known;
}

/**
 * Runs a researcher's Cypher query after the text check and the EXPLAIN check, in a read transaction with the
 * server's query timeout that is always rolled back, keeping at most `maxRows` rows and `maxRowBytes` bytes. A
 * refusal or failure is a ConsoleError with a code and one line saying what and why.
 */
export async function runConsoleQuery(
  db: Database,
  query: string,
  rawParams: unknown,
  timeoutMs = db.timeoutMs,
): Promise<ConsoleResult> {
  const params = checkParams(rawParams);
  const statement = checkText(query);
  await checkPlan(db, statement, params);
  const read = await readRows(db, statement, params, timeoutMs);
  const { nodes, idOf, truncated } = await lookUpNodes(db, read.collector.elementIds());
  const edges = [...read.collector.relationships.values()].flatMap((relationship) => {
    const source = idOf(relationship.startNodeElementId);
    const target = idOf(relationship.endNodeElementId);
    if (source === null || target === null) return [];
    return [{ type: relationship.type, source, target, properties: relationship.properties }];
  });
  return {
    columns: read.columns,
    rows: read.records.map((record) => record.map((value) => rowValue(value, idOf))),
    graph: { nodes, edges: toEdgeRecords(edges), truncated },
    truncated: read.truncated,
  };
}

interface ReadRows {
  columns: string[];
  records: unknown[][];
  collector: GraphCollector;
  truncated: boolean;
}

/** Streams the rows in a READ transaction that is rolled back at the end, stopping at the row and byte caps. */
async function readRows(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<ReadRows> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  let transaction: Transaction | undefined;
  const work = (async (): Promise<ReadRows> => {
    const limitMemory = await supportsMemoryLimit(db);
    // The metadata marks the transaction as the console's: only such transactions may the launcher's runaway
    // stopper stop (decision 0085), never kgx's own.
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: consoleTransactionMetadata });
    transaction = tx;
    // Before the user's query, in its transaction: what Neo4j accounts for stops at this limit (decision 0083).
    if (limitMemory)
      await tx.run(limitTransactionMemory, { bytes: neo4j.int(consoleLimits.maxTransactionBytes) });
    const result = tx.run(statement, params);
    const columns = [...(await result.keys())].map(String);
    const collector = new GraphCollector();
    const records: unknown[][] = [];
    let bytes = 0;
    let truncated = false;
    for await (const record of result as AsyncIterable<Neo4jRecord>) {
      if (records.length === consoleLimits.maxRows) {
        truncated = true;
        break;
      }
      const values = columns.map((column) => record.get(column));
      // Measured with element ids for relationship ends: kgx's ids are known only after the look-up.
      bytes += JSON.stringify(rowValue(values, (elementId) => elementId)).length;
      if (bytes > consoleLimits.maxRowBytes) {
        if (records.length === 0) throw tooLarge();
        truncated = true;
        break;
      }
      collector.visit(values);
      records.push(values);
    }
    return { columns, records, collector, truncated };
  })();
  let timer: NodeJS.Timeout | undefined;
  // Neo4j ends the transaction at its timeout, but checks for that between steps of its work: a query that spends
  // long in one step (a long path, a huge value) ends seconds later. Past this grace kgx stops waiting all the same.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fromNeo4jFailure(timedOut)), timeoutMs + stopGraceMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    throw error instanceof Neo4jError ? fromNeo4jFailure(error) : error;
  } finally {
    clearTimeout(timer);
    // Nothing the console runs is ever committed: once the work has settled, its transaction is rolled back, and
    // only then is the session closed, so that its connection goes back to the pool out of any transaction.
    void work
      .catch(() => undefined)
      .then(() => transaction?.rollback())
      .catch(() => undefined)
      .then(() => session.close());
  }
}

function tooLarge(): ConsoleError {
  return new ConsoleError(
    "ANSWER_TOO_LARGE",
    `The first row alone is over ${consoleLimits.maxRowBytes / 1_000_000} MB as JSON: return fewer or smaller values.`,
  );
}

/** The answer's nodes with kgx's ids and degrees; nodes without an `id` property are left out of the graph. */
async function lookUpNodes(
  db: Database,
  elementIds: string[],
): Promise<{ nodes: NodeRecord[]; idOf: IdOf; truncated: boolean }> {
  const wanted = elementIds.slice(0, consoleLimits.maxGraphNodes);
  const ids = new Map<string, string>();
  const nodes: NodeRecord[] = [];
  if (wanted.length > 0) {
    let records: Neo4jRecord[];
    try {
      ({ records } = await db.query(nodesByElementId, { elementIds: wanted }, "READ"));
    } catch (error) {
      throw error instanceof Neo4jError ? fromNeo4jFailure(error) : error;
    }
    for (const record of records) {
      const raw = record.get("node") as { properties: Record<string, unknown> };
      if (typeof raw.properties.id !== "string") continue;
      const node = toNodeRecord(raw);
      ids.set(record.get("elementId") as string, node.id);
      nodes.push(node);
    }
  }
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodes,
    idOf: (elementId) => ids.get(elementId) ?? null,
    truncated: elementIds.length > wanted.length,
  };
}
