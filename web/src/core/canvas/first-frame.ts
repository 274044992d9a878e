import { useEffect, useState } from "react";
import { useGraphData } from "../graph/store";
import { useCurrentView } from "../view/store";

/** The mark the canvas sets when it has drawn its first frame (R9 measures to it). */
export const firstFrameMark = "kgx-first-frame";

function marked(): boolean {
  return performance.getEntriesByName(firstFrameMark).length > 0;
}

/** Resolves once the canvas has drawn its first frame (at once if it has). */
export function firstFrameDrawn(): Promise<void> {
  if (marked()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(firstFrameMark).length === 0) return;
      observer.disconnect();
      resolve();
    });
    // `buffered` also reports a mark set before the observer started.
    observer.observe({ type: "mark", buffered: true });
  });
}

/**
 * Whether the page may now load and draw what the first frame does not need (the timeline strip): once the canvas
 * has drawn its first frame, or once it is clear that it draws none (an error, or nothing to show). Code loaded
 * before then competes with the first frame for the network and the main thread.
 */
export function useAfterFirstFrame(): boolean {
  const [drawn, setDrawn] = useState(marked);
  const settledWithoutFrame = useGraphData((state) => state.status.state === "error");
  const ready = useGraphData((state) => state.status.state === "ready");
  const nothingShown = useCurrentView().nodeIds.length === 0;
  useEffect(() => {
    if (drawn) return;
    let mounted = true;
    void firstFrameDrawn().then(() => mounted && setDrawn(true));
    return () => {
      mounted = false;
    };
  }, [drawn]);
  return drawn || settledWithoutFrame || (ready && nothingShown);
}
