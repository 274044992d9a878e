import { propertiesToJson, toJson } from "./neo4j-values.js";

/** The kinds of node kgx knows, most specific first; a node's kind is the first of these among its labels. */
export const nodeKinds = [
  "Person",
  "State",
  "Organization",
  "Place",
  "Item",
  "Event",
  "Transfer",
  "Claim",
  "Source",
  "Entity",
] as const;

/** A kgx label (the allow-list for labels that reach Cypher). */
export type NodeLabel = (typeof nodeKinds)[number];

/** A node as kgx's queries return it: `{labels, properties, degree}` with JSON-safe properties. */
export interface NodeRecord {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  degree: number;
}

/** A relationship as kgx's queries return it, identified by its end nodes' ids. */
export interface EdgeRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Reads a node map (`{labels, properties, degree}`) returned by a named query. */
export function toNodeRecord(raw: unknown): NodeRecord {
  const map = raw as { labels: string[]; properties: Record<string, unknown>; degree?: unknown };
  const properties = propertiesToJson(map.properties);
  const degree = toJson(map.degree ?? 0);
  return {
    id: String(properties.id),
    labels: [...map.labels].sort(),
    properties,
    degree: typeof degree === "number" ? degree : 0,
  };
}

/** The lower-case kind of a node (person, state, ..., transfer, claim, source), from its labels. */
export function kindOf(labels: readonly string[]): string {
  const kind = nodeKinds.find((label) => labels.includes(label));
  return (kind ?? labels[0] ?? "node").toLowerCase();
}

/** The label for a kind the user typed (`person` → `Person`), or undefined if kgx has no such kind. */
export function labelOfKind(kind: string): NodeLabel | undefined {
  return nodeKinds.find((label) => label.toLowerCase() === kind.trim().toLowerCase());
}

/** A node's display name: `name`, else `title`, else its id. */
export function nameOf(node: NodeRecord): string {
  const { name, title } = node.properties;
  if (typeof name === "string" && name) return name;
  if (typeof title === "string" && title) return title;
  return node.id;
}

/**
 * Gives relationships stable ids without Neo4j's internal ids: `source>TYPE>target`, and for parallel
 * relationships of one type between the same nodes a `#2`, `#3`... in the order of their properties, so the same
 * relationship gets the same id in every answer that contains its two end nodes.
 */
export function toEdgeRecords(raw: readonly unknown[]): EdgeRecord[] {
  const edges = raw.map((item) => {
    const map = item as { type: string; source: string; target: string; properties: Record<string, unknown> };
    const properties = propertiesToJson(map.properties);
    return {
      base: `${map.source}>${map.type}>${map.target}`,
      key: JSON.stringify(properties),
      map,
      properties,
    };
  });
  edges.sort((a, b) => compare(a.base, b.base) || compare(a.key, b.key));
  const seen = new Map<string, number>();
  return edges.map(({ base, map, properties }) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}#${count}`,
      type: map.type,
      source: map.source,
      target: map.target,
      properties,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
