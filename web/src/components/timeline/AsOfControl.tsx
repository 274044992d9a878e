import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { StripItem } from "../../core/timeline/timeline";
import { useCurrentView, useView } from "../../core/view/store";
import type { ViewState } from "../../core/view/types";
import { setWindow } from "../../core/view/view";

/** How long each step of a replay shows, in milliseconds. */
const replayStep = 1200;

/**
 * "As of": a slider over the days on which something in the view was said, which sets the window to everything
 * up to that day; Replay steps through them so the story grows on the canvas as it grew in the sources. A whole
 * replay is one undo step (decision 0026): its first move records the step, the later ones amend it, and any other
 * change of the view (an undo too) stops it.
 */
export function AsOfControl({ items }: { items: readonly StripItem[] }) {
  const days = useMemo(
    () => [...new Set(items.filter((item) => item.lane === "said").map((item) => item.span.end))].sort(),
    [items],
  );
  const view = useCurrentView();
  const window = view.window;
  const asOf = window && window.from === null ? window.to : null;
  const index = asOf === null ? days.length : days.filter((day) => day <= asOf).length - 1;
  const [playing, setPlaying] = useState(false);
  // The view the replay showed last (a change by anyone else stops it), and whether it has recorded its step.
  const shown = useRef<ViewState | null>(null);
  const recorded = useRef(false);

  const windowAt = useCallback(
    (at: number) => (current: ViewState) =>
      setWindow(current, at >= days.length ? null : { from: null, to: days[at] ?? null }),
    [days],
  );
  const show = useCallback((at: number) => useView.getState().change(windowAt(at)), [windowAt]);
  const replayTo = useCallback(
    (at: number) => {
      const store = useView.getState();
      const before = store.history;
      if (recorded.current) store.amend(windowAt(at));
      else {
        store.change(windowAt(at));
        // A first move that changed nothing recorded nothing: the next move records the step instead.
        recorded.current = useView.getState().history !== before;
      }
      shown.current = useView.getState().history.present;
    },
    [windowAt],
  );

  useEffect(() => {
    if (!playing) return;
    if (view !== shown.current || index >= days.length) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => replayTo(index + 1), replayStep);
    return () => clearTimeout(timer);
  }, [playing, view, index, days.length, replayTo]);

  if (days.length === 0) return null;
  return (
    <span className="timeline-asof">
      <label>
        As of{" "}
        <input
          type="range"
          min={0}
          max={days.length}
          value={Math.max(0, index)}
          onChange={(e) => show(Number(e.target.value))}
          aria-valuetext={asOf ?? "now"}
        />
      </label>
      <output>{asOf ?? "now"}</output>
      <button
        type="button"
        onClick={() => {
          if (!playing) {
            recorded.current = false;
            replayTo(0);
          }
          setPlaying(!playing);
        }}
      >
        {playing ? "Stop" : "Replay"}
      </button>
    </span>
  );
}
