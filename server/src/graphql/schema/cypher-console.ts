import { GraphQLError } from "graphql";
import { ConsoleError } from "../../console/console-error.js";
import { type ConsoleSchema, consoleMenu, consoleSchema, type MenuQuery } from "../../console/query-menu.js";
import { type ConsoleResult, runConsoleQuery } from "../../console/run-query.js";
import { builder } from "../builder.js";
import { Subgraph } from "./subgraph.js";

const CypherResult = builder.objectRef<ConsoleResult>("CypherResult");

CypherResult.implement({
  description: "The answer of the read-only Cypher console.",
  fields: (t) => ({
    columns: t.stringList({ resolve: (result) => result.columns }),
    rows: t.field({
      type: ["JSON"],
      description:
        "The rows, each a list of values in column order, converted as the exports convert them: nodes as " +
        "{id, kind, labels, name, properties}, relationships as {type, source, target, properties}, paths as " +
        "{nodes, relationships}.",
      resolve: (result) => result.rows,
    }),
    graph: t.field({
      type: Subgraph,
      description: "Every node, relationship and path found anywhere in the rows, as the canvas draws them.",
      resolve: (result) => ({ ...result.graph, query: null }),
    }),
    truncated: t.exposeBoolean("truncated", {
      description: "True when the rows stopped at the console's limit (1,000 rows or 4 MB).",
    }),
  }),
});

const CypherMenuQuery = builder.objectRef<MenuQuery>("CypherMenuQuery");

CypherMenuQuery.implement({
  description: "A query the console offers: an example for the article or a named query of cypher/queries/.",
  fields: (t) => ({
    name: t.exposeString("name"),
    file: t.exposeString("file", { description: "Its file under cypher/." }),
    text: t.exposeString("text"),
    parameters: t.exposeStringList("parameters", { description: "The parameters it needs, without `$`." }),
  }),
});

const CypherSchema = builder.objectRef<ConsoleSchema>("CypherSchema");

CypherSchema.implement({
  description: "The names in use in the graph, for the console's completion.",
  fields: (t) => ({
    labels: t.exposeStringList("labels"),
    relationshipTypes: t.exposeStringList("relationshipTypes"),
    propertyKeys: t.exposeStringList("propertyKeys"),
  }),
});

/** A console refusal as a GraphQL error, its code in `extensions.code`. */
function asGraphQLError(error: unknown): unknown {
  return error instanceof ConsoleError
    ? new GraphQLError(error.message, { extensions: { code: error.code } })
    : error;
}

builder.queryFields((t) => ({
  cypher: t.field({
    type: CypherResult,
    description:
      "Runs a read-only Cypher query (docs/security.md: refused unless Neo4j plans it as a read, calls only " +
      "allowed procedures and functions; run in a read transaction with the query timeout, at most 1,000 rows).",
    args: {
      query: t.arg.string({ required: true }),
      params: t.arg({ type: "JSON" }),
    },
    resolve: async (_root, args, ctx) => {
      try {
        return await runConsoleQuery(ctx.db, args.query, args.params);
      } catch (error) {
        throw asGraphQLError(error);
      }
    },
  }),
  cypherMenu: t.field({
    type: [CypherMenuQuery],
    description: "The console's example queries, then the named queries of cypher/queries/ that only read.",
    resolve: () => consoleMenu,
  }),
  cypherSchema: t.field({
    type: CypherSchema,
    description: "The labels, relationship types and property keys in use, for the console's completion.",
    resolve: async (_root, _args, ctx) => {
      try {
        return await consoleSchema(ctx.db);
      } catch (error) {
        throw asGraphQLError(error);
      }
    },
  }),
}));
