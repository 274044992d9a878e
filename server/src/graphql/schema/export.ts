import { UserError } from "../../errors.js";
import { asOfDescription, asOfParameter } from "../as-of.js";
import { builder } from "../builder.js";
import { badInput } from "../errors.js";
import { exportFormats } from "../settings.js";

interface ExportFileResult {
  fileName: string;
  contentType: string;
  nodes: number;
  relationships: number;
  provenance?: string | undefined;
  content: string;
}

const ExportFormat = builder.enumType("ExportFormat", {
  description: "The formats of `export` (and of GET /export/{format}).",
  values: Object.fromEntries(exportFormats.map((f) => [f.toUpperCase(), { value: f }])) as Record<
    "CYPHER" | "JSON" | "CYJS" | "GRAPHML" | "CSV",
    { value: (typeof exportFormats)[number] }
  >,
});

const ExportFile = builder.objectRef<ExportFileResult>("ExportFile").implement({
  description: "An export small enough to travel in a GraphQL answer.",
  fields: (t) => ({
    fileName: t.exposeString("fileName"),
    contentType: t.exposeString("contentType"),
    nodes: t.exposeInt("nodes"),
    relationships: t.exposeInt("relationships"),
    provenance: t.exposeString("provenance", {
      nullable: true,
      description:
        "For a view or subgraph: how many claimants and sources were added so that every claim keeps its CLAIMED_BY and REPORTED_IN.",
    }),
    content: t.exposeString("content"),
  }),
});

builder.queryFields((t) => ({
  export: t.field({
    type: ExportFile,
    description:
      "A small export (at most 5000 nodes and relationships) of the graph, of `ids` and their neighbourhood, or of a view (`ids` plus `edges`). Larger ones stream from GET /export/{format}.",
    args: {
      format: t.arg({ type: ExportFormat, defaultValue: "cypher" }),
      ids: t.arg.idList({ description: "Node ids; without them, the whole graph." }),
      depth: t.arg.int({ defaultValue: 0, description: "With ids: 0, 1 or 2 hops of neighbours." }),
      edges: t.arg.idList({ description: "GraphEdge ids of a view: only these relationships among `ids`." }),
      mode: t.arg.string({ defaultValue: "create", description: "Cypher: create or merge." }),
      csvPart: t.arg.string({ defaultValue: "nodes", description: "CSV: nodes or relationships." }),
      asOf: t.arg.string({ description: asOfDescription }),
    },
    resolve: async (_root, args, ctx) => {
      const { smallExport } = ctx.settings;
      if (!smallExport) throw badInput("This server serves exports at GET /export/{format} only.");
      try {
        const asOf = asOfParameter(args.asOf);
        return await smallExport(ctx.db, { ...args, format: args.format ?? "cypher", asOf });
      } catch (error) {
        if (error instanceof UserError) throw badInput(error.message);
        throw error;
      }
    },
  }),
}));
