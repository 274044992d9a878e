import { relationshipTypes, toNeo4jValue } from "../../import/graph-rows.js";
import { builder } from "../builder.js";
import { writeChange } from "../curation.js";
import { badInput, notFound } from "../errors.js";
import { type EdgeRecord, toEdgeRecords } from "../graph-records.js";
import { curationQueries } from "../queries.js";

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

/** A relationship type a client named, checked against the model's allow-list. */
function checkedType(type: string): string {
  if (!(relationshipTypes as readonly string[]).includes(type)) {
    throw badInput(`Unknown relationship type ${JSON.stringify(type.slice(0, 50))}`, "type");
  }
  return type;
}

builder.mutationFields((t) => ({
  link: t.field({
    type: GraphEdge,
    description: "Adds (or updates) a relationship between two nodes (needs the write token).",
    args: { input: t.arg({ type: LinkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const type = checkedType(input.type);
      const props = Object.fromEntries(
        (["title", "quantity", "unit"] as const)
          .filter((key) => input[key] !== null && input[key] !== undefined)
          .map((key) => [key, toNeo4jValue(key, input[key])]),
      );
      const edge = await writeChange(ctx, async (tx, who) => {
        const result = await tx.run(curationQueries.link, { ...input, type, props, who });
        const record = result.records[0];
        if (!record) throw notFound("pair of nodes", `${input.source} ${input.target}`);
        return record.get("edge") as unknown;
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
      await writeChange(ctx, async (tx, who) => {
        const result = await tx.run(curationQueries.unlink, {
          source: args.source,
          target: args.target,
          type,
          who,
        });
        if (result.records.length === 0)
          throw notFound("relationship", `${args.source} ${type} ${args.target}`);
      });
      return true;
    },
  }),
}));
