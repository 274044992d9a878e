import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { stringProp } from "../node-props.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";

/** Something that happened: the September summit, the full-scale invasion. */
export const Event = builder.objectRef<NodeRecord>("Event");

Event.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Event") ?? false,
  fields: (t) => ({
    date: t.string({
      nullable: true,
      description: "As precise as the source allows.",
      resolve: (node) => stringProp(node, "date"),
    }),
    involves: t.field({
      type: [Entity],
      resolve: (node, _args, ctx) => related(ctx, node, "INVOLVES", "out"),
    }),
    heldIn: t.field({ type: [Entity], resolve: (node, _args, ctx) => related(ctx, node, "HELD_IN", "out") }),
  }),
});
