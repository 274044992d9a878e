import { type ParseArgsConfig, parseArgs } from "node:util";
import { repoPath } from "@kgx/server/dist/paths.js";
import { type Tier, tierNamed } from "../generate/tiers.js";
import { type LiveResult, openLiveResult, runStamp } from "./live-result.js";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** What a measurement program takes besides the common options, and its defaults. */
export interface ProgramSpec<T extends OptionsConfig> {
  /** The program's name: its log prefix, and its results folder `bench/results/<name>` unless `out` is given. */
  name: string;
  /**
   * The default `--tier`; "article" runs on the article graph unless a tier is named; null takes no `--tier`
   * (nor `--seed`), for a program that makes up its own data.
   */
  tier: string | "article" | null;
  out?: string;
  options: T;
  /** The command line's arguments; `process.argv.slice(2)` unless given. */
  args?: string[];
}

/** A measurement program's common options (parsed), its own options, and its log. */
export interface Program<V> {
  name: string;
  /** The generated tier to run on, or undefined for the article graph (or no graph). */
  tier: Tier | undefined;
  /** The tier, for a program that only runs on a generated one (its `tier` has a default). */
  requireTier(): Tier;
  seed: number;
  /** The folder results are written to. */
  out: string;
  /** When the program started, as its result file names it (`2026-11-28T02-30-05`). */
  stamp: string;
  /** The program's own options, as `parseArgs` gives them. */
  values: V;
  /** A line on stderr, with the program's name and the seconds since it started. */
  log(line: string): void;
  /** Opens `<out>/<stamp>-<tier or "article">.json` (`<stamp>.json` without a tier) for `data`. */
  openResult<T>(data: T): Promise<LiveResult<T>>;
  /** Writes a finished program's `data` to its result file, logs where, and prints it as JSON on stdout. */
  publishResult<T>(data: T): Promise<LiveResult<T>>;
}

/**
 * A program's entry point: `startProgram`, with a wrong command line (an unknown option such as `--help`, a
 * missing value, an unknown tier) answered in one line on stderr and exit code 2, as command-line tools do,
 * instead of a stack trace.
 */
export function startProgramOrExit<T extends OptionsConfig>(
  spec: ProgramSpec<T>,
): ReturnType<typeof startProgram<T>> {
  try {
    return startProgram(spec);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const parsing = String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
    process.stderr.write(
      `${spec.name}: ${message}${parsing ? " (docs/benchmarks.md lists the options)" : ""}\n`,
    );
    process.exit(2);
  }
}

/**
 * Parses the command line every measurement program shares: `--tier`, `--seed` (default 7) and `--out`, and the
 * program's own options; an unknown option is an error.
 */
export function startProgram<T extends OptionsConfig>(
  spec: ProgramSpec<T>,
): Program<ReturnType<typeof parseArgs<{ options: T }>>["values"]> {
  const takesTier = spec.tier !== null;
  const common: OptionsConfig = {
    out: { type: "string", default: spec.out ?? repoPath("bench", "results", spec.name) },
    ...(takesTier
      ? {
          tier: { type: "string", ...(spec.tier === "article" ? {} : { default: spec.tier ?? "" }) },
          seed: { type: "string", default: "7" },
        }
      : {}),
  };
  const { values } = parseArgs({
    // `pnpm bench -- --tier M` passes the `--` on (pnpm 10); `pnpm bench --tier M` does not.
    args: (spec.args ?? process.argv.slice(2)).filter((arg, i) => !(i === 0 && arg === "--")),
    options: { ...common, ...spec.options },
    strict: true,
  }) as {
    values: Record<string, unknown>;
  };
  const tierName = typeof values.tier === "string" ? values.tier : undefined;
  const tier = tierName === undefined ? undefined : tierNamed(tierName);
  const started = performance.now();
  const out = String(values.out);
  const stamp = runStamp();
  const log = (line: string) =>
    process.stderr.write(`${spec.name} [${((performance.now() - started) / 1000).toFixed(1)} s]: ${line}\n`);
  const openResult = <D>(data: D) => {
    const graph = tier?.name ?? (takesTier ? "article" : undefined);
    return openLiveResult(out, graph ? `${stamp}-${graph}` : stamp, data);
  };
  return {
    name: spec.name,
    tier,
    seed: Number(values.seed ?? 7),
    out,
    stamp,
    requireTier: () => {
      if (!tier) throw new Error(`${spec.name} needs --tier`);
      return tier;
    },
    values: values as ReturnType<typeof parseArgs<{ options: T }>>["values"],
    log,
    openResult,
    publishResult: async (data) => {
      const result = await openResult(data);
      log(`written to ${result.file}`);
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return result;
    },
  };
}
