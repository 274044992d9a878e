import { builder } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { numberProp, stringProp } from "../node-props.js";
import { domainQueries } from "../queries.js";
import { related } from "../related.js";
import { Claim } from "./claim.js";
import { connectionOf } from "./connections.js";
import { Node } from "./node.js";
import { readPage } from "./page.js";

/** Where claims are reported: an article, a news report, imagery, a statement. */
export const Source = builder.objectRef<NodeRecord>("Source");

Source.implement({
  description: "Where claims are reported: an article, a news report, satellite imagery, a statement.",
  interfaces: [Node],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Source") ?? false,
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (node) => stringProp(node, "title") }),
    publisher: t.string({ nullable: true, resolve: (node) => stringProp(node, "publisher") }),
    sourceKind: t.string({
      nullable: true,
      description: "article, news report, satellite imagery, ...",
      resolve: (node) => stringProp(node, "kind"),
    }),
    publishedOn: t.string({ nullable: true, resolve: (node) => stringProp(node, "publishedOn") }),
    url: t.string({ nullable: true, resolve: (node) => stringProp(node, "url") }),
    text: t.string({
      nullable: true,
      description:
        "The whole text of the source, as `kgx import` read it from its textFile; null when it has none.",
      resolve: (node) => stringProp(node, "text"),
    }),
    quotedClaims: t.field({
      type: [Claim],
      description:
        "Claims whose quote lies in this source's text (its own, and those of the sources it cites that have no " +
        "text), in the order of the text.",
      resolve: async (node, _args, ctx) => {
        const cited = await related(ctx, node, "CITES", "out");
        const lists = await Promise.all(
          [node, ...cited].map((source) => related(ctx, source, "REPORTED_IN", "in")),
        );
        return lists
          .flat()
          .filter((claim) => claim.properties.quoteIn === node.id)
          .sort(
            (a, b) =>
              (numberProp(a, "quoteStart") ?? 0) - (numberProp(b, "quoteStart") ?? 0) ||
              a.id.localeCompare(b.id),
          );
      },
    }),
    cites: t.field({ type: [Source], resolve: (node, _args, ctx) => related(ctx, node, "CITES", "out") }),
    citedBy: t.field({ type: [Source], resolve: (node, _args, ctx) => related(ctx, node, "CITES", "in") }),
    claims: t.field({
      type: [Claim],
      description: "Claims REPORTED_IN this source.",
      resolve: (node, _args, ctx) => related(ctx, node, "REPORTED_IN", "in"),
    }),
  }),
});

export const SourceConnection = connectionOf("Source", Source);

builder.queryFields((t) => ({
  source: t.field({
    type: Source,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const node = await ctx.loaders.node.load(args.id);
      return node?.labels.includes("Source") ? node : null;
    },
  }),
  sources: t.field({
    type: SourceConnection,
    args: { first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: (_root, args, ctx) => readPage(ctx, domainQueries.sources, args, {}),
  }),
}));
