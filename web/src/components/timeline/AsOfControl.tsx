import { useCallback, useEffect, useMemo, useState } from "react";
import type { StripItem } from "../../core/timeline/timeline";
import { useCurrentView, useView } from "../../core/view/store";
import { setWindow } from "../../core/view/view";

/** How long each step of a replay shows, in milliseconds. */
const replayStep = 1200;

/**
 * "As of": a slider over the days on which something in the view was said, which sets the window to everything
 * up to that day; Replay steps through them so the story grows on the canvas as it grew in the sources.
 */
export function AsOfControl({ items }: { items: readonly StripItem[] }) {
  const days = useMemo(
    () => [...new Set(items.filter((item) => item.lane === "said").map((item) => item.span.end))].sort(),
    [items],
  );
  const window = useCurrentView().window;
  const asOf = window && window.from === null ? window.to : null;
  const index = asOf === null ? days.length : days.filter((day) => day <= asOf).length - 1;
  const [playing, setPlaying] = useState(false);

  const show = useCallback(
    (at: number) =>
      useView
        .getState()
        .change((view) => setWindow(view, at >= days.length ? null : { from: null, to: days[at] ?? null })),
    [days],
  );

  useEffect(() => {
    if (!playing) return;
    if (index >= days.length) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => show(index + 1), replayStep);
    return () => clearTimeout(timer);
  }, [playing, index, days.length, show]);

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
          if (!playing) show(0);
          setPlaying(!playing);
        }}
      >
        {playing ? "Stop" : "Replay"}
      </button>
    </span>
  );
}
