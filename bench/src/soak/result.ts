import type { Environment } from "../harness/environment.js";
import { quantile } from "../harness/stats.js";
import type { SlowClientFate } from "./slow-clients.js";
import type { TrafficStats } from "./traffic.js";
import type { WriteCheck } from "./verify.js";

/** One resident-memory sample, with the requests served and failed since the previous one. */
export interface Sample {
  atSeconds: number;
  kgxPid: number;
  kgxRssMiB: number | null;
  jvmPid: number | null;
  jvmRssMiB: number | null;
  served: number;
  errors: number;
}

/** Everything the soak records, written as it goes (bench/results/soak/<stamp>-<tier>.json). */
export interface SoakResult {
  what: string;
  tier: { name: string; nodes: number; relationships: number; seed: number };
  environment: Environment;
  settings: Record<string, unknown>;
  data: {
    preparedSeconds: number;
    fromCache: boolean;
    loadMethod: string;
    loadSeconds: number;
    loadRows: number;
  };
  kgxLog: string;
  events: { atSeconds: number; what: string }[];
  kgxExits: { atSeconds: number; code: number | null; signal: string | null; logTail: string[] }[];
  samples: Sample[];
  freeze?: {
    jvmPid: number | null;
    seconds: number;
    servedDuring: number;
    /** Errors from the SIGSTOP until the first request sent after the SIGCONT was served. */
    errorsDuring: Record<string, number>;
    firstServedAfterResumeSeconds: number | null;
  };
  kill?: {
    jvmPid: number | null;
    /** How kgx itself ended after the kill, if it did (before kgx restarts its Neo4j, it exits). */
    kgxExited: { code: number | null; signal: string | null; afterSeconds: number } | null;
    restartedByHarness: boolean;
    /** First served request after the SIGKILL, in seconds (including the harness's restart of kgx, if any). */
    servedAgainAfterSeconds: number | null;
    errorsUntilServed: Record<string, number>;
  };
  slowClients?: {
    count: number;
    openedAtSeconds: number;
    fates: SlowClientFate[];
  };
  traffic?: {
    served: Record<string, number>;
    errors: Record<string, number>;
    latencyMs: Record<string, { p50: number; p99: number; count: number }>;
    exports: unknown;
  };
  writes?: WriteCheck;
  summary?: string;
}

/** The p50 and p99 of each request kind's served latencies. */
export function latencySummary(
  stats: TrafficStats,
): Record<string, { p50: number; p99: number; count: number }> {
  return Object.fromEntries(
    Object.entries(stats.latencies).map(([kind, samples]) => [
      kind,
      {
        p50: Math.round(quantile(samples, 0.5) * 10) / 10,
        p99: Math.round(quantile(samples, 0.99) * 10) / 10,
        count: samples.length,
      },
    ]),
  );
}

/** Counts in `after` minus those in `before`, dropping zeros: the errors of one stretch of the soak. */
export function countsSince(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([key, n]) => [key, n - (before[key] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} × ${n}`)
    .join("; ") || "none";
const seconds = (value: number | null | undefined) =>
  value == null ? "never (within the soak)" : `${value.toFixed(1)} s`;

const writes = (check: SoakResult["writes"]) =>
  !check
    ? "not checked"
    : check.acknowledged === 0
      ? "**no write was acknowledged**, so this proves nothing"
      : `${check.lost} of ${check.acknowledged}${check.unchecked ? ` (${check.unchecked} could not be checked)` : ""}`;

/** The soak's outcome as Markdown, for the terminal and for docs/reliability.md. */
export function summaryMarkdown(result: SoakResult): string {
  const { machine, versions } = result.environment;
  const rss = result.samples.map((s) => s.kgxRssMiB).filter((v): v is number => v !== null);
  const fates = result.slowClients?.fates ?? [];
  const closed = fates.filter((f) => f.closedAfterSeconds !== null);
  const closedTimes = closed.map((f) => f.closedAfterSeconds as number);
  const answers: Record<string, number> = {};
  for (const fate of fates) {
    const key = `${fate.style}: ${fate.closedAfterSeconds === null ? "still open at the end" : (fate.answer ?? fate.error ?? "closed without answer")}`;
    answers[key] = (answers[key] ?? 0) + 1;
  }
  const kill = result.kill;
  const exits = result.kgxExits.map(
    (e) => `at ${e.atSeconds.toFixed(0)} s (code ${e.code}, signal ${e.signal})`,
  );
  const lines = [
    `# kgx soak, tier ${result.tier.name} (${result.tier.nodes} nodes, ${result.tier.relationships} relationships)`,
    "",
    `Measured ${result.environment.measuredAt} on ${machine.cpu}, ${machine.cores} cores, load average ` +
      `${machine.loadAverage.join(" ")}; Node ${versions.node}, Neo4j ${versions.neo4j}, kgx ${versions.kgxCommit}` +
      `${versions.kgxTreeDirty ? " (uncommitted changes)" : ""}. Settings: ${JSON.stringify(result.settings)}.`,
    "",
    "| what | result |",
    "|---|---|",
    `| requests served | ${total(result.traffic?.served ?? {})} (${list(result.traffic?.served ?? {})}) |`,
    `| errors | ${total(result.traffic?.errors ?? {})}: ${list(result.traffic?.errors ?? {})} |`,
    `| acknowledged writes lost (must be 0) | ${writes(result.writes)} |`,
    `| unacknowledged writes found anyway | ${result.writes ? `${result.writes.unacknowledgedFound} of ${result.writes.unacknowledgedChecked}` : "–"} |`,
    `| freeze ${result.freeze?.seconds ?? "–"} s (SIGSTOP/SIGCONT of the JVM) | ${result.freeze ? `${result.freeze.servedDuring} served during it; errors until served again: ${list(result.freeze.errorsDuring)}; first served ${seconds(result.freeze.firstServedAfterResumeSeconds)} after SIGCONT` : "not run"} |`,
    `| kill (SIGKILL of the JVM) | ${kill ? (kill.kgxExited ? `**kgx exited** ${kill.kgxExited.afterSeconds.toFixed(1)} s after the kill (code ${kill.kgxExited.code}, signal ${kill.kgxExited.signal})${kill.restartedByHarness ? "; the harness restarted it" : ""}` : "kgx stayed up") : "not run"} |`,
    `| served again after the kill | ${kill ? `${seconds(kill.servedAgainAfterSeconds)}${kill.restartedByHarness ? " (including the harness's restart of kgx)" : ""}` : "–"} |`,
    `| errors from the kill until served again | ${kill ? list(kill.errorsUntilServed) : "–"} |`,
    `| kgx exits | ${exits.join("; ") || "none"} |`,
    `| kgx resident memory (every 5 s) | ${rss.length ? `${Math.min(...rss)}–${Math.max(...rss)} MiB, first ${rss[0]}, last ${rss.at(-1)}` : "–"} |`,
    `| slow clients (${fates.length}) | ${closed.length} closed by the server${closedTimes.length ? ` after ${Math.min(...closedTimes)}–${Math.max(...closedTimes)} s` : ""}; ${list(answers)} |`,
  ];
  if (result.traffic) {
    lines.push("", "| request | served | p50 | p99 |", "|---|---|---|---|");
    for (const [kind, l] of Object.entries(result.traffic.latencyMs))
      lines.push(`| ${kind} | ${l.count} | ${l.p50} ms | ${l.p99} ms |`);
  }
  return lines.join("\n");
}
