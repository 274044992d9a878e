import type { ManagedTransaction } from "neo4j-driver";
import { findViolations, relationshipRuleChecks } from "../model/integrity-checks.js";
import { requireWriter } from "./auth.js";
import type { GraphQLContext } from "./context.js";
import { badInput, fromNeo4jError, notFound, userError } from "./errors.js";
import type { NodeRecord } from "./graph-records.js";

/**
 * The GraphQL side of curation: a mutation's change runs in one write transaction with the integrity checks; the
 * writes themselves live in server/src/curation/, shared with the workbench and `kgx ingest`.
 */

/**
 * Runs a change in one write transaction, as the token's holder: the importer's integrity checks run on the nodes
 * it `touched` before the commit, and any violation rolls the whole change back, so a rejected mutation leaves the
 * graph as it was. Checking only what the change touched keeps a mutation's cost independent of the graph's size.
 */
export async function writeChange<T>(
  ctx: GraphQLContext,
  touched: readonly string[],
  change: (tx: ManagedTransaction, who: string) => Promise<T>,
): Promise<T> {
  const who = requireWriter(ctx.writer);
  try {
    return await ctx.db.write(async (tx) => {
      const result = await change(tx, who);
      const violations = await findViolations(tx, { skip: relationshipRuleChecks, ids: touched });
      if (violations.length > 0) {
        const shown = violations.slice(0, 5).map((v) => `${v.id}: ${v.problem}`);
        throw userError(
          "BAD_USER_INPUT",
          `The change would break the graph's rules, nothing changed: ${shown.join("; ")}`,
          {
            violations: violations.slice(0, 20),
          },
        );
      }
      return result;
    });
  } catch (error) {
    const mapped = fromNeo4jError(error);
    if (isConstraintError(mapped)) throw badInput("A node with this id already exists");
    throw mapped;
  }
}

function isConstraintError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    String((error as { code: unknown }).code).includes("ConstraintValidationFailed")
  );
}

/** A node as it is after a change (the request's loader forgets what it had cached). */
export async function reload(ctx: GraphQLContext, id: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.clear(id).load(id);
  if (!node) throw notFound("node", id);
  return node;
}
