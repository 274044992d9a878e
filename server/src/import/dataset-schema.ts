import { z } from "zod";
import { idSlug, type KindList } from "../model/kinds.js";
import { figureName, nodeFields } from "../model/properties.js";

/**
 * The shape of a kgx dataset file (data/article.yaml): one list per kind, every node with a prefixed `id`,
 * relationships written as references (ids) on the node they start from. The nodes' properties come from the
 * graph model (server/src/model/properties.ts); this file adds the references and the entities' figures. Unknown
 * fields are errors, so a typo in a field name is reported instead of silently dropped.
 */

/** A reference to another node; which kinds it may point to is checked after parsing (see references.ts). */
const ref = z.string().regex(new RegExp(`^[a-z]+:${idSlug}$`), "an id like 'kind:some-name'");
const refs = z.array(ref);
const text = z.string().trim().min(1, "a non-empty string");

/** Numbers an entity carries (e.g. `yearlyEconomyUsd`), stored as its properties; each needs a claim's `figure`. */
const figures = z.record(z.string().regex(figureName, "a property name in camelCase"), z.number());
const entity = <L extends KindList>(list: L) => ({ ...nodeFields(list), figures: figures.optional() });
const role = z.strictObject({ state: ref, title: text });

const source = z.strictObject({
  ...nodeFields("sources"),
  publishedBy: ref.optional(),
  cites: refs.optional(),
});

const person = z.strictObject({
  ...entity("people"),
  leads: z.array(role).optional(),
  officialOf: z.array(role).optional(),
});

const state = z.strictObject(entity("states"));
const organization = z.strictObject({ ...entity("organizations"), partOf: refs.optional() });
const place = z.strictObject({ ...entity("places"), locatedIn: ref.optional() });
const item = z.strictObject(entity("items"));
const event = z.strictObject({ ...entity("events"), heldIn: ref.optional(), involves: refs.optional() });

const carried = z.strictObject({
  item: ref,
  quantity: z.number().nonnegative().optional(),
  unit: text.optional(),
});
const transfer = z.strictObject({
  ...nodeFields("transfers"),
  from: refs.min(1, "at least one party the transfer comes FROM"),
  to: refs.min(1, "at least one party the transfer goes TO"),
  carries: z.array(carried).min(1, "at least one item the transfer CARRIES"),
  via: refs.optional(),
  inReturnFor: refs.optional(),
});

const claim = z.strictObject({
  ...nodeFields("claims"),
  claimedBy: refs.min(1, "at least one claimant (CLAIMED_BY)"),
  source: ref,
  about: refs.min(1, "at least one node the claim is ABOUT"),
  contradicts: refs.optional(),
});

/** The whole file. */
export const datasetSchema = z.strictObject({
  format: z.literal("kgx/1"),
  sources: z.array(source).default([]),
  people: z.array(person).default([]),
  states: z.array(state).default([]),
  organizations: z.array(organization).default([]),
  places: z.array(place).default([]),
  items: z.array(item).default([]),
  events: z.array(event).default([]),
  transfers: z.array(transfer).default([]),
  claims: z.array(claim).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
