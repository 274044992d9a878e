import type { ManagedTransaction } from "neo4j-driver";
import { changeNode } from "../audit/change-log.js";
import { validatedProperties } from "../curation/properties.js";
import type { Author } from "../curation/writes.js";
import { namedQuery } from "../cypher/named-queries.js";
import { badInput, notFound } from "../graphql/errors.js";
import { type SourceInput, sourceIdOf, sourceTextProblem } from "../ingest/add-source.js";
import { kinds, listOfKind } from "../model/kinds.js";
import {
  emptyPlan,
  item,
  type KnownNode,
  planClaim,
  planEntity,
  SetView,
  type SpanClaim,
  slug,
  spanClaimId,
  type WritePlan,
} from "./plan.js";
import { recordChangeSet } from "./record.js";

/**
 * A workbench commit (docs/decisions/0095-change-sets.md): a source, the entities and aliases its curator kept,
 * and the claims they made from spans of its text, written in one transaction, so one problem leaves nothing
 * stored. The whole set is checked first, then written with one statement per kind of write (decision 0098).
 */

/** The most items of each kind one change set may hold. */
export const maxSetItems = 500;

/** A new entity; claims name it by `ref`. */
export interface NewEntity {
  ref: string;
  kind: string;
  name: string;
  aliases?: readonly string[] | null | undefined;
}

/** What a curator commits. */
export interface ChangeSetInput {
  source: { id?: string | null | undefined; new?: SourceInput | null | undefined };
  entities?: readonly NewEntity[] | null | undefined;
  aliases?: readonly { entity: string; alias: string }[] | null | undefined;
  claims?: readonly SpanClaim[] | null | undefined;
}

const sourceText = namedQuery("queries/change-sets.cypher", "source-text");
const existingIds = namedQuery("queries/change-sets.cypher", "existing-ids");
const createNodes = namedQuery("queries/change-sets.cypher", "create-nodes");
const setAliases = namedQuery("queries/change-sets.cypher", "set-aliases");
const createLinks = namedQuery("queries/change-sets.cypher", "create-links");
const recordChanges = namedQuery("queries/change-sets.cypher", "record-changes");

function checkCounts(input: ChangeSetInput): void {
  for (const key of ["entities", "aliases", "claims"] as const) {
    const count = input[key]?.length ?? 0;
    if (count > maxSetItems)
      throw badInput(`${key}: ${count} items; a change set holds at most ${maxSetItems}`);
  }
  if ((input.source.id ? 1 : 0) + (input.source.new ? 1 : 0) !== 1) {
    throw badInput("source: give either the id of a stored source or a new one, not both or neither");
  }
}

/** Every id the set may meet in the graph: its new nodes' ids, the entities it names, the source. */
function idsOf(input: ChangeSetInput): string[] {
  const sourceId = input.source.new ? sourceIdOf(input.source.new.name) : String(input.source.id);
  const ids = [sourceId];
  for (const entity of input.entities ?? []) {
    const list = listOfKind(entity.kind);
    if (list) ids.push(`${kinds[list].prefix}:${slug(entity.name)}`);
  }
  for (const { entity } of input.aliases ?? []) ids.push(entity);
  for (const claim of input.claims ?? []) {
    ids.push(spanClaimId(sourceId, claim.start, claim.end), claim.claimant, ...claim.about);
  }
  return [...new Set(ids.filter((id) => id.includes(":")))];
}

/** What the graph holds under the set's ids, in one read. */
async function lookUp(tx: ManagedTransaction, input: ChangeSetInput): Promise<Map<string, KnownNode>> {
  const rows = (await tx.run(existingIds, { ids: idsOf(input) })).records;
  return new Map(
    rows.map((row) => [
      row.get("id") as string,
      { labels: row.get("labels") as string[], aliases: row.get("aliases") as string[] | null },
    ]),
  );
}

