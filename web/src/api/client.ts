import type { TypedDocumentString } from "../gql/graphql";

/** Why a request failed, in the terms the page shows: the server, its database, or the query itself. */
export class ApiError extends Error {
  constructor(
    readonly cause: "server" | "database" | "query",
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one GraphQL operation against the kgx server that served the page. The page's own operations go by their
 * SHA-256 alone (persisted operations, decision 0075); should the server not know the hash (a server older than
 * the page), the operation is sent again with its text.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const hash = persistedHash(document);
  // The operation's name goes with the hash, as GraphQL over HTTP allows, so that logs and tools can tell requests apart.
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
  if (hash) {
    const body = await post<Result>({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    if (body.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return dataOf(body);
  }
  return dataOf(await post<Result>({ query: document.toString(), operationName, variables }));
}

/** The operation's hash, as codegen put it in the document: `sha256:<hex>` there, the bare hex on the wire. */
function persistedHash(document: { __meta__?: Record<string, unknown> | undefined }): string | undefined {
  const hash = document.__meta__?.hash;
  return typeof hash === "string" ? hash.replace(/^sha256:/, "") : undefined;
}

async function post<Result>(payload: Record<string, unknown>): Promise<GraphQLResponse<Result>> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(payload),
    });
  } catch {
    throw new ApiError("server", "The kgx server does not answer.");
  }
  try {
    return (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError("server", `The kgx server answered ${response.status} without GraphQL.`);
  }
}

function dataOf<Result>(body: GraphQLResponse<Result>): Result {
  const error = body.errors?.[0];
  if (error) {
    if (error.extensions?.code === "DATABASE_UNAVAILABLE") {
      throw new ApiError("database", "The kgx server is up, but its Neo4j database does not answer.");
    }
    throw new ApiError("query", error.message);
  }
  if (!body.data) throw new ApiError("server", "The kgx server sent no data.");
  return body.data;
}

/** Whether the server's database answers (`/ready`), to tell "server down" from "database down"; null: no answer. */
export async function databaseReady(): Promise<boolean | null> {
  try {
    const response = await fetch("/ready", { cache: "no-store" });
    return response.ok;
  } catch {
    // No answer at all is the answer: the caller then says the server is down.
    return null;
  }
}
