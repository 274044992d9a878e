import { isAllowedFunction, isAllowedProcedure } from "./allowlist.js";
import { ConsoleError, quote } from "./console-error.js";
import { isKeyword, type Token, tokenize } from "./tokens.js";

/** The longest query the console takes, in characters: a hand-written question is far shorter. */
export const maxQueryLength = 10_000;

const writeClauses = new Set(["CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH"]);
/** Words that begin an administration or schema command (SHOW may also follow a clause). */
const administration = new Set([
  "GRANT",
  "DENY",
  "REVOKE",
  "ALTER",
  "DROP",
  "START",
  "STOP",
  "TERMINATE",
  "ENABLE",
  "DEALLOCATE",
  "REALLOCATE",
  "RENAME",
  "DRYRUN",
]);
/** What may follow CREATE in a schema or administration command, where a write clause has a pattern. */
const createdThings = new Set([
  "USER",
  "ROLE",
  "DATABASE",
  "COMPOSITE",
  "ALIAS",
  "SERVER",
  "INDEX",
  "CONSTRAINT",
  "OR",
  "TEXT",
  "RANGE",
  "POINT",
  "LOOKUP",
  "FULLTEXT",
  "VECTOR",
  "BTREE",
]);
/** Words that make the statement something other than one plain query: the pre-parser's options. */
const queryOptions = new Set(["CYPHER", "EXPLAIN", "PROFILE"]);

/**
 * The console's text check, the first of its layers: reads the statement token by token (comments dropped) and
 * refuses several statements, query options, administration and schema commands, LOAD CSV, USE, CALL … IN
 * TRANSACTIONS, write clauses and calls of procedures or functions outside the allowlist. Returns the statement
 * without a trailing semicolon. It refuses more than it must (a variable named `set`, say), never less on its own
 * account: the EXPLAIN check and the read transaction stand behind it.
 */
export function checkText(query: string): string {
  if (query.length > maxQueryLength)
    throw new ConsoleError(
      "CYPHER_TOO_LONG",
      `The query has ${query.length} characters; the console takes at most ${maxQueryLength}.`,
    );
  const tokens = tokenize(query);
  const end = statementEnd(query, tokens);
  const statement = tokens.slice(0, end);
  const first = statement[0];
  if (!first) throw new ConsoleError("CYPHER_SYNTAX_ERROR", "The query is empty.");
  for (const [index, token] of statement.entries()) {
    const previous = statement[index - 1];
    const next = statement[index + 1];
    if (token.kind === "word" && isClauseWord(previous, next)) checkWord(query, statement, index);
    if (isCallName(token, previous)) checkCall(query, statement, index, previous);
  }
  const semicolon = tokens[end];
  return semicolon ? query.slice(0, semicolon.offset) : query;
}

/** The number of tokens before a final `;`; a `;` with anything after it is a second statement. */
function statementEnd(query: string, tokens: readonly Token[]): number {
  const semicolon = tokens.findIndex((token) => token.kind === "symbol" && token.text === ";");
  if (semicolon < 0) return tokens.length;
  if (semicolon < tokens.length - 1) {
    const second = tokens[semicolon + 1] as Token;
    throw new ConsoleError(
      "CYPHER_MULTIPLE_STATEMENTS",
      `Several statements (a second one starts at ${where(query, second)}): the console runs one query at a time.`,
    );
  }
  return semicolon;
}

/** A word is a keyword unless it names a property (`n.set`), a label or type (`:Set`), or a map key (`{set: 1}`). */
function isClauseWord(previous: Token | undefined, next: Token | undefined): boolean {
  const afterDotOrColon = previous?.kind === "symbol" && (previous.text === "." || previous.text === ":");
  const beforeColon = next?.kind === "symbol" && next.text === ":";
  return !afterDotOrColon && !beforeColon;
}