/** The source's id and text: a stored one, or a new one planned now. */
async function theSource(tx: ManagedTransaction, input: ChangeSetInput, view: SetView) {
  const given = input.source.new;
  if (!given) {
    const id = String(input.source.id);
    const row = (await tx.run(sourceText, { id })).records[0];
    if (!row?.get("exists")) throw notFound("source", id);
    const text = row.get("text") as string | null;
    if (!text) throw badInput(`source: ${id} has no text to quote from`);
    return { id, text };
  }
  return item("source", () => {
    const problem = sourceTextProblem(given.text);
    if (problem) throw badInput(problem);
    const id = sourceIdOf(given.name);
    const props = validatedProperties("sources", {
      id,
      name: given.name,
      publisher: given.publisher,
      publishedOn: given.publishedOn,
      url: given.url,
      kind: given.sourceKind ?? "report",
    });
    if (view.taken(id)) {
      throw badInput(`a source with id ${id} already exists: give the new one another name`);
    }
    view.createNode(["Source"], { ...props, text: given.text });
    return { id, text: given.text };
  });
}

/** Checks the whole set against the graph and returns its writes; throws, naming the item, at the first problem. */
async function planSet(tx: ManagedTransaction, input: ChangeSetInput, author: Author) {
  const plan = emptyPlan();
  const view = new SetView(await lookUp(tx, input), plan, author);
  const source = await theSource(tx, input, view);
  const refs = new Map<string, string>();
  for (const [i, entity] of (input.entities ?? []).entries()) {
    item(`entities[${i}] (${entity.name})`, () => planEntity(view, entity, refs));
  }
  // Only the entities that gain a spelling are updated: a spelling the entity already has changes nothing.
  const aliasesOf = new Map<string, { was: string[] | null; aliases: string[]; added: boolean }>();
  for (const [i, { entity, alias }] of (input.aliases ?? []).entries()) {
    item(`aliases[${i}] (${alias})`, () => {
      if (!alias.trim()) throw badInput("an alias must not be empty");
      let known = aliasesOf.get(entity);
      if (!known) {
        const was = view.aliasesOf(entity);
        known = { was, aliases: [...(was ?? [])], added: false };
      }
      if (!known.aliases.includes(alias)) {
        known.aliases.push(alias);
        known.added = true;
      }
      aliasesOf.set(entity, known);
    });
  }
  for (const [entity, { was, aliases, added }] of aliasesOf) {
    if (added) view.setAliases(entity, was, aliases);
  }
  const resolve = (ref: string) => (ref.includes(":") ? ref : refs.get(ref));
  for (const [i, claim] of (input.claims ?? []).entries()) {
    item(`claims[${i}]`, () => planClaim(view, claim, source, resolve));
  }
  return { plan, source, resolve };
}

/** Writes a planned set: one statement per kind of write, in an order that has every end before its links. */
async function writePlan(tx: ManagedTransaction, plan: WritePlan, who: string): Promise<void> {
  if (plan.nodes.length > 0) await tx.run(createNodes, { nodes: plan.nodes, who });
  if (plan.aliases.length > 0) await tx.run(setAliases, { updates: plan.aliases, who });
  if (plan.links.length > 0) {
    const written = (await tx.run(createLinks, { links: plan.links, who })).records[0]?.get("created");
    // Every end was checked a moment ago in this transaction, so a shortfall means the graph moved under it.
    if (Number(written) !== plan.links.length) {
      throw badInput("the graph changed while the set was written; nothing changed, commit it again");
    }
  }
  const at = new Date();
  await tx.run(recordChanges, { changes: plan.changes.map((entry) => changeNode(entry, at)) });
}

/** Writes a change set in `tx` as set `setId`; returns the ids it touched. Throws, naming the item, at the first problem. */
export async function commitChangeSet(
  tx: ManagedTransaction,
  input: ChangeSetInput,
  who: string,
  setId: string,
): Promise<{ touched: string[] }> {
  checkCounts(input);
  const author: Author = { who, via: "commitChangeSet", set: setId };
  const { plan, source, resolve } = await planSet(tx, input, author);
  await writePlan(tx, plan, who);
  await recordChangeSet(tx, {
    id: setId,
    by: who,
    action: "commit",
    source: source.id,
    created: plan.created,
    changed: plan.changed,
    deleted: [],
    reverts: null,
  });
  const mentioned = (input.claims ?? []).flatMap((c) => [c.claimant, ...c.about]).map(resolve);
  const touched = [...plan.created, ...plan.changed, ...mentioned.filter((id): id is string => Boolean(id))];
  return { touched: [...new Set(touched)] };
}
