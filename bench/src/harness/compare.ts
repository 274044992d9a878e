import { type Latency, summarise } from "./stats.js";

/** How many times to run each side: warm-up rounds are discarded, then `repeats` rounds of `samples` calls. */
export interface Plan {
  warmup: number;
  repeats: number;
  samples: number;
}

/** Both sides of a latency comparison. */
export interface Comparison {
  kgx: Latency;
  baseline: Latency;
}

/** Milliseconds `work` takes, and what it returned. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * Runs kgx (A) and its baseline (B) interleaved, call by call, so that a slow moment of the machine hits both
 * sides alike; the order flips every call (ABBA) so neither side always runs on the other's warm caches.
 * Warm-up rounds are discarded. `check` sees every kgx result (e.g. to assert a cap) and may throw.
 */
export async function compareLatency<T>(
  plan: Plan,
  kgx: () => Promise<T>,
  baseline: () => Promise<unknown>,
  check: (result: T) => void = () => {},
): Promise<Comparison> {
  const a: number[][] = [];
  const b: number[][] = [];
  for (let round = -plan.warmup; round < plan.repeats; round++) {
    const aRound: number[] = [];
    const bRound: number[] = [];
    for (let i = 0; i < plan.samples; i++) {
      const runA = async () => {
        const { ms, value } = await timed(kgx);
        check(value);
        aRound.push(ms);
      };
      const runB = async () => bRound.push((await timed(baseline)).ms);
      if ((round + i) % 2 === 0) {
        await runA();
        await runB();
      } else {
        await runB();
        await runA();
      }
    }
    if (round >= 0) {
      a.push(aRound);
      b.push(bRound);
    }
  }
  return { kgx: summarise(a), baseline: summarise(b) };
}
