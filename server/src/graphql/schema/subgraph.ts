import type { RecordShape } from "neo4j-driver";
import { inlineParameters } from "../../cypher/inline-parameters.js";
import { relationshipTypes } from "../../model/relationships.js";
import { asOfParameter } from "../as-of.js";
import { builder } from "../builder.js";
import { badInput, notFound } from "../errors.js";
import { type EdgeRecord, type NodeRecord, toEdgeRecords, toNodeRecord } from "../graph-records.js";
import { graphQueries } from "../queries.js";
import { GraphEdge } from "./graph-edge.js";
import { checkRange, GraphNode, labelsOfKinds } from "./graph-node.js";
import { prefetchSaid } from "./said.js";

/** A piece of the graph, and what its Cypher needs: the relationship types asked for, and whether to keep each step. */
export interface SubgraphResult {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  truncated: boolean;
  /** Null for an empty answer, whose `cypher` is empty. */
  query: { edgeTypes: string[] | null; exactSteps: boolean; asOf: string | null } | null;
}

export const Subgraph = builder.objectRef<SubgraphResult>("Subgraph");

Subgraph.implement({
  description:
    "Nodes and the relationships among them. With `asOf` (YYYY-MM-DD, YYYY-MM or YYYY), the graph as it stood then: no claims stated later, no transfers only they are about.",
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean("truncated", { description: "True when a limit left nodes out." }),
    cypher: t.string({
      description:
        "A read-only Cypher query, parameters written in, that returns these nodes and relationships.",
      // Built only when a client asks for it: the page never does, and writing a large answer's ids in costs time.
      resolve: cypherOf,
    }),
  }),
});

// The comments of the named query explain its parameters, which are written in: only the Cypher is kept.
const subgraphQuery = graphQueries.subgraph
  .split("\n")
  .filter((line) => !line.trimStart().startsWith("//"))
  .join("\n");

/** Relationship types a client asked for, checked against the model's types (types cannot be parameters). */
function checkEdgeTypes(types: readonly string[] | null | undefined): string[] | null {
  if (!types) return null;
  const known: readonly string[] = relationshipTypes;
  for (const type of types) {
    if (!known.includes(type))
      throw badInput(`Unknown relationship type ${JSON.stringify(type.slice(0, 50))}`, "edgeTypes");
  }
  return [...types];
}

/** The ids of `graph(ids:)`: at most as many as the largest `limit`. */
function checkIdCount(ids: readonly (string | number)[]): string[] {
  if (ids.length > 5000) throw badInput(`Too many ids: ${ids.length} given, at most 5000.`, "ids");
  return ids.map(String);
}

/** Builds a Subgraph from one row of `{nodes, edges, truncated}`. */
function subgraphOf(
  row: RecordShape,
  edgeTypes: string[] | null,
  exactSteps: boolean,
  asOf: string | null,
): SubgraphResult {
  return {
    nodes: (row.nodes as unknown[]).map(toNodeRecord),
    edges: toEdgeRecords(row.edges as unknown[]),
    truncated: row.truncated === true,
    query: { edgeTypes, exactSteps, asOf },
  };
}

/** The read-only Cypher that gives a Subgraph back: the named query `subgraph` with its parameters written in. */
function cypherOf({ nodes, edges, query }: SubgraphResult): string {
  if (!query) return "";
  const steps = query.exactSteps ? edges.map((edge) => [edge.source, edge.type, edge.target]) : null;
  const parameters = { ids: nodes.map((node) => node.id), edgeTypes: query.edgeTypes, steps };
  // The ids are those that stood on asOf already, so the query needs no date; the header says which it was.
  const asOf = query.asOf ? ` as of ${query.asOf}` : "";
  return `// kgx: ${nodes.length} nodes and ${edges.length} relationships${asOf}\n${inlineParameters(subgraphQuery, parameters)}`;
}

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: Subgraph,
    description:
      "A node and its neighbours up to `depth` hops: at most `limit` of them, `truncated` if there are more. The node comes first; then its neighbours: entities, then transfers, then claims and sources, each kind in id order. When there are more than `limit`, those kept are the entities first, then transfers, then the rest; within a kind (and at depth 2 and 3, among all) the first the database reaches, which is the same on every call while the graph is unchanged. With `asOf` (YYYY-MM-DD, YYYY-MM or YYYY), the graph as it stood then: no claims stated later, no transfers only they are about, and nothing reached only through them.",
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 200 }),
      edgeTypes: t.arg.stringList(),
      asOf: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const depth = checkRange("depth", args.depth ?? 1, 1, 3);
      const limit = checkRange("limit", args.limit ?? 200, 1, 1000);
      const edgeTypes = checkEdgeTypes(args.edgeTypes);
      const query = graphQueries.neighbourhood[depth - 1] as string;
      const asOf = asOfParameter(args.asOf);
      const [row] = await ctx.read(query, { id: args.id, limit, edgeTypes, asOf });
      if (!row) throw notFound("node", args.id);
      return subgraphOf(row, edgeTypes, false, asOf);
    },
  }),
  paths: t.field({
    type: [Subgraph],
    description:
      "Up to `limit` of the shortest paths between two nodes (all of the least length, by the ids along them), of at most `maxLength` hops, in any direction. They run through entities and transfers only, unless `includeClaims`: then also through claims and sources. With `asOf`, only through what stood then: no path passes a claim stated later or a transfer only such claims are about.",
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: 6 }),
      limit: t.arg.int({ defaultValue: 5 }),
      includeClaims: t.arg.boolean({ defaultValue: false }),
      asOf: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const asOf = asOfParameter(args.asOf);
      const maxLength = checkRange("maxLength", args.maxLength ?? 6, 1, 8);
      const limit = checkRange("limit", args.limit ?? 5, 1, 10);
      const rows = await ctx.read(
        graphQueries.paths,
        {
          from: args.from,
          to: args.to,
          maxLength,
          limit,
          includeClaims: args.includeClaims ?? false,
          asOf,
        },
        ctx.settings.pathsTimeoutMs,
      );
      return rows.map((row) => subgraphOf(row, null, true, asOf));
    },
  }),
  graph: t.field({
    type: Subgraph,
    description:
      "The whole graph, or the nodes of some kinds, up to `limit` nodes (by id) and their relationships; or the nodes with these `ids` (at most 5000; unknown ids are left out) and the relationships among them.",
    args: {
      kinds: t.arg.stringList(),
      ids: t.arg.idList(),
      limit: t.arg.int({ defaultValue: 2000 }),
      asOf: t.arg.string(),
    },
    resolve: async (_root, args, ctx, info) => {
      const limit = checkRange("limit", args.limit ?? 2000, 1, 5000);
      if (args.ids && args.kinds) throw badInput("Give kinds or ids, not both.", "ids");
      const asOf = asOfParameter(args.asOf);
      let read: Promise<RecordShape[]>;
      if (args.ids) {
        const ids = checkIdCount(args.ids);
        read = ctx.read(graphQueries.graphOfIds, { ids, asOf });
        prefetchSaid(ctx, ids, info);
      } else read = ctx.read(graphQueries.graph, { labels: labelsOfKinds(args.kinds), limit, asOf });
      const [row] = await read;
      return row
        ? subgraphOf(row, null, false, asOf)
        : { nodes: [], edges: [], truncated: false, query: null };
    },
  }),
}));
