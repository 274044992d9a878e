/** Why the console refused a query or could not answer it; each code is listed in docs/security.md. */
export type ConsoleErrorCode =
  | "CYPHER_TOO_LONG"
  | "CYPHER_BAD_PARAMS"
  | "CYPHER_SYNTAX_ERROR"
  | "CYPHER_MULTIPLE_STATEMENTS"
  | "CYPHER_NOT_READ_ONLY"
  | "CYPHER_FORBIDDEN_CLAUSE"
  | "CYPHER_ADMINISTRATION"
  | "CYPHER_PROCEDURE_NOT_ALLOWED"
  | "CYPHER_FUNCTION_NOT_ALLOWED"
  | "CYPHER_FAILED"
  | "QUERY_TIMEOUT"
  | "QUERY_MEMORY_LIMIT"
  | "ANSWER_TOO_LARGE"
  | "DATABASE_UNAVAILABLE";

/** A refusal or failure of a console query, with a one-line message saying what and why. */
export class ConsoleError extends Error {
  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ConsoleError";
  }
}

/** A piece of the user's text for a message: one line, at most 60 characters. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}...` : line);
}
