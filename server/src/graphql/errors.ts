import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

/** The codes a client can act on; anything else is masked as an internal error. */
export type ErrorCode =
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "FORBIDDEN"
  | "DATABASE_UNAVAILABLE"
  | "QUERY_TIMEOUT"
  | "INTEGRITY_VIOLATION";

/** A GraphQL error that passes error masking, with its code in `extensions.code`. */
export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The error for an id that names no node. */
export function notFound(what: string, id: string): GraphQLError {
  return userError("NOT_FOUND", `No ${what} with id ${JSON.stringify(id.slice(0, 200))}`, {
    id: id.slice(0, 200),
  });
}

/** The error for an argument outside what the API accepts. */
export function badInput(message: string, argument?: string): GraphQLError {
  return userError("BAD_USER_INPUT", message, argument ? { argument } : {});
}

/**
 * graphql-js's own errors while shaping an answer (a value of the wrong type for a field, an abstract type that
 * resolves to no possible type, null for a non-null field, a value a scalar cannot serialize) carry no code and
 * quote the offending value, internal record included, and they pass error masking because they are GraphQL
 * errors. They arise when stored data does not fit the model, so they become INTEGRITY_VIOLATION here, with the
 * path but without the value. Undefined for any other error.
 */
export function fromShapeError(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError) || error.path === undefined || error.extensions?.code)
    return undefined;
  const original = error.originalError;
  if (original !== undefined && !(original instanceof GraphQLError && !original.extensions?.code))
    return undefined;
  return new GraphQLError(
    "The graph holds data here that does not fit its model, so it cannot be shown; the integrity checks " +
      "(cypher/checks/) name it.",
    {
      nodes: error.nodes ?? null,
      source: error.source ?? null,
      positions: error.positions ?? null,
      path: error.path,
      extensions: { code: "INTEGRITY_VIOLATION" },
    },
  );
}

const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * Turns a failure from Neo4j into an error the client can act on: the database down or unreachable becomes
 * DATABASE_UNAVAILABLE, a transaction over its timeout QUERY_TIMEOUT; anything else is rethrown for masking.
 */
export function fromNeo4jError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) return error;
  if (
    unavailableCodes.has(error.code) ||
    error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")
  ) {
    return userError(
      "DATABASE_UNAVAILABLE",
      "The graph database is not reachable right now; try again shortly.",
    );
  }
  // A transaction stopped while it waited for a lock (LockClientStopped) ran out of time as surely as one stopped
  // in its query.
  if (/TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(error.code)) {
    return userError("QUERY_TIMEOUT", "The query took longer than the server allows; narrow it down.");
  }
  // Neo4j's own word that trying again may succeed (deadlocks, a database starting, memory pressure): the driver
  // already retried for a while, so the client is told to wait, not shown an internal error.
  if (error.code.startsWith("Neo.TransientError.")) {
    return userError("DATABASE_UNAVAILABLE", "The graph database is busy right now; try again shortly.");
  }
  return error;
}
