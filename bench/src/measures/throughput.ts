import autocannon from "autocannon";
import type { BenchContext } from "../harness/context.js";
import { type ResultRow, resultRow } from "../harness/result.js";
import { startBaselineServer } from "../harness/servers.js";
import { median } from "../harness/stats.js";
import { neighbourhoodQuery } from "./graph-queries.js";

/** Requests per second one autocannon run reached; failed requests make the run count as an error. */
async function requestsPerSecond(url: string, body: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: 8,
    duration: seconds,
    headers: { "content-type": "application/json", accept: "application/json" },
    body,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} errors and ${result.non2xx} non-2xx responses`);
  }
  return result.requests.total / seconds;
}

/**
 * R2: requests per second of the depth-1 neighbourhood through kgx's GraphQL, 8 connections over loopback,
 * against a minimal HTTP route running the same Cypher. Rounds alternate kgx and baseline; the first is warm-up.
 */
export async function measureThroughput(context: BenchContext): Promise<ResultRow[]> {
  const id = context.graph.landmarks.median;
  const baseline = await startBaselineServer("minimal-route.js", context.neo4j.target);
  try {
    const kgxUrl = new URL("/graphql", context.kgx.url).href;
    const kgxBody = JSON.stringify({ query: neighbourhoodQuery, variables: { id, depth: 1, limit: 100 } });
    const baselineUrl = new URL("/neighbourhood", baseline.url).href;
    const baselineBody = JSON.stringify({ id, depth: 1, limit: 100 });
    const seconds = context.throughputSeconds;
    const kgx: number[] = [];
    const base: number[] = [];
    for (let round = -context.plan.warmup; round < context.plan.repeats; round++) {
      const first = round % 2 === 0;
      const a = first ? await requestsPerSecond(kgxUrl, kgxBody, seconds) : 0;
      const b = await requestsPerSecond(baselineUrl, baselineBody, seconds);
      const a2 = first ? a : await requestsPerSecond(kgxUrl, kgxBody, seconds);
      if (round >= 0) {
        kgx.push(a2);
        base.push(b);
      }
    }
    return [
      resultRow(
        "R2",
        "neighbourhood depth 1, 8 connections (requests/s, median)",
        "req/s",
        {
          kgx: median(kgx),
          baseline: median(base),
        },
        { op: ">=", value: 0.6 },
        { details: { kgx, baseline: base, seconds } },
      ),
    ];
  } finally {
    await baseline.stop();
  }
}
