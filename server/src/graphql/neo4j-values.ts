import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from "neo4j-driver";

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
