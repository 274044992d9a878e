import { readNamedQueriesIn } from "@kgx/server/dist/cypher/named-queries.js";
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import type { Landmarks } from "../generate/graph.js";
import { withIntegers } from "../harness/parameters.js";
import { parametersFor } from "./query-params.js";

/** One operator of a plan, as the driver returns it for EXPLAIN and PROFILE. */
interface PlanNode {
  operatorType: string;
  dbHits?: number | { toNumber(): number };
  children: PlanNode[];
}

/** The operator names of a plan, without the `@neo4j` suffix Neo4j 5 adds. */
export function operatorsOf(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(operatorsOf)];
}

function dbHitsOf(plan: PlanNode): number {
  const own = typeof plan.dbHits === "number" ? plan.dbHits : (plan.dbHits?.toNumber() ?? 0);
  return own + plan.children.reduce((sum, child) => sum + dbHitsOf(child), 0);
}

/** A named query's plan: its operators, and with PROFILE its total db hits and rows. */
export interface QueryPlan {
  name: string;
  file: string;
  operators: string[];
  dbHits?: number;
  ms?: number;
  error?: string;
  /** Why the query was not profiled. */
  skipped?: string;
}

/** Whether a query writes (its plan then needs a write transaction, and PROFILE would change the graph). */
export function isWrite(cypher: string): boolean {
  return /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/i.test(
    cypher.replace(/\/\/.*$/gm, "").replace(/'[^']*'|"[^"]*"/g, ""),
  );
}

/** Runs EXPLAIN (or PROFILE) on every named query of cypher/queries/ with sample parameters, in read mode. */
export async function planNamedQueries(
  db: Database,
  landmarks: Landmarks,
  mode: "EXPLAIN" | "PROFILE",
): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = [];
  for (const query of readNamedQueriesIn("queries")) {
    const params = withIntegers(parametersFor(query.text, landmarks, query.name));
    const writes = isWrite(query.text);
    if (writes && mode === "PROFILE") {
      // PROFILE runs the query: a mutation would change the benchmark's graph.
      plans.push({
        name: query.name,
        file: query.file,
        operators: [],
        skipped: "a write query: EXPLAIN only",
      });
      continue;
    }
    const started = performance.now();
    try {
      // EXPLAIN never runs the query, but a write query's plan is only given in a write transaction.
      const config = db.queryConfig(writes ? "WRITE" : "READ");
      const { summary } = await db.driver.executeQuery(`${mode} ${query.text}`, params, config);
      const plan = (mode === "PROFILE" ? summary.profile : summary.plan) as unknown as PlanNode | false;
      if (!plan) throw new Error("no plan returned");
      plans.push({
        name: query.name,
        file: query.file,
        operators: operatorsOf(plan),
        ...(mode === "PROFILE" ? { dbHits: dbHitsOf(plan), ms: performance.now() - started } : {}),
      });
    } catch (error) {
      plans.push({ name: query.name, file: query.file, operators: [], error: (error as Error).message });
    }
  }
  return plans;
}
