import { builder } from "../builder.js";
import { AddSourceInput } from "./source-mutations.js";

/** The source of a change set: a stored one by id, or a new one. */
const ChangeSetSourceInput = builder.inputType("ChangeSetSourceInput", {
  description: "Either `id` (a stored source with a text) or `new` (stored with the set), not both.",
  fields: (t) => ({
    id: t.id(),
    new: t.field({ type: AddSourceInput }),
  }),
});

/** A new entity of a change set. */
const ChangeSetEntityInput = builder.inputType("ChangeSetEntityInput", {
  fields: (t) => ({
    ref: t.string({ required: true, description: "The client's name for it, without ':'; claims use it." }),
    kind: t.string({ required: true, description: "person, state, organization, place, item or event" }),
    name: t.string({ required: true, description: "The id is kind: and this name as a slug." }),
    aliases: t.stringList(),
  }),
});

/** A spelling kept as an alias of a stored entity. */
const ChangeSetAliasInput = builder.inputType("ChangeSetAliasInput", {
  fields: (t) => ({
    entity: t.id({ required: true }),
    alias: t.string({ required: true }),
  }),
});

/** A claim's figure. */
const ChangeSetFigureInput = builder.inputType("ChangeSetFigureInput", {
  fields: (t) => ({
    quantity: t.float({ required: true }),
    unit: t.string(),
  }),
});

/** A claim whose quote is a span of the set's source text. */
const ChangeSetClaimInput = builder.inputType("ChangeSetClaimInput", {
  fields: (t) => ({
    start: t.int({
      required: true,
      description: "UTF-16 offset where the quote starts in the source's text",
    }),
    end: t.int({ required: true, description: "UTF-16 offset where it ends (exclusive)" }),
    claimant: t.string({
      required: true,
      description: "An entity id, or the ref of a new entity of the set",
    }),
    stance: t.string({ required: true, description: "asserts, denies, estimates or forecasts" }),
    about: t.stringList({ required: true, description: "Entity ids or refs" }),
    name: t.string({ description: "A short label; the quote's first words when left out" }),
    text: t.string({ description: "What is claimed, in your words; the quote when left out" }),
    figure: t.field({ type: ChangeSetFigureInput }),
    statedOn: t.string({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
  }),
});

/** What one workbench commit writes (docs/decisions/0095-change-sets.md). */
export const ChangeSetInput = builder.inputType("ChangeSetInput", {
  fields: (t) => ({
    source: t.field({ type: ChangeSetSourceInput, required: true }),
    entities: t.field({ type: [ChangeSetEntityInput] }),
    aliases: t.field({ type: [ChangeSetAliasInput] }),
    claims: t.field({ type: [ChangeSetClaimInput] }),
  }),
});
