import { edgeId } from "../model/edge-ids.js";
import { shownLabels } from "../model/labels.js";
import { propertiesToJson, toJson } from "../model/values.js";

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
    labels: shownLabels(map.labels).sort(),
    properties,
    degree: typeof degree === "number" ? degree : 0,
  };
}

/** A node's display name: `name`, else `title`, else its id. */
export function nameOf(node: NodeRecord): string {
  const { name, title } = node.properties;
  if (typeof name === "string" && name) return name;
  if (typeof title === "string" && title) return title;
  return node.id;
}

/** Gives relationships their edge ids (model/edge-ids.ts), parallel ones numbered in the order of their properties. */
export function toEdgeRecords(raw: readonly unknown[]): EdgeRecord[] {
  const edges = raw.map((item) => {
    const map = item as { type: string; source: string; target: string; properties: Record<string, unknown> };
    const properties = propertiesToJson(map.properties);
    return {
      base: edgeId(map.source, map.type, map.target),
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
      id: edgeId(map.source, map.type, map.target, count),
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
