import type { ManagedTransaction } from "neo4j-driver";
import { changedProperties, loggedProperties, recordChange } from "../audit/change-log.js";
import { namedQuery } from "../cypher/named-queries.js";
import { badInput } from "../graphql/errors.js";
import { edgeId } from "../model/edge-ids.js";
import {
  endsProblem,
  isRelationshipType,
  propertyProblems,
  type RelationshipType,
} from "../model/relationships.js";

/**
 * The curation writes (cypher/queries/curation.cypher): a node created, updated, linked or unlinked, each checked
 * against the model's rules and logged in the change log in the caller's transaction. The GraphQL mutations, the
 * workbench's change sets and `kgx ingest` all write through here (docs/architecture.md).
 */

const createNodeQuery = namedQuery("queries/curation.cypher", "create-node");
const updateNodeQuery = namedQuery("queries/curation.cypher", "update-node");
const linkQuery = namedQuery("queries/curation.cypher", "link");
const unlinkQuery = namedQuery("queries/curation.cypher", "unlink");
const linkEnds = namedQuery("queries/curation.cypher", "link-ends");

/** Who makes a change (the write token's name) and through which mutation, for the change log. */
export interface Author {
  who: string;
  via: string;
  /** The change set a change belongs to, logged with it (docs/decisions/0095-change-sets.md). */
  set?: string | undefined;
}

/** A relationship type a client named, checked against the model's allow-list. */
export function checkedType(type: string): RelationshipType {
  if (!isRelationshipType(type)) {
    throw badInput(`Unknown relationship type ${JSON.stringify(type.slice(0, 50))}`, "type");
  }
  return type;
}

/** Creates a node with its who-and-when, and logs it. */
export async function createNode(
  tx: ManagedTransaction,
  labels: readonly string[],
  props: Record<string, unknown>,
  author: Author,
): Promise<void> {
  await tx.run(createNodeQuery, { labels, props, who: author.who });
  const target = String(props.id);
  const after = loggedProperties(props);
  await recordChange(tx, {
    by: author.who,
    action: "create",
    subject: "node",
    target,
    before: null,
    after,
    via: author.via,
    set: author.set,
  });
}

/** Sets the given properties of a node; logs what changed (nothing, for a no-op). False when there is no such node. */
export async function updateNode(
  tx: ManagedTransaction,
  id: string,
  props: Record<string, unknown>,
  author: Author,
): Promise<boolean> {
  const result = await tx.run(updateNodeQuery, { id, props, who: author.who });
  const record = result.records[0];
  if (!record) return false;
  const { before, after } = changedProperties(record.get("before"), record.get("after"));
  if (before || after) {
    await recordChange(tx, {
      by: author.who,
      action: "update",
      subject: "node",
      target: id,
      before,
      after,
      via: author.via,
      set: author.set,
    });
  }
  return true;
}

/** A relationship to add or update. */
export interface LinkRequest {
  source: string;
  type: RelationshipType;
  target: string;
  props: Record<string, unknown>;
}

/**
 * Adds a relationship, or updates the one already there, after checking it against the model's rules (the same
 * messages as `kgx import`): a rule broken is BAD_USER_INPUT, a missing end NOT_FOUND (undefined is returned and
 * the caller names it). Logs a create, or an update with what changed; a link that changes nothing logs nothing.
 */
export async function linkNodes(
  tx: ManagedTransaction,
  link: LinkRequest,
  author: Author,
): Promise<unknown | undefined> {
  const params = { source: link.source, target: link.target, type: link.type };
  const ends = (await tx.run(linkEnds, params)).records[0];
  if (!ends) return undefined;
  const existing = ends.get("existing") as Record<string, unknown> | null;
  const problem = endsProblem(
    link.type,
    { id: link.source, labels: ends.get("sourceLabels") as string[] },
    { id: link.target, labels: ends.get("targetLabels") as string[] },
  );
  const problems = [
    ...(problem ? [problem] : []),
    ...propertyProblems(link.type, { ...existing, ...link.props }),
  ];
  if (problems.length > 0) throw badInput(`${problems.join("; ")}; nothing changed`, "input");
  const { before, after } = changedProperties(existing, { ...existing, ...link.props });
  if (existing && !before && !after) return ends.get("edge");
  const edge = (await tx.run(linkQuery, { ...params, props: link.props, who: author.who })).records[0];
  const target = edgeId(link.source, link.type, link.target);
  const entry = existing
    ? { action: "update" as const, before, after }
    : { action: "create" as const, before: null, after: loggedProperties(link.props) };
  await recordChange(tx, {
    by: author.who,
    subject: "relationship",
    target,
    via: author.via,
    set: author.set,
    ...entry,
  });
  return edge?.get("edge");
}

/** Removes the relationships of a type from one node to another and logs each; how many it removed. */
export async function unlinkNodes(
  tx: ManagedTransaction,
  link: Omit<LinkRequest, "props">,
  author: Author,
): Promise<number> {
  const result = await tx.run(unlinkQuery, { ...link, who: author.who });
  const removed = (result.records[0]?.get("removed") ?? []) as Record<string, unknown>[];
  const target = edgeId(link.source, link.type, link.target);
  for (const before of removed) {
    await recordChange(tx, {
      by: author.who,
      action: "delete",
      subject: "relationship",
      target,
      before: loggedProperties(before),
      after: null,
      via: author.via,
      set: author.set,
    });
  }
  return removed.length;
}
