/** Refused because every export slot is taken and the queue is full (or the wait for a slot ran out). */
export class ExportsBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many exports are running; try again in ${retryAfterSeconds} s.`);
  }
}

/** How long a queued export waits for a slot before it is refused: well inside any client's patience. */
export const queueWaitMs = 10_000;

/**
 * Bounds the exports that run at once. Each holds a read transaction and a share of Neo4j's heap for as long as
 * its client reads, so a few at a time keep the database and the other readers safe; the next ones wait in a
 * short queue, and the rest are refused at once (HTTP 503 with Retry-After).
 */
export class ExportSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly size: number,
    readonly queueSize: number,
    readonly waitMs = queueWaitMs,
  ) {}

  /** Resolves with `release` once a slot is free; rejects with ExportsBusy, or when `signal` aborts meanwhile. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.size) return Promise.resolve(this.take());
    if (this.waiting.length >= this.queueSize) return Promise.reject(new ExportsBusy(this.retryAfter()));
    return new Promise((resolve, reject) => {
      const leave = (error: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(error);
      };
      const grant = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        resolve(this.take());
      };
      const onAbort = () => leave(new Error("the client left while its export waited for a slot"));
      const timer = setTimeout(() => leave(new ExportsBusy(this.retryAfter())), this.waitMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  /** Exports running now. */
  get active(): number {
    return this.running;
  }

  private take(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      // The slot passes straight to the first in the queue, so a newcomer cannot jump it.
      const next = this.waiting.shift();
      if (next) next();
    };
  }

  private retryAfter(): number {
    return Math.ceil(this.waitMs / 1000);
  }
}