function checkWord(query: string, tokens: readonly Token[], index: number): void {
  const token = tokens[index] as Token;
  const word = token.text.toUpperCase();
  const at = where(query, token);
  if (index === 0 && queryOptions.has(word))
    throw new ConsoleError(
      "CYPHER_FORBIDDEN_CLAUSE",
      `${word} at ${at}: query options are not taken; the console plans and runs the query itself.`,
    );
  const command =
    word === "SHOW" ||
    (index === 0 && administration.has(word)) ||
    (word === "CREATE" && createdThings.has(upper(tokens[index + 1])));
  if (command)
    throw new ConsoleError(
      "CYPHER_ADMINISTRATION",
      `${word} ${upper(tokens[index + 1])} at ${at} is an administration or schema command: the console only reads the graph.`,
    );
  if (writeClauses.has(word))
    throw new ConsoleError(
      "CYPHER_NOT_READ_ONLY",
      `${word} at ${at} writes to the graph: the console only reads.`,
    );
  if (word === "LOAD" && isKeyword(tokens[index + 1], "CSV"))
    throw new ConsoleError(
      "CYPHER_FORBIDDEN_CLAUSE",
      `LOAD CSV at ${at}: the console does not read files or URLs.`,
    );
  if (word === "USE")
    throw new ConsoleError(
      "CYPHER_FORBIDDEN_CLAUSE",
      `USE at ${at}: the console reads kgx's graph only, not another database.`,
    );
  if (word === "TRANSACTIONS")
    throw new ConsoleError(
      "CYPHER_FORBIDDEN_CLAUSE",
      `CALL … IN TRANSACTIONS at ${at}: the console runs each query in one read transaction.`,
    );
}

/** The first word of a called name: after CALL (a procedure), or a name followed by `.` or `(` (a function). */
function isCallName(token: Token, previous: Token | undefined): boolean {
  if (token.kind !== "word" && token.kind !== "quoted") return false;
  return !(previous?.kind === "symbol" && (previous.text === "." || previous.text === ":"));
}

/**
 * Checks a called procedure or function. A name's parts may be spread over comments and whitespace
 * (`apoc /* x *\/ . cypher.run`) or quoted (`` `apoc`.`cypher`.run ``): the parts are joined as Neo4j joins them.
 */
function checkCall(
  query: string,
  tokens: readonly Token[],
  index: number,
  previous: Token | undefined,
): void {
  const parts = [(tokens[index] as Token).text];
  let i = index + 1;
  while (isSymbol(tokens[i], ".") && (tokens[i + 1]?.kind === "word" || tokens[i + 1]?.kind === "quoted")) {
    parts.push((tokens[i + 1] as Token).text);
    i += 2;
  }
  const name = parts.join(".");
  const token = tokens[index] as Token;
  if (isKeyword(previous, "CALL")) {
    if (!isAllowedProcedure(name))
      throw new ConsoleError(
        "CYPHER_PROCEDURE_NOT_ALLOWED",
        `The procedure ${quote(name)} at ${where(query, token)} is not on the console's allowlist (docs/security.md).`,
      );
    return;
  }
  // Only qualified or quoted names are checked here: an unqualified word before `(` is a built-in function or a
  // keyword (WHERE (a)-->(b)), and the EXPLAIN check reads the functions Neo4j actually resolved.
  const qualified = parts.length > 1 || token.kind === "quoted";
  if (qualified && isSymbol(tokens[i], "(") && !isAllowedFunction(name))
    throw new ConsoleError(
      "CYPHER_FUNCTION_NOT_ALLOWED",
      `The function ${quote(name)} at ${where(query, token)} is not on the console's allowlist (docs/security.md).`,
    );
}

function isSymbol(token: Token | undefined, symbol: string): boolean {
  return token?.kind === "symbol" && token.text === symbol;
}

function upper(token: Token | undefined): string {
  return token?.kind === "word" ? token.text.toUpperCase() : "";
}

/** "line L, column C" of a token, as Neo4j's own messages say it. */
export function where(query: string, token: Token): string {
  const before = query.slice(0, token.offset);
  const line = before.split("\n").length;
  const column = token.offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
