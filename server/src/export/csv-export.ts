import { stringify } from "csv-stringify/sync";
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
 * property is absent. See docs/decisions/0032-csv-export.md for how to import it.
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
      yield line([node.id, node.labels.join(csvArrayDelimiter), ...fields(node.properties, keys)]);
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

function fields(properties: Record<string, unknown>, columns: Columns): string[] {
  return [...columns].map(([key, type]) => {
    if (!(key in properties)) return "";
    const value = properties[key];
    if (Array.isArray(value) && type.endsWith("[]"))
      return value.map((item) => columnText(item, type.slice(0, -2))).join(csvArrayDelimiter);
    return columnText(value, type);
  });
}

function line(values: string[]): string {
  // Quote every field that needs it (commas, quotes, line breaks), as neo4j-admin's --multiline-fields reads them.
  return stringify([values], { record_delimiter: "\n" });
}
