import type { Neo4jError } from "neo4j-driver";
import { ConsoleError } from "./console-error.js";

/** The first line of Neo4j's message: what went wrong and where, without its caret drawing of the query. */
function firstLine(error: Neo4jError): string {
  const line = error.message.split("\n")[0]?.trim() ?? "";
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/**
 * What a console user is told when Neo4j refuses or stops their query. Their own query's mistakes are told in
 * Neo4j's words (first line only); a Neo4j that is down or stopped the query for time or memory gets kgx's words.
 */
export function fromNeo4jFailure(error: Neo4jError): ConsoleError {
  const code = error.code ?? "";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code.includes("DatabaseUnavailable"))
    return new ConsoleError(
      "DATABASE_UNAVAILABLE",
      "The graph database is not reachable right now; try again shortly.",
    );
  if (/TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(code))
    return new ConsoleError(
      "QUERY_TIMEOUT",
      "The query ran longer than the server allows and was stopped; narrow it down (fewer rows, a LIMIT, shorter paths).",
    );
  if (/OutOfMemory|MemoryPool/.test(code) || /OutOfMemoryError/.test(firstLine(error)))
    return new ConsoleError(
      "QUERY_MEMORY_LIMIT",
      "The query needed more memory than the server gives one console query and was stopped; build smaller values, collect fewer rows, or add a LIMIT.",
    );
  if (code === "Neo.ClientError.Statement.AccessMode")
    return new ConsoleError(
      "CYPHER_NOT_READ_ONLY",
      `Neo4j refused a write in the read transaction: ${firstLine(error)}`,
    );
  if (code === "Neo.ClientError.Procedure.ProcedureNotFound")
    return new ConsoleError("CYPHER_PROCEDURE_NOT_ALLOWED", `Unknown procedure: ${firstLine(error)}`);
  if (code === "Neo.ClientError.Statement.SyntaxError")
    return new ConsoleError("CYPHER_SYNTAX_ERROR", firstLine(error));
  if (/NotSystemDatabase|Security\.|UnsupportedAdministrationCommand/.test(code))
    return new ConsoleError("CYPHER_ADMINISTRATION", `Not for the console: ${firstLine(error)}`);
  if (code.startsWith("Neo.ClientError."))
    return new ConsoleError("CYPHER_FAILED", `Neo4j could not run the query: ${firstLine(error)}`);
  if (code.startsWith("Neo.TransientError."))
    return new ConsoleError(
      "DATABASE_UNAVAILABLE",
      "The graph database is busy right now; try again shortly.",
    );
  return new ConsoleError("CYPHER_FAILED", `Neo4j could not run the query (${code || "no code"}).`);
}
