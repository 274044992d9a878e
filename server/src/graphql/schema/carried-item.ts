import { builder } from "../builder.js";
import type { RelatedNode } from "../loaders.js";
import { numberProp, stringProp } from "../node-props.js";
import { Item } from "./item.js";

/** An item a transfer CARRIES, with the quantity on the relationship. */
export const CarriedItem = builder.objectRef<RelatedNode>("CarriedItem");

CarriedItem.implement({
  description: "An item a transfer CARRIES, with the quantity and unit given on the relationship.",
  fields: (t) => ({
    item: t.field({ type: Item, resolve: (node) => node }),
    quantity: t.float({
      nullable: true,
      resolve: (node) => numberProp({ properties: node.relationship }, "quantity"),
    }),
    unit: t.string({
      nullable: true,
      resolve: (node) => stringProp({ properties: node.relationship }, "unit"),
    }),
  }),
});
