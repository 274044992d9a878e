import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { stringProp } from "../node-props.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { Role } from "./role.js";

/** A person: a leader, an official, a spokesperson. */
export const Person = builder.objectRef<NodeRecord>("Person");

Person.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Person") ?? false,
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (node) => stringProp(node, "title") }),
    leads: t.field({ type: [Role], resolve: (node, _args, ctx) => related(ctx, node, "LEADS", "out") }),
    officialOf: t.field({
      type: [Role],
      resolve: (node, _args, ctx) => related(ctx, node, "OFFICIAL_OF", "out"),
    }),
  }),
});
