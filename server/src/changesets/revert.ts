import type { ManagedTransaction } from "neo4j-driver";
import { type ChangeEntry, changeNode, loggedProperties } from "../audit/change-log.js";
import { type Author, checkedType } from "../curation/writes.js";
import { namedQuery } from "../cypher/named-queries.js";
import { badInput, notFound } from "../graphql/errors.js";
import { edgeId, parseEdgeId } from "../model/edge-ids.js";
import { kinds, listOfKind } from "../model/kinds.js";
import { toNeo4jValue } from "../model/values.js";
import { recordChangeSet } from "./record.js";

/**
 * Reverting a change set (docs/decisions/0095-change-sets.md): every entry of the set undone — relationships it
 * made removed, nodes it made deleted, properties it changed put back, and for a revert, what it deleted made
 * again — in one transaction, as a new set. So reverting a revert re-applies the set it undid (decision 0098).
 * Each kind of undoing is one statement (decision 0098).
 */

const changeSetQuery = namedQuery("queries/change-sets.cypher", "change-set");
const laterChanges = namedQuery("queries/change-sets.cypher", "later-changes");
const existingIds = namedQuery("queries/change-sets.cypher", "existing-ids");
const unlinkMany = namedQuery("queries/change-sets.cypher", "unlink-many");
const deleteNodes = namedQuery("queries/change-sets.cypher", "delete-nodes");
const restoreNodes = namedQuery("queries/change-sets.cypher", "restore-nodes");
const createNodes = namedQuery("queries/change-sets.cypher", "create-nodes");
const createLinks = namedQuery("queries/change-sets.cypher", "create-links");
const recordChanges = namedQuery("queries/change-sets.cypher", "record-changes");

interface Entry {
  id: string;
  action: string;
  subject: string;
  target: string;
  before: string | null;
}

/** A logged property map (JSON) as Neo4j stores it. */
function stored(json: string | null): Record<string, unknown> {
  const props = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, value === null ? null : toNeo4jValue(key, value)]),
  );
}

/** The labels of a node of this id's kind, which its log entries do not keep. */
function labelsOfId(id: string): string[] {
  const list = listOfKind(id.slice(0, Math.max(0, id.indexOf(":"))));
  if (!list) throw badInput(`${id} is not an id of the model; its deletion cannot be undone`, "id");
  return [...kinds[list].labels];
}

/** What undoing a set's entries takes, grouped by kind of write. */
function undoing(setId: string, entries: readonly Entry[]) {
  const unlink: { source: string; type: string; target: string }[] = [];
  const remove: string[] = [];
  const restore = new Map<string, Record<string, unknown>>();
  const recreate: { labels: string[]; props: Record<string, unknown> }[] = [];
  const relink: { source: string; type: string; target: string; props: Record<string, unknown> }[] = [];
  for (const entry of entries) {
    const { action, subject, target } = entry;
    const parsed = subject === "relationship" ? parseEdgeId(target) : undefined;
    // The type enters the pattern as $(...): it comes from the log, and is checked against the allow-list anyway.
    const edge = parsed && { ...parsed, type: checkedType(parsed.type) };
    if (edge && action === "create") unlink.push(edge);
    else if (edge && action === "delete") relink.push({ ...edge, props: stored(entry.before) });
    else if (subject === "node" && action === "create") remove.push(target);
    else if (subject === "node" && action === "delete") {
      recreate.push({ labels: labelsOfId(target), props: { ...stored(entry.before), id: target } });
    } else if (subject === "node" && action === "update") {
      // Entries come newest first: an older entry's "before" is the earlier state, so it wins.
      restore.set(target, { ...restore.get(target), ...stored(entry.before) });
    } else {
      throw badInput(`${setId} holds a change kgx cannot revert (${action} of a ${subject})`, "id");
    }
  }
  return { unlink, remove, restore, recreate, relink };
}

/** Refuses when the set cannot be undone: unknown, already undone, or later changes build on it. */
async function checkRevertible(tx: ManagedTransaction, id: string) {
  const row = (await tx.run(changeSetQuery, { id })).records[0];
  if (!row) throw notFound("change set", id);
  const set = row.get("set") as { target: string };
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
  return { source: set.target, entries };
}

