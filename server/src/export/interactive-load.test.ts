import { describe, expect, it, vi } from "vitest";
import { InteractiveLoad } from "./interactive-load.js";

/** Runs a busy export loop of `ms` that calls the pacer after each 1 ms chunk; resolves with its chunk count. */
async function exportFor(load: InteractiveLoad, ms: number): Promise<number> {
  const pace = load.pacer();
  const end = performance.now() + ms;
  let chunks = 0;
  while (performance.now() < end) {
    const chunkEnd = performance.now() + 1;
    while (performance.now() < chunkEnd) {}
    chunks++;
    await pace();
  }
  return chunks;
}

describe("InteractiveLoad", () => {
  it("lets a timer fire while an export runs flat out", async () => {
    const load = new InteractiveLoad();
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 5);
    const running = exportFor(load, 200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fired).toBe(true);
    await running;
  });

  it("gives an export far fewer chunks while an interactive request is in flight", async () => {
    const alone = await exportFor(new InteractiveLoad(), 200);
    const busy = new InteractiveLoad();
    const leave = busy.enter();
    const beside = await exportFor(busy, 200);
    leave();
    expect(beside).toBeLessThan(alone / 2);
  });

  it("resumes an export as soon as the last interactive request ends, not at the end of its longest pause", async () => {
    // With fake timers the 50 ms fallback never fires: only the end of the request can resume the export.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const load = new InteractiveLoad();
      const leave = load.enter();
      const pace = load.pacer();
      const start = performance.now();
      while (performance.now() - start < 15) {}
      const paused = pace();
      leave();
      await paused;
    } finally {
      vi.useRealTimers();
    }
  });
});
