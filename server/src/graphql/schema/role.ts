import { builder } from "../builder.js";
import type { RelatedNode } from "../loaders.js";
import { stringProp } from "../node-props.js";
import { State } from "./state.js";

/** A person's role in a state (LEADS or OFFICIAL_OF), with the title on the relationship. */
export const Role = builder.objectRef<RelatedNode>("Role");

Role.implement({
  description: "A person's role in a state (LEADS or OFFICIAL_OF), with the title the source gives.",
  fields: (t) => ({
    state: t.field({ type: State, resolve: (node) => node }),
    title: t.string({
      nullable: true,
      resolve: (node) => stringProp({ properties: node.relationship }, "title"),
    }),
  }),
});
