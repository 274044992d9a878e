import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { numberProp } from "../node-props.js";
import { related } from "../related.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { State } from "./state.js";
import { Transfer } from "./transfer.js";

/** A place: a port, a depot. */
export const Place = builder.objectRef<NodeRecord>("Place");

Place.implement({
  interfaces: [Node, Entity],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Place") ?? false,
  fields: (t) => ({
    lat: t.float({ nullable: true, resolve: (node) => numberProp(node, "lat") }),
    lon: t.float({ nullable: true, resolve: (node) => numberProp(node, "lon") }),
    locatedIn: t.field({
      type: [State],
      resolve: (node, _args, ctx) => related(ctx, node, "LOCATED_IN", "out"),
    }),
    transfersVia: t.field({
      type: [Transfer],
      resolve: (node, _args, ctx) => related(ctx, node, "VIA", "in"),
    }),
  }),
});
