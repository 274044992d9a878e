import type { GraphSnapshot } from "./graph-snapshot.js";
import { type Columns, collectColumns, columnText } from "./property-columns.js";

/** Which file of a CSV export: neo4j-admin import reads nodes and relationships from separate files. */
export type CsvPart = "nodes" | "relationships";

/** The character neo4j-admin import splits array fields on (its default). */
export const csvArrayDelimiter = ";";

/**
 * One file of the graph as CSV with the headers `neo4j-admin database import full` reads: nodes as
 * `id:ID,:LABEL,name:string,aliases:string[],...`, relationships as `:START_ID,:END_ID,:TYPE,quantity:long,...`;
 * typed columns (long, double, boolean, date, datetime, ..., point, and arrays of them). An empty field means the
 * property is absent, a quoted empty field `""` an empty string. What CSV cannot carry (empty lists, a key holding
 * both Integers and Floats, `;` inside list items) is in docs/decisions/0034-csv-export-for-neo4j-admin.md.
 */
export async function* csvExport(
  graph: GraphSnapshot,
  part: CsvPart,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const columns = await collectColumns(graph);
  const total = part === "nodes" ? graph.counts.nodes : graph.counts.relationships;
  let done = 0;
  const progress = () => {
    if (++done % 1000 === 0 || done === total) onProgress?.(done, total);
  };
  if (part === "nodes") {
    // `id:ID` also stores the id as the property `id`, so the id column is not repeated.
    const keys = withoutId(columns.nodes);
    yield line(["id:ID", ":LABEL", ...header(keys)]);
    for await (const node of graph.nodes()) {
      // A node without labels gets an empty field, not `""`, which would read as an empty label name.
      const labels = node.labels.length > 0 ? node.labels.join(csvArrayDelimiter) : undefined;
      yield line([node.id, labels, ...fields(node.properties, keys)]);
      progress();
    }
  } else {
    const keys = columns.relationships;
    yield line([":START_ID", ":END_ID", ":TYPE", ...header(keys)]);
    for await (const rel of graph.relationships()) {
      yield line([rel.source, rel.target, rel.type, ...fields(rel.properties, keys)]);
      progress();
    }
  }
}

function withoutId(columns: Columns): Columns {
  return new Map([...columns].filter(([key]) => key !== "id"));
}

function header(columns: Columns): string[] {
  return [...columns].map(([key, type]) => `${key}:${type}`);
}

/** The fields of one row; `undefined` leaves the field empty, which neo4j-admin reads as "no such property". */
function fields(properties: Record<string, unknown>, columns: Columns): (string | undefined)[] {
  return [...columns].map(([key, type]) => {
    if (!(key in properties)) return undefined;
    const value = properties[key];
    if (Array.isArray(value) && type.endsWith("[]")) {
      // An empty list has no CSV form: neo4j-admin reads both an empty field and `""` in an array column as absent.
      if (value.length === 0) return undefined;
      return value.map((item) => fieldText(item, type.slice(0, -2))).join(csvArrayDelimiter);
    }
    return fieldText(value, type);
  });
}

function fieldText(value: unknown, type: string): string {
  // String(-0) is "0", which would import as +0.0.
  if (Object.is(value, -0)) return "-0.0";
  return columnText(value, type);
}

/** One CSV record (RFC 4180), as neo4j-admin reads it with --multiline-fields=true. */
function line(values: (string | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

function csvField(value: string | undefined): string {
  if (value === undefined) return "";
  // An empty string is quoted, because an empty field would mean the property is absent.
  if (value === "" || /[",\r\n]/.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}
