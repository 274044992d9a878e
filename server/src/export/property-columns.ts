import neo4j from "neo4j-driver";
import { cypherLiteral } from "../cypher/literal.js";
import type { GraphSnapshot } from "./graph-snapshot.js";

/**
 * The type of a property column in tabular exports (CSV, GraphML), in neo4j-admin import's names: `long`,
 * `double`, `boolean`, `string`, the temporal types, `point`, and arrays of them as `long[]`...
 */
export type ColumnType = string;

/** The column type of one value. */
export function columnTypeOf(value: unknown): ColumnType {
  if (Array.isArray(value)) {
    const types = new Set(value.map(columnTypeOf));
    if (types.size === 0) return "string[]";
    const merged = [...types].reduce(mergeColumnTypes);
    return merged.endsWith("[]") ? "string" : `${merged}[]`;
  }
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return "double";
  if (neo4j.isInt(value) || typeof value === "bigint") return "long";
  if (neo4j.isDate(value)) return "date";
  if (neo4j.isLocalDateTime(value)) return "localdatetime";
  if (neo4j.isDateTime(value)) return "datetime";
  if (neo4j.isLocalTime(value)) return "localtime";
  if (neo4j.isTime(value)) return "time";
  if (neo4j.isDuration(value)) return "duration";
  if (neo4j.isPoint(value)) return "point";
  return "string";
}

/** The one column type that holds values of both types: Integer and Float meet in `double`, else `string`. */
export function mergeColumnTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const numbers = new Set(["long", "double"]);
  if (numbers.has(a) && numbers.has(b)) return "double";
  if (
    numbers.has(a.replace("[]", "")) &&
    numbers.has(b.replace("[]", "")) &&
    a.endsWith("[]") &&
    b.endsWith("[]")
  )
    return "double[]";
  // An empty list says nothing about its element type.
  if (a === "string[]" && b.endsWith("[]")) return b;
  if (b === "string[]" && a.endsWith("[]")) return a;
  return "string";
}

/** Property keys and their column types, in key order. */
export type Columns = Map<string, ColumnType>;

/**
 * Reads the snapshot once to learn every property key of nodes and of relationships with its column type, since
 * GraphML and CSV declare their columns before the first row. Memory grows with the number of keys only.
 */
export async function collectColumns(
  graph: GraphSnapshot,
): Promise<{ nodes: Columns; relationships: Columns }> {
  const collect = async (items: AsyncIterable<{ properties: Record<string, unknown> }>) => {
    const columns: Columns = new Map();
    for await (const { properties } of items) {
      for (const [key, value] of Object.entries(properties)) {
        const type = columnTypeOf(value);
        const known = columns.get(key);
        columns.set(key, known ? mergeColumnTypes(known, type) : type);
      }
    }
    return new Map([...columns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  return { nodes: await collect(graph.nodes()), relationships: await collect(graph.relationships()) };
}

/** A value as text for a column of `type`: ISO text for temporal values, `{srid, x, y}` for points. */
export function columnText(value: unknown, type: ColumnType): string {
  if (typeof value === "string") return value;
  if (type === "string" && (Array.isArray(value) || neo4j.isPoint(value))) return cypherLiteral(value);
  if (neo4j.isPoint(value)) {
    const z = value.z === undefined ? "" : `, z: ${value.z}`;
    return `{srid: ${value.srid}, x: ${value.x}, y: ${value.y}${z}}`;
  }
  if (typeof value === "number") return numberText(value);
  return String(value);
}

function numberText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  return String(value);
}
