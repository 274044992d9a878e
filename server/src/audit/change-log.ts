import { randomBytes } from "node:crypto";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import { bookkeepingProperties } from "../model/relationships.js";
import { propertiesToJson } from "../model/values.js";

/**
 * The change log (docs/decisions/0014-change-log.md): every change to the graph, by a mutation or an import, as a
 * `(:Change)` node written in the transaction of the change itself, so that a rolled-back change leaves no entry.
 */

/** What a change did. */
export type ChangeAction = "create" | "update" | "delete" | "import";

/** One entry of the change log, before it is stored. */
export interface ChangeEntry {
  /** The writer's name (the write token's name, or the local user for `kgx import`). */
  by: string;
  action: ChangeAction;
  /** "graph" for an import. */
  subject: "node" | "relationship" | "graph";
  /** A node id, an edge id `source>TYPE>target`, or the imported file. */
  target: string;
  /** The changed properties as they were and as they are; null when there are none (before a create...). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The mutation's name, or "import". */
  via: string;
  /** The change set it belongs to (docs/decisions/0095-change-sets.md), when a commit or a revert made it. */
  set?: string | undefined;
}

const recordQuery = namedQuery("queries/changes.cypher", "record-change");
let sequence = 0;

/**
 * A new change id: "change:" + the time to the millisecond + a per-process counter + random bits. Ids sort by time
 * (and, within one process, by order), so the log pages newest first by id; the random part keeps two servers
 * writing in the same millisecond apart.
 */
export function newChangeId(at: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const time = at.toISOString().replace(/[-:.]/g, "");
  return `change:${time}-${String(sequence).padStart(6, "0")}-${randomBytes(4).toString("hex")}`;
}

/** A change as its (:Change) node stores it, with a new id; for writing many in one statement. */
export function changeNode(entry: ChangeEntry, at = new Date()): Record<string, unknown> {
  const json = (value: Record<string, unknown> | null) => (value ? JSON.stringify(value) : null);
  return {
    id: newChangeId(at),
    at: neo4j.types.DateTime.fromStandardDate(at),
    by: entry.by,
    action: entry.action,
    subject: entry.subject,
    target: entry.target,
    before: json(entry.before),
    after: json(entry.after),
    via: entry.via,
    ...(entry.set ? { set: entry.set } : {}),
  };
}

/** Stores one change in `tx`, the transaction that makes it. */
export async function recordChange(tx: ManagedTransaction, entry: ChangeEntry): Promise<void> {
  await tx.run(recordQuery, { change: changeNode(entry) });
}

/**
 * Properties as the log shows them: JSON values, sorted keys, without the who-and-when kgx keeps itself; null when
 * none is left.
 */
export function loggedProperties(
  props: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  const kept = Object.entries(props ?? {}).filter(
    ([key, value]) => value !== null && !(bookkeepingProperties as readonly string[]).includes(key),
  );
  return kept.length > 0 ? propertiesToJson(Object.fromEntries(kept)) : null;
}

/**
 * The properties that differ between two versions, as `{before, after}` (a property absent on one side is null
 * there); both null when nothing differs.
 */
export function changedProperties(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  const old = loggedProperties(before) ?? {};
  const now = loggedProperties(after) ?? {};
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  const changed = keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  if (changed.length === 0) return { before: null, after: null };
  const pick = (props: Record<string, unknown>) =>
    Object.fromEntries(changed.map((key) => [key, props[key] ?? null]));
  return { before: pick(old), after: pick(now) };
}
