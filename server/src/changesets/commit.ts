import { GraphQLError } from "graphql";
import type { ManagedTransaction } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import { type Author, createNode, linkNodes, updateNode, validatedProperties } from "../graphql/curation.js";
import { badInput, notFound } from "../graphql/errors.js";
import { type SourceInput, sourceIdOf, sourceTextProblem } from "../ingest/add-source.js";
import { entityKinds, kinds, listOfKind } from "../model/kinds.js";
import type { RelationshipType } from "../model/relationships.js";
import { toNeo4jValue } from "../model/values.js";
import { recordChangeSet } from "./record.js";

/**
 * A workbench commit (docs/decisions/0095-change-sets.md): a source, the entities and aliases its curator kept,
 * and the claims they made from spans of its text, written in one transaction through the curation code, so one
 * problem leaves nothing stored.
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

/** A claim whose quote is `text.slice(start, end)` of the set's source. */
export interface SpanClaim {
  start: number;
  end: number;
  /** An entity id, or the `ref` of a new entity of the set. */
  claimant: string;
  stance: string;
  about: readonly string[];
  name?: string | null | undefined;
  text?: string | null | undefined;
  figure?: { quantity: number; unit?: string | null | undefined } | null | undefined;
  statedOn?: string | null | undefined;
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

/** The slug of an id: lower case letters and digits joined by hyphens. */
function slug(text: string): string {
  return sourceIdOf(text).slice("source:".length);
}

/** Runs one item's step; its error is renamed after the item so the curator knows which one to fix. */
async function item<T>(where: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new GraphQLError(`${where}: ${error.message}`, { extensions: error.extensions });
    }
    throw error;
  }
}

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

/** The source's id and text: a stored one, or a new one written now. */
async function theSource(tx: ManagedTransaction, input: ChangeSetInput, author: Author) {
  const given = input.source.new;
  if (!given) {
    const id = String(input.source.id);
    const row = (await tx.run(sourceText, { id })).records[0];
    if (!row?.get("exists")) throw notFound("source", id);
    const text = row.get("text") as string | null;
    if (!text) throw badInput(`source: ${id} has no text to quote from`);
    return { id, text, created: false };
  }
  return item("source", async () => {
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
    if ((await tx.run(existingIds, { ids: [id] })).records.length > 0) {
      throw badInput(`a source with id ${id} already exists: give the new one another name`);
    }
    await createNode(tx, ["Source"], { ...props, text: given.text }, author);
    return { id, text: given.text, created: true };
  });
}

/** Writes a change set in `tx`; returns its id. Throws, naming the item, at the first problem. */
export async function commitChangeSet(
  tx: ManagedTransaction,
  input: ChangeSetInput,
  who: string,
  setId: string,
): Promise<{ touched: string[] }> {
  checkCounts(input);
  const author: Author = { who, via: "commitChangeSet", set: setId };
  const source = await theSource(tx, input, author);
  const created: string[] = source.created ? [source.id] : [];
  const changed: string[] = [];
  const refs = new Map<string, string>();

  const entities = input.entities ?? [];
  for (const [i, entity] of entities.entries()) {
    await item(`entities[${i}] (${entity.name})`, async () => {
      const list = listOfKind(entity.kind);
      if (!list || !entityKinds.includes(entity.kind)) {
        throw badInput(`kind must be one of ${entityKinds.join(", ")}`);
      }
      if (!entity.ref || entity.ref.includes(":") || refs.has(entity.ref)) {
        throw badInput(`ref ${JSON.stringify(entity.ref)} must be unique in the set and have no ':'`);
      }
      const id = `${kinds[list].prefix}:${slug(entity.name)}`;
      const aliases = [...new Set(entity.aliases ?? [])].filter((a) => a !== entity.name);
      const props = validatedProperties(list, {
        id,
        name: entity.name,
        ...(aliases.length > 0 ? { aliases } : {}),
      });
      if ((await tx.run(existingIds, { ids: [id] })).records.length > 0) {
        throw badInput(`an entity with id ${id} already exists: pick it instead of a new entity`);
      }
      await createNode(tx, kinds[list].labels, props, author);
      refs.set(entity.ref, id);
      created.push(id);
    });
  }

  // Only the entities that gain a spelling are updated: a spelling the entity already has changes nothing.
  const aliasesOf = new Map<string, { aliases: string[]; added: boolean }>();
  for (const [i, { entity, alias }] of (input.aliases ?? []).entries()) {
    await item(`aliases[${i}] (${alias})`, async () => {
      if (!alias.trim()) throw badInput("an alias must not be empty");
      const known = aliasesOf.get(entity) ?? { aliases: await currentAliases(tx, entity), added: false };
      if (!known.aliases.includes(alias)) {
        known.aliases.push(alias);
        known.added = true;
      }
      aliasesOf.set(entity, known);
    });
  }
  for (const [entity, { aliases, added }] of aliasesOf) {
    if (!added) continue;
    await item(`aliases of ${entity}`, async () => {
      if (!(await updateNode(tx, entity, { aliases }, author))) throw notFound("entity", entity);
      changed.push(entity);
    });
  }

  const resolve = (ref: string) => (ref.includes(":") ? ref : refs.get(ref));
  for (const [i, claim] of (input.claims ?? []).entries()) {
    const id = await item(`claims[${i}]`, () => addSpanClaim(tx, claim, source, resolve, author));
    created.push(id);
  }

  await recordChangeSet(tx, {
    id: setId,
    by: who,
    action: "commit",
    source: source.id,
    created,
    changed,
    deleted: [],
    reverts: null,
  });
  const mentioned = (input.claims ?? []).flatMap((c) => [c.claimant, ...c.about]).map(resolve);
  const touched = [...created, ...changed, ...mentioned.filter((id): id is string => Boolean(id))];
  return { touched: [...new Set(touched)] };
}

