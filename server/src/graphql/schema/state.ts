import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { Person } from "./person.js";
import { Transfer } from "./transfer.js";

/** A state: North Korea, Russia, Ukraine... */
export const State = builder.objectRef<NodeRecord>("State");

State.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("State") ?? false,
  fields: (t) => ({
    transfersOut: t.field({
      type: [Transfer],
      description: "Transfers FROM this state.",
      resolve: (node, _args, ctx) => related(ctx, node, "FROM", "in"),
    }),
    transfersIn: t.field({
      type: [Transfer],
      description: "Transfers TO this state.",
      resolve: (node, _args, ctx) => related(ctx, node, "TO", "in"),
    }),
    leaders: t.field({ type: [Person], resolve: (node, _args, ctx) => related(ctx, node, "LEADS", "in") }),
    officials: t.field({
      type: [Person],
      resolve: (node, _args, ctx) => related(ctx, node, "OFFICIAL_OF", "in"),
    }),
  }),
});