/** Reverts set `id` in `tx` as set `revertId`; returns the ids of the nodes left, for the integrity checks. */
export async function revertChangeSet(
  tx: ManagedTransaction,
  id: string,
  who: string,
  revertId: string,
): Promise<{ touched: string[] }> {
  const { source, entries } = await checkRevertible(tx, id);
  const plan = undoing(id, entries);
  const author: Author = { who, via: "revertChangeSet", set: revertId };
  const log: Omit<ChangeEntry, "by" | "via" | "set">[] = [];

  if (plan.unlink.length > 0) {
    for (const row of (await tx.run(unlinkMany, { links: plan.unlink, who })).records) {
      const target = edgeId(row.get("source"), row.get("type"), row.get("target"));
      const before = loggedProperties(row.get("removed") as Record<string, unknown>);
      log.push({ action: "delete", subject: "relationship", target, before, after: null });
    }
  }
  const deleted: string[] = [];
  if (plan.remove.length > 0) {
    const rows = (await tx.run(deleteNodes, { ids: plan.remove })).records;
    const linked = rows.find((row) => row.get("linked"));
    if (linked) throw badInput(`${id} cannot be reverted: ${linked.get("id")} is still linked`, "id");
    for (const row of rows) {
      const before = loggedProperties(row.get("before") as Record<string, unknown>);
      log.push({ action: "delete", subject: "node", target: row.get("id"), before, after: null });
      deleted.push(row.get("id"));
    }
  }
  const changed: string[] = [];
  if (plan.restore.size > 0) {
    const restores = [...plan.restore].map(([target, props]) => ({ id: target, props }));
    for (const row of (await tx.run(restoreNodes, { restores, who })).records) {
      const keys = Object.keys(plan.restore.get(row.get("id")) ?? {});
      const pick = (p: Record<string, unknown> | null) =>
        Object.fromEntries(keys.map((k) => [k, p?.[k] ?? null]));
      const was = loggedProperties(row.get("before") as Record<string, unknown>);
      const now = loggedProperties(row.get("after") as Record<string, unknown>);
      log.push({
        action: "update",
        subject: "node",
        target: row.get("id"),
        before: pick(was),
        after: pick(now),
      });
      changed.push(row.get("id"));
    }
  }
  const created = plan.recreate.map((node) => String(node.props.id));
  if (created.length > 0) {
    const taken = (await tx.run(existingIds, { ids: created })).records.map((r) => r.get("id") as string);
    if (taken.length > 0) {
      throw badInput(`${id} cannot be reverted: ${taken.join(", ")} exists again since`, "id");
    }
    await tx.run(createNodes, { nodes: plan.recreate, who });
    for (const node of plan.recreate) {
      const after = loggedProperties(node.props);
      log.push({ action: "create", subject: "node", target: String(node.props.id), before: null, after });
    }
  }
  if (plan.relink.length > 0) {
    const written = (await tx.run(createLinks, { links: plan.relink, who })).records[0]?.get("created");
    if (Number(written) !== plan.relink.length) {
      throw badInput(`${id} cannot be reverted: an end of a relationship it removed is gone`, "id");
    }
    for (const link of plan.relink) {
      const target = edgeId(link.source, link.type, link.target);
      log.push({
        action: "create",
        subject: "relationship",
        target,
        before: null,
        after: loggedProperties(link.props),
      });
    }
  }
  const at = new Date();
  const changes = log.map((entry) => changeNode({ ...entry, by: who, via: author.via, set: revertId }, at));
  if (changes.length > 0) await tx.run(recordChanges, { changes });
  await recordChangeSet(tx, {
    id: revertId,
    by: who,
    action: "revert",
    source,
    created,
    changed,
    deleted,
    reverts: id,
  });
  const ends = plan.relink.flatMap((link) => [link.source, link.target]);
  return { touched: [...new Set([...changed, ...created, ...ends])].filter((n) => !deleted.includes(n)) };
}
