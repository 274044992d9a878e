import type { ManagedTransaction } from "neo4j-driver";
import { datasetSchema, type KindList, kinds } from "../import/dataset-schema.js";
import { toNeo4jValue } from "../import/graph-rows.js";
import { findViolations } from "../import/integrity-checks.js";
import { requireWriter } from "./auth.js";
import type { GraphQLContext } from "./context.js";
import { badInput, fromNeo4jError, notFound, userError } from "./errors.js";
import type { NodeRecord } from "./graph-records.js";

/** The dataset list that holds a kind (`person` → `people`), for the importer's validation. */
export function listOfKind(kind: string): KindList | undefined {
  return (Object.keys(kinds) as KindList[]).find((list) => kinds[list].prefix === kind.trim().toLowerCase());
}

/**
 * Checks a node record exactly as `kgx import` checks one in data/article.yaml (same schema, same messages),
 * then returns its properties as Neo4j should store them; references (from, about, ...) are left out.
 */
export function validatedProperties(
  list: KindList,
  record: Record<string, unknown>,
  references: readonly string[] = [],
): Record<string, unknown> {
  const present = Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
  const result = datasetSchema.safeParse({ format: "kgx/1", [list]: [present] });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.slice(2).join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw badInput(`Invalid ${kinds[list].prefix}: ${problems.join("; ")}`);
  }
  const checked = (result.data[list] as Record<string, unknown>[])[0] ?? {};
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(checked)) {
    if (value === undefined || references.includes(key)) continue;
    props[key] = toNeo4jValue(key, value);
  }
  return props;
}

/**
 * Runs a change in one write transaction, as the token's holder: the importer's integrity checks run before the
 * commit and any violation rolls the whole change back, so a rejected mutation leaves the graph as it was.
 */
export async function writeChange<T>(
  ctx: GraphQLContext,
  change: (tx: ManagedTransaction, who: string) => Promise<T>,
): Promise<T> {
  const who = requireWriter(ctx.writer);
  try {
    return await ctx.db.write(async (tx) => {
      const result = await change(tx, who);
      const violations = await findViolations(tx);
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
