#!/usr/bin/env node
/**
 * Issue 13, item 6's second figure: committing 50 accepted claims in one change set (`commitChangeSet`, decision
 * 0095) through kgx's GraphQL over HTTP, on the article graph. One warm-up commit, then --repeats commits, each of a
 * new invented test report (never real reporting) with 50 claims quoting its own sentences; the median is the
 * figure. Writes bench/results/commit-change-set/<stamp>.json and prints the same JSON.
 *
 *   node bench/dist/commit-change-set.js [--repeats 5] [--claims 50] [--out <folder>]
 */
import { loadBenchGraph } from "./harness/bench-graph.js";
import { describeEnvironment } from "./harness/environment.js";
import { startBenchNeo4j } from "./harness/neo4j.js";
import { startProgramOrExit } from "./harness/program.js";
import { startKgxServer } from "./harness/servers.js";
import { median } from "./harness/stats.js";

const program = startProgramOrExit({
  name: "commit-change-set",
  tier: "article",
  options: { repeats: { type: "string", default: "5" }, claims: { type: "string", default: "50" } },
});
const repeats = Number(program.values.repeats);
const claimCount = Number(program.values.claims);
const secret = "bench-commit-secret";

/** An invented report of `claimCount` sentences, and one claim per sentence quoting a clause of it. */
function aSet(n: number) {
  const sentences = Array.from(
    { length: claimCount },
    (_, i) =>
      `Invented bench sentence ${i}: Shin Wonsik said that ${1000 + i} containers left Najin for Russia.`,
  );
  const text = `Invented test report ${n} for the kgx benchmark (not real reporting).\n\n${sentences.join(" ")}\n`;
  const claims = sentences.map((sentence) => {
    const quote = sentence.slice(sentence.indexOf("Shin"), -1);
    const start = text.indexOf(quote);
    return {
      start,
      end: start + quote.length,
      claimant: "person:shin-wonsik",
      stance: "asserts",
      about: ["state:north-korea", "state:russia"],
      figure: { quantity: 1000, unit: "containers" },
    };
  });
  return { source: { new: { name: `Invented bench report ${n}`, text } }, claims };
}

const mutation = "mutation($input: ChangeSetInput!) { commitChangeSet(input: $input) { id created } }";

async function commit(url: string, n: number): Promise<number> {
  const body = JSON.stringify({ query: mutation, variables: { input: aSet(n) } });
  const started = performance.now();
  const response = await fetch(new URL("/graphql", url), {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body,
  });
  const answer = (await response.json()) as {
    data?: { commitChangeSet: { created: string[] } };
    errors?: unknown;
  };
  const ms = performance.now() - started;
  const created = answer.data?.commitChangeSet.created.length ?? 0;
  if (created !== claimCount + 1) throw new Error(`The commit failed: ${JSON.stringify(answer.errors)}`);
  return ms;
}

const neo4j = await startBenchNeo4j(program.tier ?? { heap: "1g", pageCache: "128m" });
try {
  const graph = await loadBenchGraph(neo4j.db, program);
  const kgx = await startKgxServer(neo4j.target, { KGX_WRITE_TOKEN: `bench:${secret}` });
  try {
    program.log(`warm-up commit, then ${repeats} commits of ${claimCount} claims each`);
    await commit(kgx.url, 0);
    const samples: number[] = [];
    for (let n = 1; n <= repeats; n++) samples.push(await commit(kgx.url, n));
    const round = (ms: number) => +ms.toFixed(1);
    const summary = {
      what: `commitChangeSet of ${claimCount} claims (with a new source) over HTTP on the ${graph.description}`,
      claims: claimCount,
      repeats,
      medianMs: round(median(samples)),
      minMs: round(Math.min(...samples)),
      maxMs: round(Math.max(...samples)),
      samplesMs: samples.map(round),
      environment: describeEnvironment(neo4j.version),
    };
    await program.publishResult(summary);
  } finally {
    await kgx.stop();
  }
} catch (error) {
  program.log(`failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await neo4j.stop();
}
