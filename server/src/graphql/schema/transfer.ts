import { asOfDescription, asOfParameter } from "../as-of.js";
import { builder } from "../builder.js";
import { figureDisagreements } from "../figure-disagreements.js";
import type { NodeRecord } from "../graph-records.js";
import { stringProp } from "../node-props.js";
import { domainQueries } from "../queries.js";
import { related } from "../related.js";
import { CarriedItem } from "./carried-item.js";
import { Claim } from "./claim.js";
import { connectionOf } from "./connections.js";
import { Entity } from "./entity.js";
import { FigureDisagreement } from "./figure-disagreement.js";
import { Node } from "./node.js";
import { readPage } from "./page.js";
import { Place } from "./place.js";

/** A flow of items from one party to another, reported, alleged, denied, pledged... */
export const Transfer = builder.objectRef<NodeRecord>("Transfer");

Transfer.implement({
  description: "A flow of items from one party to another; its `status` says how sure anyone is.",
  interfaces: [Node],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Transfer") ?? false,
  fields: (t) => ({
    status: t.string({
      description: "reported, alleged, denied, pledged, partial, forecast, threatened",
      resolve: (node) => stringProp(node, "status") ?? "reported",
    }),
    period: t.string({ nullable: true, resolve: (node) => stringProp(node, "period") }),
    startDate: t.string({
      nullable: true,
      description: "When the goods began to move, as precise as the source allows.",
      resolve: (node) => stringProp(node, "startDate"),
    }),
    endDate: t.string({
      nullable: true,
      description: "When they stop or are due by, as precise as the source allows.",
      resolve: (node) => stringProp(node, "endDate"),
    }),
    from: t.field({ type: [Entity], resolve: (node, _args, ctx) => related(ctx, node, "FROM", "out") }),
    to: t.field({ type: [Entity], resolve: (node, _args, ctx) => related(ctx, node, "TO", "out") }),
    items: t.field({
      type: [CarriedItem],
      resolve: (node, _args, ctx) => related(ctx, node, "CARRIES", "out"),
    }),
    via: t.field({ type: [Place], resolve: (node, _args, ctx) => related(ctx, node, "VIA", "out") }),
    inReturnFor: t.field({
      type: [Transfer],
      resolve: (node, _args, ctx) => related(ctx, node, "IN_RETURN_FOR", "out"),
    }),
    givenInReturn: t.field({
      type: [Transfer],
      description: "Transfers made IN_RETURN_FOR this one.",
      resolve: (node, _args, ctx) => related(ctx, node, "IN_RETURN_FOR", "in"),
    }),
    claims: t.field({
      type: [Claim],
      description: "Claims ABOUT this transfer.",
      resolve: (node, _args, ctx) => related(ctx, node, "ABOUT", "in"),
    }),
    disagreements: t.field({
      type: [FigureDisagreement],
      description: "Where claims about this transfer give different figures in one unit, and by how much.",
      resolve: async (node, _args, ctx) => figureDisagreements(await related(ctx, node, "ABOUT", "in")),
    }),
  }),
});

export const TransferConnection = connectionOf("Transfer", Transfer);

builder.queryFields((t) => ({
  transfer: t.field({
    type: Transfer,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const node = await ctx.loaders.node.load(args.id);
      return node?.labels.includes("Transfer") ? node : null;
    },
  }),
  transfers: t.field({
    type: TransferConnection,
    description: "Transfers, by id, filtered by party FROM, party TO, an item CARRIED and status.",
    args: {
      from: t.arg.id(),
      to: t.arg.id(),
      item: t.arg.id(),
      status: t.arg.string(),
      asOf: t.arg.string({ description: asOfDescription }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      readPage(ctx, domainQueries.transfers, args, {
        from: args.from ?? null,
        to: args.to ?? null,
        item: args.item ?? null,
        status: args.status ?? null,
        asOf: asOfParameter(args.asOf),
      }),
  }),
}));
