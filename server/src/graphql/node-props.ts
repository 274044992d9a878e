import { kindLabelOf } from "../model/labels.js";
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

/**
 * The GraphQL type name of a domain node (Person, State, ..., Transfer, Claim, Source): its model label, so that a
 * label a researcher added (`:Sanctioned`) does not hide its kind. A node of no kind gives a name the schema lacks,
 * which the API answers as INTEGRITY_VIOLATION.
 */
export function typeNameOf(node: NodeRecord): string {
  return kindLabelOf(node.labels) ?? node.labels[0] ?? "Node";
}
