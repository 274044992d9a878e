/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function quantile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median of the samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Latencies of one side of a comparison: the median over repeats of each repeat's p50 and p95. */
export interface Latency {
  p50: number;
  p95: number;
  /** Each repeat's p50 and p95, so a reader can see the spread. */
  repeats: { p50: number; p95: number }[];
}

/** Summarises per-repeat samples (milliseconds) into a Latency. */
export function summarise(repeats: readonly (readonly number[])[]): Latency {
  const perRepeat = repeats.map((samples) => ({ p50: quantile(samples, 0.5), p95: quantile(samples, 0.95) }));
  return {
    p50: median(perRepeat.map((r) => r.p50)),
    p95: median(perRepeat.map((r) => r.p95)),
    repeats: perRepeat,
  };
}
