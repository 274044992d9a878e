import { Neo4jError, type Plan } from "neo4j-driver";
import type { Database } from "../neo4j/database.js";
import { isAllowedFunction, isAllowedProcedure } from "./allowlist.js";
import { ConsoleError, quote } from "./console-error.js";
import { fromNeo4jFailure } from "./neo4j-failure.js";

/** Operators that read files, run administration or split the work into transactions of their own. */
const forbiddenOperators: readonly [RegExp, "CYPHER_FORBIDDEN_CLAUSE" | "CYPHER_ADMINISTRATION", string][] = [
  [/^LoadCSV$/, "CYPHER_FORBIDDEN_CLAUSE", "it reads a file or URL (LOAD CSV)"],
  [
    /^Transaction(Foreach|Apply)$/,
    "CYPHER_FORBIDDEN_CLAUSE",
    "it commits in batches (CALL … IN TRANSACTIONS)",
  ],
  [/^(Show|Terminate)/, "CYPHER_ADMINISTRATION", "it is an administration command"],
];
/** Operators that write; Neo4j's query type already says so, and this names the operator. */
const writeOperator = /^(Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|LockingMerge)/;

/**
 * The console's EXPLAIN check, the layer that trusts Neo4j's own parser and planner, not kgx's reading of the
 * text: Neo4j plans the statement without running it, and the plan must be of a read-only query (type "r"),
 * without LOAD CSV, administration or CALL … IN TRANSACTIONS operators, calling only procedures and (qualified)
 * functions of the allowlist. It works alone: the tests give it queries the text check would have refused.
 */
export async function checkPlan(db: Database, query: string, params: Record<string, unknown>): Promise<void> {
  let plan: Plan | false;
  let queryType: string | undefined;
  try {
    // The one Cypher the console builds from strings: EXPLAIN before the user's own statement, which it plans only.
    const { summary } = await db.query(`EXPLAIN ${query}`, params, "READ");
    plan = summary.plan;
    queryType = summary.queryType;
  } catch (error) {
    throw error instanceof Neo4jError ? fromNeo4jFailure(error) : error;
  }
  if (queryType !== "r")
    throw new ConsoleError(
      "CYPHER_NOT_READ_ONLY",
      `Neo4j plans this as a ${describeType(queryType)} query: the console only runs queries that read.`,
    );
  if (!plan) throw new ConsoleError("CYPHER_FAILED", "Neo4j gave no plan for this query, so it is not run.");
  for (const operator of operators(plan)) checkOperator(operator);
}

function describeType(queryType: string | undefined): string {
  if (queryType === "w") return "write-only (type w)";
  if (queryType === "rw") return "read-and-write (type rw)";
  if (queryType === "s") return "schema-changing (type s)";
  return `type ${queryType ?? "unknown"}`;
}

/** Every operator of a plan, depth first. */
function* operators(plan: Plan): Generator<Plan> {
  yield plan;
  for (const child of plan.children) yield* operators(child);
}

function checkOperator(operator: Plan): void {
  const name = operator.operatorType.split("@")[0] ?? "";
  for (const [pattern, code, why] of forbiddenOperators) {
    if (pattern.test(name))
      throw new ConsoleError(
        code,
        `The plan has a ${name} operator: ${why}, which the console does not run.`,
      );
  }
  if (writeOperator.test(name))
    throw new ConsoleError("CYPHER_NOT_READ_ONLY", `The plan has a ${name} operator, which writes.`);
  let details = detailsOf(operator);
  if (name === "ProcedureCall") {
    const procedure = /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details)?.[1]?.replaceAll("`", "") ?? "";
    if (!isAllowedProcedure(procedure))
      throw new ConsoleError(
        "CYPHER_PROCEDURE_NOT_ALLOWED",
        `The plan calls the procedure ${quote(procedure || details)}, which is not on the console's allowlist (docs/security.md).`,
      );
    details = details.slice(details.indexOf("(") + 1);
  }
  for (const called of calledFunctions(details)) {
    if (!isAllowedFunction(called))
      throw new ConsoleError(
        "CYPHER_FUNCTION_NOT_ALLOWED",
        `The plan calls the function ${quote(called)}, which is not on the console's allowlist (docs/security.md).`,
      );
  }
}

function detailsOf(operator: Plan): string {
  const details = operator.arguments.Details ?? operator.arguments.details;
  return typeof details === "string" ? details : "";
}

/**
 * The qualified names called in an operator's details (`apoc.text.join(`). Neo4j writes literals there as
 * parameters ($autostring_0), so a string that merely mentions a function is not taken for a call; quoted text
 * left in is removed all the same. Unqualified names are Neo4j's built-ins (user functions always have a
 * namespace), which the allowlist takes whole.
 */
export function calledFunctions(details: string): string[] {
  const code = details.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names: string[] = [];
  for (const match of code.matchAll(
    /(?<![\p{L}\p{N}_.$])((?:`[^`]+`|[\p{L}_][\p{L}\p{N}_]*)(?:\s*\.\s*(?:`[^`]+`|[\p{L}_][\p{L}\p{N}_]*))+)\s*\(/gu,
  )) {
    names.push((match[1] ?? "").replaceAll("`", "").replace(/\s+/g, ""));
  }
  return names;
}
