import neo4j from "neo4j-driver";
import { compareCodePoints, cypherLiteral, cypherString, quotedName } from "../cypher/literal.js";
import type { ExportNode } from "./graph-snapshot.js";

/** How a script writes nodes: see `CypherMode` in cypher-script.ts. */
type Mode = "create" | "merge";

/**
 * Rows per node statement (a statement also closes once its rows pass about 1 MB). A node row is a list of
 * literals, which Neo4j extracts as one parameter, so node statements are as long as relationship ones.
 * Measured: docs/decisions/0059.
 */
const nodeBatchRows = 400;
const maxStatementBytes = 1 << 20;

/**
 * Temporal types whose Cypher function reads the value back from its text. A column whose values in one statement
 * are all of one of these types holds the text (a string literal) and the head converts it, so that the row stays
 * a list of plain literals; any other column holds each value's own literal.
 */
const textTemporals: [name: string, test: (value: unknown) => boolean][] = [
  ["date", neo4j.isDate],
  ["localdatetime", neo4j.isLocalDateTime],
  ["datetime", neo4j.isDateTime],
  ["localtime", neo4j.isLocalTime],
  ["time", neo4j.isTime],
];

/** The temporal function of a value written as text, if its type is one of `textTemporals`. */
function temporalOf(value: unknown): string | undefined {
  return textTemporals.find(([, test]) => test(value))?.[0];
}

interface Column {
  key: string;
  /** The function that turns the column's text back into its temporal value, when every value needs the same. */
  temporal: string | undefined;
}

/**
 * The columns of one statement: `id` first, then every other key any of its nodes has, in code-point order. A node
 * that lacks a key has `null` there, which `SET` skips (create) or `coalesce` keeps from the target (merge).
 */
function columnsOf(nodes: readonly ExportNode[]): Column[] {
  const temporals = new Map<string, string | undefined>();
  for (const { properties } of nodes)
    for (const [key, value] of Object.entries(properties)) {
      const temporal = temporalOf(value);
      temporals.set(key, temporals.has(key) && temporals.get(key) !== temporal ? undefined : temporal);
    }
  const keys = [...temporals.keys()].filter((key) => key !== "id").sort(compareCodePoints);
  return ["id", ...keys].map((key) => ({ key, temporal: temporals.get(key) }));
}

/** A node as a list of literals in its statement's columns; trailing absent values are left out (`row[i]` is null). */
function nodeRow(node: ExportNode, columns: readonly Column[]): string {
  const cells = columns.map(({ key, temporal }) => {
    const value = node.properties[key];
    if (value === undefined || value === null) return "null";
    return temporal ? cypherString(String(value)) : cypherLiteral(value);
  });
  while (cells.length > 1 && cells.at(-1) === "null") cells.pop();
  return `[${cells.join(", ")}]`;
}

function labelsText(labels: readonly string[]): string {
  return labels.map((label) => `:${quotedName(label)}`).join("");
}

/** `row[i]`, or the temporal function of its text. */
function cell(column: Column, index: number): string {
  return column.temporal ? `${column.temporal}(row[${index}])` : `row[${index}]`;
}

/**
 * The statement head after `UNWIND [...] AS row`. Create sets every column (a null one sets nothing); merge finds
 * the node by `id` under a label with a uniqueness constraint on it and sets each column that has a value, keeping
 * what the target holds where the export has nothing.
 */
function nodeHead(labels: readonly string[], columns: readonly Column[], keyLabels: Set<string>, mode: Mode) {
  if (mode === "create") {
    const sets = columns.map((column, i) => `n.${quotedName(column.key)} = ${cell(column, i)}`);
    return `CREATE (n${labelsText(labels)}) SET ${sets.join(", ")}`;
  }
  const key = labels.find((label) => keyLabels.has(label));
  const merged = key ? [key] : labels;
  const others = labels.filter((label) => !merged.includes(label));
  const sets = columns.flatMap((column, i) => {
    if (column.key === "id") return [];
    const name = `n.${quotedName(column.key)}`;
    return [`${name} = coalesce(${cell(column, i)}, ${name})`];
  });
  if (others.length) sets.push(`n${labelsText(others)}`);
  return `MERGE (n${labelsText(merged)} {id: row[0]})${sets.length ? ` SET ${sets.join(", ")}` : ""}`;
}

/**
 * The node statements of a script: consecutive nodes with the same labels in `UNWIND [...] AS row` statements of
 * at most `nodeBatchRows` rows (and about 1 MB), one row per line, each with its own columns.
 */
export async function* nodeStatements(
  nodes: AsyncIterable<ExportNode>,
  keyLabels: Set<string>,
  mode: Mode,
  prefix: string,
): AsyncGenerator<{ text: string; rows: number }> {
  let labels: string[] = [];
  let group = "";
  let batch: ExportNode[] = [];
  let bytes = 0;
  const flush = () => {
    const columns = columnsOf(batch);
    const rows = batch.map((node) => nodeRow(node, columns));
    const text = `${prefix}UNWIND [\n${rows.join(",\n")}\n] AS row\n${nodeHead(labels, columns, keyLabels, mode)}\n;\n`;
    batch = [];
    bytes = 0;
    return { text, rows: rows.length };
  };
  for await (const node of nodes) {
    const nodeGroup = labelsText(node.labels);
    if (
      batch.length > 0 &&
      (nodeGroup !== group || batch.length >= nodeBatchRows || bytes >= maxStatementBytes)
    )
      yield flush();
    group = nodeGroup;
    labels = node.labels;
    batch.push(node);
    bytes += approximateBytes(node.properties);
  }
  if (batch.length > 0) yield flush();
}

/** About the length of a node's row, without writing it twice: long strings are what make statements big. */
function approximateBytes(properties: Record<string, unknown>): number {
  let bytes = 0;
  for (const value of Object.values(properties))
    bytes +=
      typeof value === "string" ? value.length + 4 : Array.isArray(value) ? cypherLiteral(value).length : 16;
  return bytes;
}
