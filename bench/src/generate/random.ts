/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that one seed always gives the same graph, on every
 * machine and Node version: Math.random cannot be seeded.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /**
   * An index in [0, n) drawn with probability roughly proportional to 1/(index+1) (Zipf-like): a few indexes
   * are chosen very often and most rarely, which gives the graph its heavy-tailed degrees.
   */
  zipf(n: number): number {
    const index = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return Math.min(Math.max(index, 0), n - 1);
  }

  /** An element chosen by `zipf` over the list's order. */
  pickSkewed<T>(items: readonly T[]): T {
    const item = items[this.zipf(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}
