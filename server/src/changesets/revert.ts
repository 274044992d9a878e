import type { ManagedTransaction } from "neo4j-driver";
import { loggedProperties, recordChange } from "../audit/change-log.js";
import { namedQuery } from "../cypher/named-queries.js";
import { type Author, checkedType, unlinkNodes } from "../graphql/curation.js";
import { badInput, notFound } from "../graphql/errors.js";
import { toNeo4jValue } from "../model/values.js";
import { recordChangeSet } from "./record.js";

/**
 * Reverting a change set (docs/decisions/0095-change-sets.md): its entries undone newest first — relationships it
 * made removed, nodes it made deleted, properties it changed put back — in one transaction, as a new set.
 */

const changeSetQuery = namedQuery("queries/change-sets.cypher", "change-set");
const laterChanges = namedQuery("queries/change-sets.cypher", "later-changes");
const deleteNode = namedQuery("queries/change-sets.cypher", "delete-node");
const restoreNode = namedQuery("queries/change-sets.cypher", "restore-node");

interface Entry {
  id: string;
  action: string;
  subject: string;
  target: string;
  before: string | null;
}

/** Reverts set `id` in `tx` as set `revertId`; returns the ids of the nodes left, for the integrity checks. */
export async function revertChangeSet(
  tx: ManagedTransaction,
  id: string,
  who: string,
  revertId: string,
): Promise<{ touched: string[] }> {
  const row = (await tx.run(changeSetQuery, { id })).records[0];
  if (!row) throw notFound("change set", id);
  const set = row.get("set") as { action: string; target: string };
  if (set.action === "revert") {
    throw badInput(`${id} is a revert and cannot itself be reverted: commit the set again instead`, "id");
  }
  const revertedBy = row.get("revertedBy") as string | null;
  if (revertedBy) throw badInput(`${id} was already reverted by ${revertedBy}`, "id");
  const entries = (row.get("entries") as Entry[]).sort((a, b) => (a.id < b.id ? 1 : -1));
  const created = entries.filter((e) => e.subject === "node" && e.action === "create").map((e) => e.target);
  const targets = [...new Set(entries.map((e) => e.target))];
  const later = (await tx.run(laterChanges, { id, targets, created })).records;
  if (later.length > 0) {
    const shown = later.map(
      (r) => `${r.get("id")} (${r.get("by")}: ${r.get("via")} ${r.get("action")} ${r.get("target")})`,
    );
    throw badInput(
      `${id} cannot be reverted: later changes depend on what it wrote — ${shown.join("; ")}. Undo those first`,
      "id",
    );
  }

  const author: Author = { who, via: "revertChangeSet", set: revertId };
  const changed: string[] = [];
  const deleted: string[] = [];
  for (const entry of entries) {
    if (entry.subject === "relationship" && entry.action === "create") {
      const [source = "", type = "", target = ""] = entry.target.split(">");
      await unlinkNodes(tx, { source, type: checkedType(type), target }, author);
    } else if (entry.subject === "node" && entry.action === "create") {
      const result = (await tx.run(deleteNode, { id: entry.target })).records[0];
      if (!result) continue;
      if (result.get("linked"))
        throw badInput(`${id} cannot be reverted: ${entry.target} is still linked`, "id");
      await recordChange(tx, {
        by: who,
        action: "delete",
        subject: "node",
        target: entry.target,
        before: loggedProperties(result.get("before") as Record<string, unknown>),
        after: null,
        via: author.via,
        set: revertId,
      });
      deleted.push(entry.target);
    } else if (entry.subject === "node" && entry.action === "update") {
      await restore(tx, entry, author);
      if (!changed.includes(entry.target)) changed.push(entry.target);
    } else {
      throw badInput(`${id} holds a change kgx cannot revert (${entry.action} of a ${entry.subject})`, "id");
    }
  }
  await recordChangeSet(tx, {
    id: revertId,
    by: who,
    action: "revert",
    source: set.target,
    created: [],
    changed,
    deleted,
    reverts: id,
  });
  return { touched: changed };
}

/** Puts back the properties an update changed, as its log entry recorded them. */
async function restore(tx: ManagedTransaction, entry: Entry, author: Author): Promise<void> {
  const before = entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : {};
  const props = Object.fromEntries(
    Object.entries(before).map(([key, value]) => [key, value === null ? null : toNeo4jValue(key, value)]),
  );
  const row = (await tx.run(restoreNode, { id: entry.target, props, who: author.who })).records[0];
  if (!row) throw notFound("node", entry.target);
  const now = loggedProperties(row.get("after") as Record<string, unknown>) ?? {};
  const was = loggedProperties(row.get("before") as Record<string, unknown>) ?? {};
  const keys = Object.keys(before);
  const pick = (p: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, p[k] ?? null]));
  await recordChange(tx, {
    by: author.who,
    action: "update",
    subject: "node",
    target: entry.target,
    before: pick(was),
    after: pick(now),
    via: author.via,
    set: author.set,
  });
}
