import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { Transfer } from "./transfer.js";

/** An organization: the European Union, the White House, Yonhap... */
export const Organization = builder.objectRef<NodeRecord>("Organization");

Organization.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Organization") ?? false,
  fields: (t) => ({
    partOf: t.field({ type: [Entity], resolve: (node, _args, ctx) => related(ctx, node, "PART_OF", "out") }),
    transfersOut: t.field({
      type: [Transfer],
      resolve: (node, _args, ctx) => related(ctx, node, "FROM", "in"),
    }),
    transfersIn: t.field({ type: [Transfer], resolve: (node, _args, ctx) => related(ctx, node, "TO", "in") }),
  }),
});
