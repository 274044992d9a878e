import { describe, expect, it } from "vitest";
import { median, quantile, summarise } from "./stats.js";

describe("benchmark statistics", () => {
  it("takes the median of odd and even sample counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it("gives the nearest-rank p95, which is the largest sample when there are fewer than twenty", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(samples, 0.95)).toBe(95);
    expect(quantile([5, 1, 9], 0.95)).toBe(9);
  });

  it("reports the median over repeats of each repeat's p50 and p95", () => {
    const latency = summarise([
      [1, 2, 3],
      [10, 20, 30],
      [4, 5, 6],
    ]);
    expect(latency.p50).toBe(5);
    expect(latency.p95).toBe(6);
    expect(latency.repeats).toHaveLength(3);
  });
});
