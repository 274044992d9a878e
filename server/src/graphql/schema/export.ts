import { Writable } from "node:stream";
import { UserError } from "../../errors.js";
import { exportFormats, parseMode, parsePart, runExport } from "../../export/export-request.js";
import { checkIds, type ExportScope, parseDepth } from "../../export/scope.js";
import { builder } from "../builder.js";
import { badInput } from "../errors.js";

/** GraphQL answers hold the whole file in memory: larger exports go through GET /export/... */
const maxGraphqlExportItems = 5_000;

interface ExportFileResult {
  fileName: string;
  contentType: string;
  nodes: number;
  relationships: number;
  content: string;
}

const ExportFormat = builder.enumType("ExportFormat", {
  description: "The formats of `export` (and of GET /export/{format}).",
  values: Object.fromEntries(exportFormats.map((f) => [f.toUpperCase(), { value: f }])) as Record<
    "CYPHER" | "JSON" | "GRAPHML" | "CSV",
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
    },
    resolve: async (_root, args, ctx) => {
      try {
        const scope = graphqlScope(args.ids, args.edges, args.depth);
        let content = "";
        const sink = new Writable({
          write(chunk, _encoding, callback) {
            content += String(chunk);
            callback();
          },
        });
        const request = {
          format: args.format ?? "cypher",
          scope,
          mode: parseMode(args.mode),
          part: parsePart(args.csvPart),
        };
        const info = await runExport(ctx.db, request, (found) => {
          if (found.counts.nodes + found.counts.relationships > maxGraphqlExportItems)
            throw new UserError(
              `This export holds ${found.counts.nodes} nodes and ${found.counts.relationships} relationships, more than ${maxGraphqlExportItems} in all: download it from GET /export/${request.format} instead.`,
            );
          return sink;
        });
        return { ...info, ...info.counts, content };
      } catch (error) {
        if (error instanceof UserError) throw badInput(error.message);
        throw error;
      }
    },
  }),
}));

function graphqlScope(
  ids: readonly string[] | null | undefined,
  edges: readonly string[] | null | undefined,
  depth: number | null | undefined,
): ExportScope {
  if (!ids) {
    if (edges) throw new UserError("edges need the ids of their nodes.");
    return { kind: "all" };
  }
  const nodes = checkIds(ids, "ids");
  if (edges) return { kind: "subgraph", nodes, edges: checkIds(edges, "edge ids") };
  return { kind: "ids", ids: nodes, depth: parseDepth(depth ?? 0) };
}
