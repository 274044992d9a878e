import { smallExport } from "../src/export/small-export.js";
import { type GraphQLSettings, parseWriteTokens } from "../src/graphql/settings.js";
import { createGraphQL, type KgxYoga } from "../src/graphql/yoga.js";
import type { Database } from "../src/neo4j/database.js";

/** What a GraphQL client sees: the HTTP status and the JSON body. */
export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** Settings as a test wants them: read-only, same-origin, no GraphiQL, unless overridden. */
export function testSettings(overrides: Partial<GraphQLSettings> = {}): GraphQLSettings {
  return {
    writeTokens: [],
    corsOrigins: [],
    graphiql: false,
    maxBodyBytes: 1_000_000,
    pathsTimeoutMs: 5_000,
    smallExport,
    ...overrides,
  };
}

/** A settings object with one `name:secret` write token. */
export function withToken(token: string): Partial<GraphQLSettings> {
  return { writeTokens: parseWriteTokens(token) };
}

/** Posts one GraphQL request to the yoga server in-process (no port). */
export async function post(
  yoga: KgxYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const response = await yoga.fetch("http://kgx.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, "status">) };
}

/** The yoga server over a test database. */
export function testYoga(db: Database, overrides: Partial<GraphQLSettings> = {}): KgxYoga {
  return createGraphQL(db, testSettings(overrides));
}

/** The error codes of an answer, in order. */
export function codes(answer: GraphQLAnswer): (string | undefined)[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}

/** Every node and relationship with all properties, sorted: two dumps are equal iff the graph did not change. */
export async function dumpGraph(db: Database): Promise<string> {
  const config = db.queryConfig("READ");
  const json = (value: unknown) =>
    JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? String(item) : item));
  const nodes = await db.driver.executeQuery(
    "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    {},
    config,
  );
  const relationships = await db.driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props",
    {},
    config,
  );
  const lines = [...nodes.records, ...relationships.records].map((record) => json(record.toObject()));
  return lines.sort().join("\n");
}

/** One root field of an answer's data; fails the test with the errors if the field is missing. */
export function dataOf<T>(answer: GraphQLAnswer, field: string): T {
  const value = answer.data?.[field];
  if (value === undefined) throw new Error(`No ${field} in the answer: ${JSON.stringify(answer.errors)}`);
  return value as T;
}
