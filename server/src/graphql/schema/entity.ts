import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { stringsProp, typeNameOf } from "../node-props.js";
import { domainQueries } from "../queries.js";
import { related } from "../related.js";
import { Claim } from "./claim.js";
import { connectionOf } from "./connections.js";
import { labelsOfKinds } from "./graph-node.js";
import { Node } from "./node.js";
import { readPage } from "./page.js";

/** A person, state, organization, place, item or event. */
export const Entity = builder.interfaceRef<NodeRecord>("Entity");

Entity.implement({
  description: "A person, state, organization, place, item or event.",
  interfaces: [Node],
  resolveType: typeNameOf,
  fields: (t) => ({
    aliases: t.stringList({ resolve: (node) => stringsProp(node, "aliases") }),
    claimsAbout: t.field({
      type: [Claim],
      description: "Claims ABOUT this entity.",
      resolve: (node, _args, ctx) => related(ctx, node, "ABOUT", "in"),
    }),
    claimsMade: t.field({
      type: [Claim],
      description: "Claims this entity made (CLAIMED_BY).",
      resolve: (node, _args, ctx) => related(ctx, node, "CLAIMED_BY", "in"),
    }),
  }),
});

builder.queryField("entity", (t) =>
  t.field({
    type: Entity,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const node = await ctx.loaders.node.load(args.id);
      return node?.labels.includes("Entity") ? node : null;
    },
  }),
);

export const EntityConnection = connectionOf("Entity", Entity);

builder.queryField("entities", (t) =>
  t.field({
    type: EntityConnection,
    description:
      "Entities by id, optionally of some kinds (person, state, organization, place, item, event).",
    args: { kinds: t.arg.stringList(), first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: (_root, args, ctx) =>
      readPage(ctx, domainQueries.entities, args, { labels: labelsOfKinds(args.kinds) }),
  }),
);
