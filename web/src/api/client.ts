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

/** Runs one GraphQL operation against the kgx server that served the page. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError("server", "The kgx server does not answer.");
  }
  let body: GraphQLResponse<Result>;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError("server", `The kgx server answered ${response.status} without GraphQL.`);
  }
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
