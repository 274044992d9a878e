import type { GeneratedGraph } from "../generate/graph.js";
import type { Tier } from "../generate/tiers.js";
import type { ChildServer } from "./child-server.js";
import type { Plan } from "./compare.js";
import type { BenchNeo4j } from "./neo4j.js";

/** What every measurement gets: the tier, its generated graph loaded in Neo4j, and kgx running over it. */
export interface BenchContext {
  tier: Tier;
  plan: Plan;
  /** Seconds each side of a throughput run lasts (R2). */
  throughputSeconds: number;
  neo4j: BenchNeo4j;
  graph: GeneratedGraph;
  kgx: ChildServer;
  log: (line: string) => void;
  /** The scripts R7 exported, split into statements, for R8 to load. */
  exports?: { kgx: string[]; apoc: string[] };
}

/** Posts a GraphQL request to `url` and returns its data; GraphQL errors are thrown, not measured. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(new URL("/graphql", url), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL error (HTTP ${response.status}): ${body.errors?.map((e) => e.message).join("; ")}`,
    );
  }
  return body.data;
}
