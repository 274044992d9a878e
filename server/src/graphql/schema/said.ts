import type DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { kindOf } from "../../model/labels.js";
import { type SaidDates, saidLoader } from "../../timeline/said.js";
import { builder } from "../builder.js";
import type { GraphQLContext } from "../context.js";
import { timelineQueries } from "../queries.js";
import { selects } from "../selection.js";
import { GraphNode } from "./graph-node.js";

const SaidDatesRef = builder.objectRef<SaidDates>("SaidDates");

SaidDatesRef.implement({
  description:
    "When a claim, or the claims about a transfer, were said (YYYY-MM-DD, YYYY-MM or YYYY): what `asOf` reads, for a client that applies a time window itself.",
  fields: (t) => ({
    dates: t.exposeStringList("dates", {
      description:
        "A claim: its statedOn, else its source's publishedOn. A transfer: the dates of the claims about it, each once, in order.",
    }),
    inferred: t.exposeBoolean("inferred", {
      description: "A claim's date is implied, not printed (statedOnInferred, or taken from its source).",
    }),
    undated: t.exposeBoolean("undated", {
      description:
        "It stands at every date: a claim without a date, or a transfer with no claim about it or an undated one.",
    }),
    publishedOn: t.exposeString("publishedOn", {
      nullable: true,
      description: "A claim's source's publishedOn, whatever the claim's own date.",
    }),
    publishedOnInferred: t.exposeBoolean("publishedOnInferred"),
  }),
});

// One loader per request, kept beside the request's context rather than in it: only this field uses it.
const loaders = new WeakMap<GraphQLContext, DataLoader<string, SaidDates | null>>();

function loaderOf(ctx: GraphQLContext): DataLoader<string, SaidDates | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = saidLoader(ctx.read, timelineQueries.said);
    loaders.set(ctx, loader);
  }
  return loader;
}

/**
 * Starts the `said` lookup of a deep link's nodes while their graph is still being read, when the query asks for
 * `nodes { said }`: the two queries then run side by side instead of one after the other (R9,
 * docs/benchmarks.md). Ids of other kinds find nothing, and their field never asks.
 */
export function prefetchSaid(ctx: GraphQLContext, ids: readonly string[], info: GraphQLResolveInfo): void {
  if (selects(info, ["nodes", "said"])) void loaderOf(ctx).loadMany(ids);
}

builder.objectField(GraphNode, "said", (t) =>
  t.field({
    type: SaidDatesRef,
    nullable: true,
    description:
      "For a claim or a transfer, when it was said (docs/decisions/0025); null for other nodes. One query per answer, however many nodes.",
    resolve: (node, _args, ctx) => {
      const kind = kindOf(node.labels);
      return kind === "claim" || kind === "transfer" ? loaderOf(ctx).load(node.id) : null;
    },
  }),
);
