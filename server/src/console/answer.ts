import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import { kindOf, shownLabels } from "../model/labels.js";
import { propertiesToJson, toJson } from "../model/values.js";

/** How a row names a relationship's end nodes: kgx's ids, once the nodes are looked up. */
export type IdOf = (elementId: string) => string | null;

/**
 * The nodes and relationships found anywhere in a console answer's rows: in columns, lists, maps and paths.
 * Kept by Neo4j's element id, the only name a node without kgx's `id` property has.
 */
export class GraphCollector {
  readonly nodes: Map<string, Node> = new Map();
  readonly relationships: Map<string, Relationship> = new Map();

  /** Gathers the graph elements of one value, however deeply nested. */
  visit(value: unknown): void {
    if (value === null || typeof value !== "object") return;
    if (isNode(value)) {
      this.nodes.set(value.elementId, value);
    } else if (isRelationship(value)) {
      this.relationships.set(value.elementId, value);
    } else if (isPath(value)) {
      this.nodes.set(value.start.elementId, value.start);
      for (const segment of value.segments) {
        this.relationships.set(segment.relationship.elementId, segment.relationship);
        this.nodes.set(segment.end.elementId, segment.end);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.visit(item);
    } else if (isPlainObject(value)) {
      for (const item of Object.values(value)) this.visit(item);
    }
  }

  /** The element ids of every node the answer's graph needs: its nodes and the ends of its relationships. */
  elementIds(): string[] {
    const ids = new Set(this.nodes.keys());
    for (const relationship of this.relationships.values()) {
      ids.add(relationship.startNodeElementId);
      ids.add(relationship.endNodeElementId);
    }
    return [...ids];
  }
}

/** A Cypher map; Integers, temporals and points are objects too, of their own classes, and hold no graph. */
function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * One value of a row as JSON, properties converted as the exports convert them (model/values.ts: Integers as
 * numbers, temporals as ISO strings, points as maps): a node as the JSON export writes it (id, kind, labels, name,
 * properties), a relationship as an edge (type, source, target, properties), a path as its nodes and relationships.
 */
export function rowValue(value: unknown, idOf: IdOf): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value)) return nodeJson(value);
  if (isRelationship(value)) return relationshipJson(value, idOf);
  if (isPath(value))
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(nodeJson),
      relationships: value.segments.map((segment) => relationshipJson(segment.relationship, idOf)),
    };
  if (Array.isArray(value)) return value.map((item) => rowValue(item, idOf));
  if (typeof value === "object" && isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rowValue(item, idOf)]));
  return toJson(value);
}

function nodeJson(node: Node) {
  const properties = propertiesToJson(node.properties);
  const id = typeof properties.id === "string" ? properties.id : null;
  const name = [properties.name, properties.title].find((v) => typeof v === "string" && v) ?? id;
  return { id, kind: kindOf(node.labels), labels: shownLabels(node.labels).sort(), name, properties };
}

function relationshipJson(relationship: Relationship, idOf: IdOf) {
  return {
    type: relationship.type,
    source: idOf(relationship.startNodeElementId),
    target: idOf(relationship.endNodeElementId),
    properties: propertiesToJson(relationship.properties),
  };
}
