import neo4j from "neo4j-driver";

/**
 * Query parameters with whole JavaScript numbers sent as Cypher Integers (the driver sends every number as a
 * Float, which LIMIT refuses), as kgx's own read path does.
 */
export function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isSafeInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}
