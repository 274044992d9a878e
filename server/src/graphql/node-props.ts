import type { NodeRecord } from "./graph-records.js";

/** A string property of a node, or null (dates and numbers are shown as text). */
export function stringProp(node: { properties: Record<string, unknown> }, key: string): string | null {
  const value = node.properties[key];
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : String(value);
}

/** A numeric property of a node, or null. */
export function numberProp(node: { properties: Record<string, unknown> }, key: string): number | null {
  const value = node.properties[key];
  return typeof value === "number" ? value : null;
}

/** A list-of-strings property of a node (empty when absent). */
export function stringsProp(node: NodeRecord, key: string): string[] {
  const value = node.properties[key];
  return Array.isArray(value) ? value.map(String) : [];
}

/** The GraphQL type name of a domain node (Person, State, ..., Transfer, Claim, Source). */
export function typeNameOf(node: NodeRecord): string {
  const kind = node.labels.find((label) => label !== "Entity") ?? node.labels[0] ?? "Node";
  return kind;
}
