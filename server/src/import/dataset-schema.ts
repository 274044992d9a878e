import { z } from "zod";

/**
 * The shape of a kgx dataset file (data/article.yaml): one list per kind, every node with a prefixed `id`,
 * relationships written as references (ids) on the node they start from. Unknown fields are errors, so a typo
 * in a field name is reported instead of silently dropped.
 */

/** The id prefix of each list of the file, which is also the node's label. */
export const kinds = {
  sources: { prefix: "source", labels: ["Source"] },
  people: { prefix: "person", labels: ["Entity", "Person"] },
  states: { prefix: "state", labels: ["Entity", "State"] },
  organizations: { prefix: "organization", labels: ["Entity", "Organization"] },
  places: { prefix: "place", labels: ["Entity", "Place"] },
  items: { prefix: "item", labels: ["Entity", "Item"] },
  events: { prefix: "event", labels: ["Entity", "Event"] },
  transfers: { prefix: "transfer", labels: ["Transfer"] },
  claims: { prefix: "claim", labels: ["Claim"] },
} as const;

export type KindList = keyof typeof kinds;

const slug = "[a-z0-9][a-z0-9.-]*";
const idOf = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}:${slug}$`), `an id like '${prefix}:some-name' (lower case, digits, -)`);
/** A reference to another node; which kinds it may point to is checked after parsing (see references.ts). */
const ref = z.string().regex(new RegExp(`^[a-z]+:${slug}$`), "an id like 'kind:some-name'");
const refs = z.array(ref);
const text = z.string().trim().min(1, "a non-empty string");
const date = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "a date as YYYY-MM-DD, YYYY-MM or YYYY (quote a bare year)",
  );

const base = (prefix: string) => ({
  id: idOf(prefix),
  name: text,
  description: text.optional(),
  aliases: z.array(text).optional(),
});
/** Numbers an entity carries (e.g. `yearlyEconomyUsd`), stored as its properties; each needs a claim's `figure`. */
const figures = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, "a property name in camelCase"), z.number());
const entity = (prefix: string) => ({ ...base(prefix), title: text.optional(), figures: figures.optional() });
const role = z.strictObject({ state: ref, title: text });

const source = z.strictObject({
  ...base("source"),
  title: text.optional(),
  publisher: text.optional(),
  publishedBy: ref.optional(),
  kind: text,
  publishedOn: date.optional(),
  publishedOnInferred: z.boolean().optional(),
  dateNote: text.optional(),
  url: z.url().optional(),
  textFile: text.optional(),
  cites: refs.optional(),
});

const person = z.strictObject({
  ...entity("person"),
  leads: z.array(role).optional(),
  officialOf: z.array(role).optional(),
});

const state = z.strictObject(entity("state"));
const organization = z.strictObject({ ...entity("organization"), partOf: refs.optional() });
const place = z.strictObject({
  ...entity("place"),
  placeType: text.optional(),
  locatedIn: ref.optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  coordinatesNote: text.optional(),
});
const item = z.strictObject(entity("item"));
const event = z.strictObject({
  ...entity("event"),
  date: date.optional(),
  dateInferred: z.boolean().optional(),
  dateNote: text.optional(),
  heldIn: ref.optional(),
  involves: refs.optional(),
});

const carried = z.strictObject({
  item: ref,
  quantity: z.number().nonnegative().optional(),
  unit: text.optional(),
});
const transfer = z.strictObject({
  ...base("transfer"),
  status: z.enum(["reported", "alleged", "denied", "pledged", "partial", "forecast", "threatened"]),
  period: text.optional(),
  conditional: z.boolean().optional(),
  condition: text.optional(),
  from: refs.min(1, "at least one party the transfer comes FROM"),
  to: refs.min(1, "at least one party the transfer goes TO"),
  carries: z.array(carried).min(1, "at least one item the transfer CARRIES"),
  via: refs.optional(),
  inReturnFor: refs.optional(),
});

const claim = z.strictObject({
  ...base("claim"),
  text,
  quote: text,
  stance: z.enum(["asserts", "denies", "estimates", "forecasts"]),
  quantity: z.number().optional(),
  unit: text.optional(),
  figure: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/, "the name of the entity property this claim backs")
    .optional(),
  conditional: z.boolean().optional(),
  condition: text.optional(),
  statedOn: date.optional(),
  statedOnInferred: z.boolean().optional(),
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
export type SourceRecord = z.infer<typeof source>;
export type ClaimRecord = z.infer<typeof claim>;
