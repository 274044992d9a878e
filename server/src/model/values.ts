import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from "neo4j-driver";
import { type KindList, kindLists } from "./kinds.js";
import { type NodeProperty, nodeProperties } from "./properties.js";

/** Conversions between the values of the graph model as JSON and as Neo4j stores them, both ways. */

/**
 * A Neo4j value as plain JSON: Integers become numbers (strings only beyond 2^53, which kgx never stores),
 * temporals ISO strings, points `{srid, x, y, z}`, nodes and relationships are not expected here.
 */
export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === "bigint") return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toJson(srid), x, y } : { srid: toJson(srid), x, y, z };
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  }
  return value;
}

/** A property map from Neo4j as JSON, keys sorted so that answers are byte-stable. */
export function propertiesToJson(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((key) => [key, toJson(properties[key])]),
  );
}

const propertiesOf = (list: KindList): [string, NodeProperty][] => Object.entries(nodeProperties[list]);
const namesOfType = (type: NodeProperty["type"]) =>
  new Set(
    kindLists.flatMap((list) =>
      propertiesOf(list)
        .filter(([, p]) => p.type === type)
        .map(([name]) => name),
    ),
  );
const floatNames = namesOfType("float");
const dateNames = namesOfType("date");

/**
 * A value as Neo4j should store it under a property name of the model: whole numbers as Integer (Floats for the
 * model's Float properties, lat and lon, even when whole), full dates as Date (a year or month stays a String).
 */
export function toNeo4jValue(key: string, value: unknown): unknown {
  if (typeof value === "number") {
    return Number.isInteger(value) && !floatNames.has(key) ? neo4j.int(value) : value;
  }
  if (typeof value === "string" && dateNames.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-").map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 0, d ?? 0);
  }
  return value;
}