async function currentAliases(tx: ManagedTransaction, entity: string): Promise<string[]> {
  const row = (await tx.run(existingIds, { ids: [entity] })).records[0];
  if (!row || !(row.get("labels") as string[]).includes("Entity")) throw notFound("entity", entity);
  return [...(row.get("aliases") as string[])];
}

async function addSpanClaim(
  tx: ManagedTransaction,
  claim: SpanClaim,
  source: { id: string; text: string },
  resolve: (ref: string) => string | undefined,
  author: Author,
): Promise<string> {
  const { start, end } = claim;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > source.text.length ||
    end <= start
  ) {
    throw badInput(
      `the quote's span [${start}, ${end}) is not inside the source's text (0 to ${source.text.length})`,
    );
  }
  const quote = source.text.slice(start, end);
  if (!quote.trim()) throw badInput(`the quote's span [${start}, ${end}) holds only spaces`);
  const id = `claim:${source.id.slice(source.id.indexOf(":") + 1)}-${start}-${end}`;
  if ((await tx.run(existingIds, { ids: [id] })).records.length > 0) {
    throw badInput(`the source already has a claim on this quote (${id})`);
  }
  const props = validatedProperties("claims", {
    id,
    name: claim.name?.trim() || shortName(quote),
    text: claim.text?.trim() || quote,
    quote,
    stance: claim.stance,
    quantity: claim.figure?.quantity,
    unit: claim.figure?.unit ?? undefined,
    statedOn: claim.statedOn ?? undefined,
  });
  // Where the quote lies is known by construction; the server sets it, as `kgx import` does (decision 0070).
  const span = { quoteStart: toNeo4jValue("quoteStart", start), quoteEnd: toNeo4jValue("quoteEnd", end) };
  await createNode(tx, ["Claim"], { ...props, ...span, quoteIn: source.id }, author);
  const links: [RelationshipType, string][] = [
    ["CLAIMED_BY", claim.claimant],
    ["REPORTED_IN", source.id],
    ...claim.about.map((about): [RelationshipType, string] => ["ABOUT", about]),
  ];
  if (claim.about.length === 0) throw badInput("about: name at least one entity the claim is about");
  for (const [type, ref] of links) {
    const target = resolve(ref);
    if (!target)
      throw badInput(`${JSON.stringify(ref)} is neither an id nor a ref of a new entity of the set`);
    const written = await linkNodes(tx, { source: id, type, target, props: {} }, author);
    if (written === undefined) throw notFound("node", target);
  }
  return id;
}

/** A claim's label from its quote: the first words, up to about 60 characters. */
function shortName(quote: string): string {
  const words = quote.replace(/\s+/g, " ").trim();
  if (words.length <= 60) return words;
  return `${words.slice(0, 60).replace(/\s+\S*$/, "")}…`;
}
