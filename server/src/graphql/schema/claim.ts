import { asOfDescription, asOfParameter } from "../as-of.js";
import { builder } from "../builder.js";
import { userError } from "../errors.js";
import type { NodeRecord } from "../graph-records.js";
import { numberProp, stringProp } from "../node-props.js";
import { domainQueries } from "../queries.js";
import { related, relatedOne } from "../related.js";
import { connectionOf } from "./connections.js";
import { Entity } from "./entity.js";
import { Node } from "./node.js";
import { readPage } from "./page.js";
import { Source } from "./source.js";

/** One statement by one claimant in one source, with the source's own words. */
export const Claim = builder.objectRef<NodeRecord>("Claim");

/** Where a claim's quote lies in a source's text. */
interface QuoteSpanValue {
  start: number;
  end: number;
  in: string;
}

const QuoteSpan = builder.objectRef<QuoteSpanValue>("QuoteSpan");

QuoteSpan.implement({
  description:
    "Where a claim's quote lies in a source's text: `text.slice(start, end)` in UTF-16 code units (as JavaScript " +
    "counts), equal to the quote up to typographic quotes and whitespace.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end", { description: "Exclusive." }),
    source: t.field({
      type: Source,
      description: "The source whose text holds the quote: the claim's own, or the article that cites it.",
      resolve: async (span, _args, ctx) => {
        const node = await ctx.loaders.node.load(span.in);
        if (!node?.labels.includes("Source"))
          throw userError("INTEGRITY_VIOLATION", `the quote's source ${span.in} is not in the graph`);
        return node;
      },
    }),
  }),
});

/** The span `kgx import` stored on a claim, or null for a claim added later or whose source has no text. */
function quoteSpanOf(node: NodeRecord): QuoteSpanValue | null {
  const start = numberProp(node, "quoteStart");
  const end = numberProp(node, "quoteEnd");
  const source = stringProp(node, "quoteIn");
  return start === null || end === null || source === null ? null : { start, end, in: source };
}

Claim.implement({
  description: "One statement by one claimant in one source, with the source's own words in `quote`.",
  interfaces: [Node],
  isTypeOf: (node) => (node as NodeRecord).labels?.includes("Claim") ?? false,
  fields: (t) => ({
    text: t.string({ resolve: (node) => stringProp(node, "text") ?? "" }),
    quote: t.string({
      description: "Verbatim from the source.",
      resolve: (node) => stringProp(node, "quote") ?? "",
    }),
    stance: t.string({
      description: "asserts, denies, estimates or forecasts",
      resolve: (node) => stringProp(node, "stance") ?? "asserts",
    }),
    quoteSpan: t.field({
      type: QuoteSpan,
      nullable: true,
      description: "Where the quote lies in a source's text; null when no source of the claim has a text.",
      resolve: quoteSpanOf,
    }),
    quantity: t.float({ nullable: true, resolve: (node) => numberProp(node, "quantity") }),
    unit: t.string({ nullable: true, resolve: (node) => stringProp(node, "unit") }),
    statedOn: t.string({ nullable: true, resolve: (node) => stringProp(node, "statedOn") }),
    recordedBy: t.string({
      nullable: true,
      description: "Who added or last changed this claim through the API (the write token's name).",
      resolve: (node) => stringProp(node, "updatedBy"),
    }),
    recordedAt: t.string({ nullable: true, resolve: (node) => stringProp(node, "updatedAt") }),
    claimant: t.field({
      type: Entity,
      description: "Who says so (the first claimant when several say it together).",
      resolve: (node, _args, ctx) => relatedOne(ctx, node, "CLAIMED_BY", "out"),
    }),
    claimants: t.field({
      type: [Entity],
      resolve: (node, _args, ctx) => related(ctx, node, "CLAIMED_BY", "out"),
    }),
    source: t.field({
      type: Source,
      resolve: (node, _args, ctx) => relatedOne(ctx, node, "REPORTED_IN", "out"),
    }),
    about: t.field({ type: [Node], resolve: (node, _args, ctx) => related(ctx, node, "ABOUT", "out") }),
    contradicts: t.field({
      type: [Claim],
      description: "Claims this one contradicts, or that contradict it.",
      resolve: async (node, _args, ctx) => {
        const [out, into] = await Promise.all([
          related(ctx, node, "CONTRADICTS", "out"),
          related(ctx, node, "CONTRADICTS", "in"),
        ]);
        return [...new Map([...out, ...into].map((claim) => [claim.id, claim])).values()];
      },
    }),
  }),
});

export const ClaimConnection = connectionOf("Claim", Claim);

builder.queryFields((t) => ({
  claim: t.field({
    type: Claim,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const node = await ctx.loaders.node.load(args.id);
      return node?.labels.includes("Claim") ? node : null;
    },
  }),
  claims: t.field({
    type: ClaimConnection,
    description: "Claims, by id, filtered by what they are about, who claims, the source and the stance.",
    args: {
      about: t.arg.id(),
      claimant: t.arg.id(),
      source: t.arg.id(),
      stance: t.arg.string(),
      asOf: t.arg.string({ description: asOfDescription }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      readPage(ctx, domainQueries.claims, args, {
        about: args.about ?? null,
        claimant: args.claimant ?? null,
        source: args.source ?? null,
        stance: args.stance ?? null,
        asOf: asOfParameter(args.asOf),
      }),
  }),
}));
