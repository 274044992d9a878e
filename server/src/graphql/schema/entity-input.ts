import { builder } from "../builder.js";

/** The fields a curator may set on an entity; which ones a kind accepts is the importer's rule. */
export const EntityFieldsInput = builder.inputType("EntityFieldsInput", {
  description: "Fields of an entity. Which fields a kind accepts follows data/article.yaml's schema.",
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    aliases: t.stringList(),
    title: t.string(),
    lat: t.float(),
    lon: t.float(),
    date: t.string({ description: "YYYY-MM-DD, YYYY-MM or YYYY (events)" }),
  }),
});

/** A new entity: its kind, id and fields. */
export const CreateEntityInput = builder.inputType("CreateEntityInput", {
  fields: (t) => ({
    kind: t.string({ required: true, description: "person, state, organization, place, item or event" }),
    id: t.id({ required: true, description: "kind:some-name, e.g. person:shin-wonsik" }),
    name: t.string({ required: true }),
    fields: t.field({ type: EntityFieldsInput }),
  }),
});
