import {
  createYoga,
  type GraphiQLOptions,
  maskError,
  type Plugin,
  type YogaServerInstance,
} from "graphql-yoga";
import type { Database } from "../neo4j/database.js";
import { createContext, type GraphQLContext } from "./context.js";
import { fromNeo4jError, fromShapeError } from "./errors.js";
import { armorPlugin, bodyLimitPlugin } from "./limits.js";
import { persistedOperationsPlugin } from "./persisted.js";
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
    graphiql: settings.graphiql ? graphiqlOptions : false,
    renderGraphiQL: offlineGraphiQL(),
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
    plugins: [
      bodyLimitPlugin(settings.maxBodyBytes),
      persistedOperationsPlugin(),
      armorPlugin(),
      graphiqlHeadersPlugin(),
    ],
    logging: false,
  });
}

const graphiqlOptions: GraphiQLOptions = {
  title: "kgx GraphQL",
  favicon: "/favicon.svg",
  defaultQuery: `# Run it with ▶ or Ctrl+Enter.
# The book icon (top left) lists every query.
{
  search(query: "Pyongyang", first: 3) {
    id
    kind
    name
  }
}
`,
};

/**
 * GraphiQL's page from @graphql-yoga/render-graphiql, which carries GraphiQL's code, styles and editor workers in
 * the package, where yoga's own page loads them from a CDN (blank offline). The package (9 MB of script) is
 * loaded on the first visit, never when GraphiQL is off, and the page is rendered once (docs/decisions/0046).
 */
function offlineGraphiQL(): (options: GraphiQLOptions) => Promise<string> {
  let page: Promise<string> | undefined;
  return (options) => {
    page ??= import("@graphql-yoga/render-graphiql").then(({ renderGraphiQL }) => renderGraphiQL(options));
    return page;
  };
}

/**
 * The page may load code, styles, images and fonts only from the kgx server (its script and styles are inline, its
 * editor workers blobs) and talk only to it; it cannot be framed. A browser thus refuses any CDN it might name.
 */
const graphiqlPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Security headers on GraphiQL's page (the one HTML answer /graphql gives). */
function graphiqlHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      if (!response.headers.get("content-type")?.startsWith("text/html")) return;
      response.headers.set("content-type", "text/html; charset=utf-8");
      response.headers.set("content-security-policy", graphiqlPolicy);
      response.headers.set("x-content-type-options", "nosniff");
      response.headers.set("referrer-policy", "no-referrer");
    },
  };
}
