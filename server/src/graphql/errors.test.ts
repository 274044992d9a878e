import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { fromNeo4jError } from "./errors.js";

function codeFor(neo4jCode: string): unknown {
  const mapped = fromNeo4jError(new Neo4jError("from Neo4j", neo4jCode, "50N42", "error"));
  return mapped instanceof GraphQLError ? mapped.extensions.code : "masked";
}

describe("fromNeo4jError", () => {
  it.each([
    ["ServiceUnavailable", "DATABASE_UNAVAILABLE"],
    ["SessionExpired", "DATABASE_UNAVAILABLE"],
    ["Neo.TransientError.General.DatabaseUnavailable", "DATABASE_UNAVAILABLE"],
    ["Neo.TransientError.Transaction.DeadlockDetected", "DATABASE_UNAVAILABLE"],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "DATABASE_UNAVAILABLE"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "QUERY_TIMEOUT"],
    ["Neo.TransientError.Transaction.Terminated", "QUERY_TIMEOUT"],
    ["Neo.TransientError.Transaction.LockClientStopped", "QUERY_TIMEOUT"],
    ["Neo.ClientError.Statement.SyntaxError", "masked"],
  ])("gives Neo4j's %s to the client as %s", (neo4jCode, code) => {
    expect(codeFor(neo4jCode)).toBe(code);
  });
});
