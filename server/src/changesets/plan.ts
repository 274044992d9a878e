import { GraphQLError } from "graphql";
import { type ChangeEntry, changedProperties, loggedProperties } from "../audit/change-log.js";
import { validatedProperties } from "../curation/properties.js";
import type { Author } from "../curation/writes.js";
import { badInput, notFound } from "../graphql/errors.js";
import { sourceIdOf } from "../ingest/add-source.js";
import { edgeId } from "../model/edge-ids.js";
import { entityKinds, kinds, listOfKind } from "../model/kinds.js";
import { endsProblem, propertyProblems, type RelationshipType } from "../model/relationships.js";
import { toNeo4jValue } from "../model/values.js";

/**
 * A change set checked whole before anything is written (docs/decisions/0098-batched-change-sets.md): every item
 * is validated in memory against what one lookup found in the graph, in the order the curator gave them, and the
 * writes are gathered by kind so that each kind goes to Neo4j in one statement.
 */

/** What the graph already holds under an id the set uses. */
export interface KnownNode {
  labels: string[];
  aliases: string[] | null;
}

/** The writes of a set, grouped by kind, and its change-log entries in the order the items came. */
export interface WritePlan {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  aliases: { id: string; aliases: string[] }[];
  links: { source: string; type: RelationshipType; target: string; props: Record<string, unknown> }[];
  changes: ChangeEntry[];
  created: string[];
  changed: string[];
}

/** A new plan for a set written by `author`. */
export function emptyPlan(): WritePlan {
  return { nodes: [], aliases: [], links: [], changes: [], created: [], changed: [] };
}

/** Runs one item's check; its error is renamed after the item so the curator knows which one to fix. */
export function item<T>(where: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new GraphQLError(`${where}: ${error.message}`, { extensions: error.extensions });
    }
    throw error;
  }
}

/** The slug of an id: lower case letters and digits joined by hyphens. */
export function slug(text: string): string {
  return sourceIdOf(text).slice("source:".length);
}

/** The graph as the set sees it: what is stored, and what the set's earlier items create. */
export class SetView {
  private readonly planned = new Map<string, string[]>();
  constructor(
    private readonly stored: ReadonlyMap<string, KnownNode>,
    readonly plan: WritePlan,
    private readonly author: Author,
  ) {}

  /** The labels of a node the graph has or the set creates. */
  labelsOf(id: string): string[] | undefined {
    return this.planned.get(id) ?? this.stored.get(id)?.labels;
  }

  /** A stored entity's aliases; NOT_FOUND when there is no such entity. */
  aliasesOf(id: string): string[] | null {
    const known = this.stored.get(id);
    if (!known?.labels.includes("Entity")) throw notFound("entity", id);
    return known.aliases;
  }

  /** Plans a node's creation and its change-log entry; `props` are already checked. */
  createNode(labels: readonly string[], props: Record<string, unknown>): void {
    const id = String(props.id);
    this.planned.set(id, [...labels]);
    this.plan.nodes.push({ labels: [...labels], props });
    this.plan.created.push(id);
    this.log({ action: "create", subject: "node", target: id, before: null, after: loggedProperties(props) });
  }

  /** Plans new aliases for a stored entity, logged as `update-node` logs a change. */
  setAliases(id: string, was: string[] | null, aliases: string[]): void {
    this.plan.aliases.push({ id, aliases });
    this.plan.changed.push(id);
    const { before, after } = changedProperties({ aliases: was }, { aliases });
    this.log({ action: "update", subject: "node", target: id, before, after });
  }

  /** Checks a new relationship against the model's rules and plans it, as `linkNodes` would. */
  link(source: string, type: RelationshipType, target: string): void {
    const targetLabels = this.labelsOf(target);
    if (!targetLabels) throw notFound("node", target);
    const key = edgeId(source, type, target);
    if (this.plan.links.some((l) => edgeId(l.source, l.type, l.target) === key)) return;
    const problem = endsProblem(
      type,
      { id: source, labels: this.labelsOf(source) ?? [] },
      { id: target, labels: targetLabels },
    );
    const problems = [...(problem ? [problem] : []), ...propertyProblems(type, {})];
    if (problems.length > 0) throw badInput(`${problems.join("; ")}; nothing changed`, "input");
    this.plan.links.push({ source, type, target, props: {} });
    this.log({ action: "create", subject: "relationship", target: key, before: null, after: null });
  }

  /** Whether an id is taken, in the graph or by the set. */
  taken(id: string): boolean {
    return this.planned.has(id) || this.stored.has(id);
  }

  private log(entry: Omit<ChangeEntry, "by" | "via" | "set">): void {
    this.plan.changes.push({ ...entry, by: this.author.who, via: this.author.via, set: this.author.set });
  }
}

/** A new entity of the set, checked; returns its id. */
export function planEntity(
  view: SetView,
  entity: { ref: string; kind: string; name: string; aliases?: readonly string[] | null | undefined },
  refs: Map<string, string>,
): string {
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
  if (view.taken(id)) {
    throw badInput(`an entity with id ${id} already exists: pick it instead of a new entity`);
  }
  view.createNode(kinds[list].labels, props);
  refs.set(entity.ref, id);
  return id;
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

/** The id a claim on this span of this source gets. */
export function spanClaimId(sourceId: string, start: number, end: number): string {
  return `claim:${sourceId.slice(sourceId.indexOf(":") + 1)}-${start}-${end}`;
}

/** A claim of the set, checked with its links; returns its id. */
export function planClaim(
  view: SetView,
  claim: SpanClaim,
  source: { id: string; text: string },
  resolve: (ref: string) => string | undefined,
): string {
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
  const id = spanClaimId(source.id, start, end);
  if (view.taken(id)) throw badInput(`the source already has a claim on this quote (${id})`);
  const props = validatedProperties("claims", {
    id,
    name: claim.name?.trim() || shortName(quote),
    text: claim.text?.trim() || quote,
    quote,
    stance: claim.stance,
    quantity: claim.figure?.quantity,
    unit: claim.figure?.unit ?? undefined,
    statedOn: claim.statedOn || undefined,
  });
  if (claim.about.length === 0) throw badInput("about: name at least one entity the claim is about");
  // Where the quote lies is known by construction; the server sets it, as `kgx import` does (decision 0070).
  const span = { quoteStart: toNeo4jValue("quoteStart", start), quoteEnd: toNeo4jValue("quoteEnd", end) };
  view.createNode(["Claim"], { ...props, ...span, quoteIn: source.id });
  const links: [RelationshipType, string][] = [
    ["CLAIMED_BY", claim.claimant],
    ["REPORTED_IN", source.id],
    ...claim.about.map((about): [RelationshipType, string] => ["ABOUT", about]),
  ];
  for (const [type, ref] of links) {
    const target = resolve(ref);
    if (!target)
      throw badInput(`${JSON.stringify(ref)} is neither an id nor a ref of a new entity of the set`);
    view.link(id, type, target);
  }
  return id;
}

/** A claim's label from its quote: the first words, up to about 60 characters. */
function shortName(quote: string): string {
  const words = quote.replace(/\s+/g, " ").trim();
  if (words.length <= 60) return words;
  return `${words.slice(0, 60).replace(/\s+\S*$/, "")}…`;
}
