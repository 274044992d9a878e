import { checkedType, linkNodes, unlinkNodes } from "../../curation/writes.js";
import { toNeo4jValue } from "../../model/values.js";
import { builder } from "../builder.js";
import { writeChange } from "../curation.js";
import { notFound } from "../errors.js";
import { type EdgeRecord, toEdgeRecords } from "../graph-records.js";

/** Any relationship of the graph, identified by its end nodes' ids (never Neo4j's internal ids). */
export const GraphEdge = builder.objectRef<EdgeRecord>("GraphEdge");

GraphEdge.implement({
  description:
    "A relationship. Its id is `source>TYPE>target`, with `#2`, `#3`... for parallel relationships of one type.",
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.exposeString("type"),
    source: t.exposeID("source"),
    target: t.exposeID("target"),
    properties: t.field({ type: "JSON", resolve: (edge) => edge.properties }),
  }),
});

const LinkInput = builder.inputType("LinkInput", {
  fields: (t) => ({
    source: t.id({ required: true }),
    type: t.string({
      required: true,
      description: "A relationship type of the graph model, e.g. VIA, CITES",
    }),
    target: t.id({ required: true }),
    title: t.string({ description: "For LEADS and OFFICIAL_OF" }),
    quantity: t.float({ description: "For CARRIES" }),
    unit: t.string({ description: "For CARRIES" }),
  }),
});

builder.mutationFields((t) => ({
  link: t.field({
    type: GraphEdge,
    description:
      "Adds (or updates) a relationship between two nodes (needs the write token). It must keep the graph model's " +
      "rules for its type (which kinds it connects, which properties it takes), as `kgx import` does.",
    args: { input: t.arg({ type: LinkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const type = checkedType(input.type);
      const props = Object.fromEntries(
        (["title", "quantity", "unit"] as const)
          .filter((key) => input[key] !== null && input[key] !== undefined)
          .map((key) => [key, toNeo4jValue(key, input[key])]),
      );
      const link = { source: input.source, type, target: input.target, props };
      const edge = await writeChange(ctx, [input.source, input.target], async (tx, who) => {
        const written = await linkNodes(tx, link, { who, via: "link" });
        if (written === undefined) throw notFound("pair of nodes", `${input.source} ${input.target}`);
        return written;
      });
      return toEdgeRecords([edge])[0] as EdgeRecord;
    },
  }),
  unlink: t.boolean({
    description: "Removes the relationships of a type from one node to another (needs the write token).",
    args: {
      source: t.arg.id({ required: true }),
      type: t.arg.string({ required: true }),
      target: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const type = checkedType(args.type);
      await writeChange(ctx, [args.source, args.target], async (tx, who) => {
        const link = { source: args.source, type, target: args.target };
        if ((await unlinkNodes(tx, link, { who, via: "unlink" })) === 0)
          throw notFound("relationship", `${args.source} ${type} ${args.target}`);
      });
      return true;
    },
  }),
}));
