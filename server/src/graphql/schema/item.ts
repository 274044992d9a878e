import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { Transfer } from "./transfer.js";

/** Something transferred: shells, missiles, food, a limousine. */
export const Item = builder.objectRef<NodeRecord>("Item");

Item.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Item") ?? false,
  fields: (t) => ({
    transfers: t.field({
      type: [Transfer],
      description: "Transfers that CARRY this item.",
      resolve: (node, _args, ctx) => related(ctx, node, "CARRIES", "in"),
    }),
  }),
});
