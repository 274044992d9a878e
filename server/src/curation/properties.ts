import { z } from "zod";
import { badInput } from "../graphql/errors.js";
import { type KindList, kinds } from "../model/kinds.js";
import { nodeFields } from "../model/properties.js";
import { toNeo4jValue } from "../model/values.js";

/**
 * Checks a node record against the model's properties as `kgx import` checks one in data/article.yaml (same
 * schema, same messages), then returns its properties as Neo4j should store them. `references` (from, about, ...)
 * are left out: the links check them against the relationship rules.
 */
export function validatedProperties(
  list: KindList,
  record: Record<string, unknown>,
  references: readonly string[] = [],
): Record<string, unknown> {
  const present = Object.fromEntries(
    Object.entries(record).filter(
      ([key, value]) => value !== null && value !== undefined && !references.includes(key),
    ),
  );
  const result = z.strictObject(nodeFields(list)).safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw badInput(`Invalid ${kinds[list].prefix}: ${problems.join("; ")}`);
  }
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
    if (value !== undefined) props[key] = toNeo4jValue(key, value);
  }
  return props;
}
