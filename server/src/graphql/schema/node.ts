import { kindOf } from "../../model/labels.js";
import { builder } from "../builder.js";
import { type NodeRecord, nameOf } from "../graph-records.js";
import { stringProp, typeNameOf } from "../node-props.js";

/** Anything with a kgx id: every entity, transfer, claim and source. */
export const Node = builder.interfaceRef<NodeRecord>("Node");

Node.implement({
  description: "Anything with a kgx id: every entity, transfer, claim and source.",
  resolveType: typeNameOf,
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.string({ resolve: (node) => kindOf(node.labels) }),
    name: t.string({ resolve: nameOf }),
    description: t.string({ nullable: true, resolve: (node) => stringProp(node, "description") }),
    properties: t.field({
      type: "JSON",
      description: "All stored properties.",
      resolve: (node) => node.properties,
    }),
  }),
});
