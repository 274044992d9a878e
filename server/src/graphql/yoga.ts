import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import type { Database } from "../neo4j/database.js";
import { createContext, type GraphQLContext } from "./context.js";
import { fromNeo4jError, fromShapeError } from "./errors.js";
import { armorPlugin, bodyLimitPlugin } from "./limits.js";
import { schema } from "./schema/index.js";
import type { GraphQLSettings } from "./settings.js";

/** kgx's GraphQL endpoint at /graphql; tests call its `fetch` in-process, the HTTP app routes requests to it. */
export type KgxYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

/** The yoga server over one Database; it keeps no state between requests beyond the schema. */
export function createGraphQL(db: Database, settings: GraphQLSettings): KgxYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    context: ({ request }) => createContext(db, settings, request),
    graphiql: settings.graphiql ? { title: "kgx GraphQL" } : false,
    landingPage: false,
    cors: settings.corsOrigins.length > 0 ? { origin: settings.corsOrigins, credentials: false } : false,
    batching: false,
    maskedErrors: {
      isDev: false,
      // A Neo4j outage can surface outside a resolver's own catch (e.g. in a loader): map it here too.
      maskError: (error, message) => {
        const original = (error as { originalError?: unknown }).originalError;
        const mapped = fromNeo4jError(original);
        if (mapped !== original && mapped instanceof Error) return mapped;
        if (process.env.KGX_DEBUG === "1") console.error(original ?? error);
        // graphql-js's own errors about the answer's shape quote stored values: never let them through as they are.
        const shape = fromShapeError(error);
        if (shape) return shape;
        return maskError(error, message, false);
      },
    },
    plugins: [bodyLimitPlugin(settings.maxBodyBytes), armorPlugin()],
    logging: false,
  });
}
