import type { ManagedTransaction } from "neo4j-driver";
import { readNamedQueriesIn } from "../cypher/named-queries.js";
import { rulesParameter } from "./relationships.js";

/**
 * The integrity-check runner: the invariants of cypher/checks/ run inside the transaction that writes, with the
 * model's rules as a parameter.
 */

/** One row of an integrity check: the offending node and what is wrong. */
export interface Violation {
  check: string;
  id: string;
  problem: string;
}

/** Which checks to run, and on what. */
export interface CheckScope {
  /** Checks a caller has already made for what it wrote. */
  skip?: readonly string[];
  /** Check only these nodes (the ones a change touched); without it, the whole graph. */
  ids?: readonly string[];
}

/**
 * Runs every check of cypher/checks/ in `tx` (the import, every mutation and `kgx restore` do) and returns the rows they return (empty when the graph is sound). Each
 * gets the model's relationship rules as $model and the scope as $ids (checks ignore what they do not use).
 */
export async function findViolations(tx: ManagedTransaction, scope: CheckScope = {}): Promise<Violation[]> {
  const { skip = [], ids } = scope;
  const violations: Violation[] = [];
  const params = { model: rulesParameter(), ids: ids ? [...ids] : null };
  for (const check of readNamedQueriesIn("checks")) {
    if (skip.includes(check.name)) continue;
    const result = await tx.run(check.text, params);
    for (const record of result.records) {
      violations.push({
        check: check.name,
        id: String(record.get("id")),
        problem: String(record.get("problem")),
      });
    }
  }
  return violations;
}

/**
 * The checks that read every relationship against the model's rules: a mutation checks the relationships it writes
 * against the same rules before writing, so it skips these two whole-graph scans (costly on a large graph);
 * imports run them, and so catch data written around kgx.
 */
export const relationshipRuleChecks = ["relationship-ends", "relationship-properties"] as const;
