import type { Database } from "../src/neo4j/database.js";

/**
 * The whole graph as one canonical string: every node (labels, properties) and relationship (type, end ids,
 * properties), sorted, with values in a form that tells Integer from Float and dates from strings. Two dumps are
 * equal exactly when the graphs are.
 */
export async function dumpGraph(db: Database): Promise<string> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      // The change log (:Change) records imports; it is not part of the graph these dumps compare.
      "MATCH (n) WHERE NOT n:Change RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) | [k, n[k]]] AS props",
    );
    const rels = await tx.run(
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, [k IN keys(r) | [k, r[k]]] AS props",
    );
    const lines = [
      ...nodes.records.map(
        (r) =>
          `node ${r.get("id")} ${[...r.get("labels")].sort().join(":")} ${canonicalProps(r.get("props"))}`,
      ),
      ...rels.records.map(
        (r) => `rel ${r.get("from")} -[${r.get("type")}]-> ${r.get("to")} ${canonicalProps(r.get("props"))}`,
      ),
    ];
    return lines.sort().join("\n");
  });
}

function canonicalProps(pairs: [string, unknown][]): string {
  return pairs
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${canonicalValue(value)}`)
    .join(" ");
}

function canonicalValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalValue).join(",")}]`;
  if (typeof value === "number") return `float:${value}`;
  if (typeof value === "string") return JSON.stringify(value);
  if (value !== null && typeof value === "object") {
    // neo4j Integer and temporal values print themselves; the constructor name keeps their type.
    return `${value.constructor.name}:${String(value)}`;
  }
  return String(value);
}
