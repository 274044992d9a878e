import { setImmediate as nextTurn } from "node:timers/promises";

/** How long an export works before it gives way; how long it waits, at most, for interactive requests. */
const sliceMs = 10;
const maxPauseMs = 50;

/**
 * Counts the interactive requests (GraphQL) in flight, so that exports give way to them. kgx formats exports on
 * the same event loop that answers searches, and a client that reads fast keeps an export from ever waiting on
 * its socket: without pauses, two exports hold the loop for long runs and a search waits behind them. Pausing
 * the export also pauses its Neo4j stream (the driver pulls only what is consumed), so Neo4j's share is freed too.
 */
export class InteractiveLoad {
  private inFlight = 0;
  private readonly idle: Array<() => void> = [];

  /** Marks an interactive request as started; call the returned function once it has been answered. */
  enter(): () => void {
    this.inFlight++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
    };
  }

  /**
   * A pacer for one export: call it after each chunk. Every 10 ms of work it lets waiting I/O run, and while
   * interactive requests are in flight it waits for them to end (50 ms at most, so that exports still progress).
   */
  pacer(): () => Promise<void> {
    let sliceStart = performance.now();
    return async () => {
      if (performance.now() - sliceStart < sliceMs) return;
      if (this.inFlight > 0) await this.untilIdle();
      else await nextTurn();
      sliceStart = performance.now();
    };
  }

  private untilIdle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxPauseMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.idle.push(done);
    });
  }
}
