import { kindOf, labelOfKind, type ModelLabel as NodeLabel } from "../../model/labels.js";
import { asOfParameter } from "../as-of.js";
import { builder } from "../builder.js";
import { badInput } from "../errors.js";
import { type NodeRecord, nameOf, toNodeRecord } from "../graph-records.js";
import { graphQueries } from "../queries.js";
import { runSearch } from "../search-run.js";

/** Any node of the graph as the web page draws it. */
export const GraphNode = builder.objectRef<NodeRecord>("GraphNode");

GraphNode.implement({
  description: "Any node of the graph, as the explorer draws it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.string({
      description: "person, state, organization, place, item, event, transfer, claim or source",
      resolve: (node) => kindOf(node.labels),
    }),
    labels: t.stringList({ resolve: (node) => node.labels }),
    name: t.string({ resolve: nameOf }),
    degree: t.int({
      description: "How many relationships the node has in the whole graph.",
      resolve: (node) => node.degree,
    }),
    properties: t.field({ type: "JSON", resolve: (node) => node.properties }),
  }),
});

/** The labels for the kinds a client asked for; an unknown kind is a BAD_USER_INPUT error naming the known ones. */
export function labelsOfKinds(kinds: readonly string[] | null | undefined): NodeLabel[] | null {
  if (!kinds) return null;
  return kinds.map((kind) => {
    const label = labelOfKind(kind);
    if (!label) throw badInput(`Unknown kind ${JSON.stringify(kind.slice(0, 50))}`, "kinds");
    return label;
  });
}

/** Checks that an integer argument lies in [min, max]. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max) throw badInput(`${name} must be between ${min} and ${max}`, name);
  return value;
}

builder.queryFields((t) => ({
  search: t.field({
    type: [GraphNode],
    description:
      "Nodes whose name, aliases, description, text or quote match, entities named as typed first; tolerates a typo, " +
      "a partial word, accents, hyphens and dots, and finds figures as written (6,700 or 6700). With `asOf` (YYYY-MM-DD, YYYY-MM or YYYY), the graph as it stood then: no claims stated later, no transfers only they are about.",
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg.stringList(),
      first: t.arg.int({ defaultValue: 20 }),
      asOf: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const first = checkRange("first", args.first ?? 20, 1, 100);
      const asOf = asOfParameter(args.asOf);
      const labels = labelsOfKinds(args.kinds);
      return runSearch(ctx, { text: args.query, first, labels, asOf });
    },
  }),
  node: t.field({
    type: GraphNode,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [row] = await ctx.read(graphQueries.node, { id: args.id });
      return row ? toNodeRecord(row.node) : null;
    },
  }),
}));
