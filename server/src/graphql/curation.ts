import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { changedProperties, loggedProperties, recordChange } from "../audit/change-log.js";
import { namedQuery } from "../cypher/named-queries.js";
import { edgeId } from "../model/edge-ids.js";
import { findViolations, relationshipRuleChecks } from "../model/integrity-checks.js";
import { type KindList, kinds } from "../model/kinds.js";
import { nodeFields } from "../model/properties.js";
import {
  endsProblem,
  isRelationshipType,
  propertyProblems,
  type RelationshipType,
} from "../model/relationships.js";
import { toNeo4jValue } from "../model/values.js";
import { requireWriter } from "./auth.js";
import type { GraphQLContext } from "./context.js";
import { badInput, fromNeo4jError, notFound, userError } from "./errors.js";
import type { NodeRecord } from "./graph-records.js";
import { curationQueries } from "./queries.js";

/**
 * Checks a node record against the model's properties as `kgx import` checks one in data/article.yaml (same
 * schema, same messages), then returns its properties as Neo4j should store them. `references` (from, about, ...)
 * are left out: the links check them against the relationship rules.
 */
export function validatedProperties(
  list: KindList,
  record: Record<string, unknown>,
  references: readonly string[] = [],
): Record<string, unknown> {
  const present = Object.fromEntries(
    Object.entries(record).filter(
      ([key, value]) => value !== null && value !== undefined && !references.includes(key),
    ),
  );
  const result = z.strictObject(nodeFields(list)).safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw badInput(`Invalid ${kinds[list].prefix}: ${problems.join("; ")}`);
  }
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
    if (value !== undefined) props[key] = toNeo4jValue(key, value);
  }
  return props;
}

/**
 * Runs a change in one write transaction, as the token's holder: the importer's integrity checks run on the nodes
 * it `touched` before the commit, and any violation rolls the whole change back, so a rejected mutation leaves the
 * graph as it was. Checking only what the change touched keeps a mutation's cost independent of the graph's size.
 */
export async function writeChange<T>(
  ctx: GraphQLContext,
  touched: readonly string[],
  change: (tx: ManagedTransaction, who: string) => Promise<T>,
): Promise<T> {
  const who = requireWriter(ctx.writer);
  try {
    return await ctx.db.write(async (tx) => {
      const result = await change(tx, who);
      const violations = await findViolations(tx, { skip: relationshipRuleChecks, ids: touched });
      if (violations.length > 0) {
        const shown = violations.slice(0, 5).map((v) => `${v.id}: ${v.problem}`);
        throw userError(
          "BAD_USER_INPUT",
          `The change would break the graph's rules, nothing changed: ${shown.join("; ")}`,
          {
            violations: violations.slice(0, 20),
          },
        );
      }
      return result;
    });
  } catch (error) {
    const mapped = fromNeo4jError(error);
    if (isConstraintError(mapped)) throw badInput("A node with this id already exists");
    throw mapped;
  }
}

function isConstraintError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    String((error as { code: unknown }).code).includes("ConstraintValidationFailed")
  );
}

/** A node as it is after a change (the request's loader forgets what it had cached). */
export async function reload(ctx: GraphQLContext, id: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.clear(id).load(id);
  if (!node) throw notFound("node", id);
  return node;
}

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
  await tx.run(curationQueries.createNode, { labels, props, who: author.who });
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
  const result = await tx.run(curationQueries.updateNode, { id, props, who: author.who });
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

const linkEnds = namedQuery("queries/curation.cypher", "link-ends");

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
  const edge = (await tx.run(curationQueries.link, { ...params, props: link.props, who: author.who }))
    .records[0];
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
  const result = await tx.run(curationQueries.unlink, { ...link, who: author.who });
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
