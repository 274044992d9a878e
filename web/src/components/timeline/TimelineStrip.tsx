import { type PointerEvent, useMemo, useRef, useState } from "react";
import { useGraphData } from "../../core/graph/store";
import { dayNumber } from "../../core/timeline/dates";
import { type DayRange, dayToX, fullRange, xToIso, yearTicks, zoomRange } from "../../core/timeline/scale";
import { type StripLane, stripItems } from "../../core/timeline/timeline";
import { useCurrentView, useView } from "../../core/view/store";
import { setWindow } from "../../core/view/view";
import { AsOfControl } from "./AsOfControl";
import { WindowFields } from "./WindowFields";
import "./timeline.css";

const width = 1000;
const laneTop: Record<StripLane, number> = { happened: 14, said: 40 };
const laneHeight = 20;

/**
 * The timeline under the canvas: a lane for when things happened (events, transfers) and one for when they were
 * said (claims, sources). Dragging across it brushes a window that filters the canvas, the table and the
 * exports; the brush lives in a ref while dragging and reaches the view once, on release.
 */
export function TimelineStrip() {
  const cache = useGraphData((state) => state.cache);
  const view = useCurrentView();
  const items = useMemo(() => stripItems(cache, view.nodeIds), [cache, view.nodeIds]);
  const all = useMemo(() => fullRange(items), [items]);
  const [zoom, setZoom] = useState<DayRange | null>(null);
  const range = zoom ?? all;
  const brushStart = useRef<number | null>(null);
  const [brush, setBrush] = useState<{ a: number; b: number } | null>(null);

  const xOf = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return ((event.clientX - box.left) / Math.max(1, box.width)) * width;
  };
  const onDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    brushStart.current = xOf(event);
    setBrush({ a: brushStart.current, b: brushStart.current });
  };
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (brushStart.current !== null) setBrush({ a: brushStart.current, b: xOf(event) });
  };
  const onUp = (event: PointerEvent<SVGSVGElement>) => {
    const start = brushStart.current;
    brushStart.current = null;
    setBrush(null);
    if (start === null) return;
    const end = xOf(event);
    // A click, not a drag, clears the window.
    if (Math.abs(end - start) < 4) return useView.getState().change((v) => setWindow(v, null));
    const [a, b] = start < end ? [start, end] : [end, start];
    const window = { from: xToIso(a, range, width), to: xToIso(b, range, width) };
    useView.getState().change((v) => setWindow(v, window));
  };

  const shaded = brush
    ? { x: Math.min(brush.a, brush.b), w: Math.abs(brush.b - brush.a) }
    : view.window
      ? windowBox(view.window, range)
      : null;

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline" data-item-count={items.length}>
      <div className="timeline-controls">
        <button type="button" title="Zoom in" onClick={() => setZoom(zoomRange(range, 0.5))}>
          +
        </button>
        <button type="button" title="Zoom out" onClick={() => setZoom(zoomRange(range, 2))}>
          −
        </button>
        <button type="button" onClick={() => setZoom(null)} disabled={zoom === null}>
          All time
        </button>
        <WindowFields />
        <AsOfControl items={items} />
      </div>
      <svg
        viewBox={`0 0 ${width} 66`}
        preserveAspectRatio="none"
        role="img"
        aria-label="Dated nodes by when they happened and when they were said; drag to choose a window"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
      >
        {yearTicks(range).map((tick) => (
          <g key={tick.year}>
            <line x1={dayToX(tick.day, range, width)} x2={dayToX(tick.day, range, width)} y1={0} y2={66} />
            <text x={dayToX(tick.day, range, width) + 3} y={10}>
              {tick.year}
            </text>
          </g>
        ))}
        <text className="lane-label" x={2} y={laneTop.happened + 14}>
          happened
        </text>
        <text className="lane-label" x={2} y={laneTop.said + 14}>
          said
        </text>
        {shaded && <rect className="window" x={shaded.x} y={12} width={Math.max(1, shaded.w)} height={54} />}
        {items.map((item) => {
          const x = dayToX(dayNumber(item.span.start), range, width);
          const w = Math.max(3, dayToX(dayNumber(item.span.end) + 1, range, width) - x);
          return (
            <rect
              key={item.id}
              className={`mark ${item.kind}${item.inferred ? " inferred" : ""}`}
              x={x}
              y={laneTop[item.lane]}
              width={w}
              height={laneHeight}
            >
              <title>{`${item.name}: ${item.label}${item.inferred ? " (inferred)" : ""}`}</title>
            </rect>
          );
        })}
      </svg>
    </section>
  );
}

/** The shaded box of a window on the strip, an open end running to the strip's edge. */
function windowBox(window: { from: string | null; to: string | null }, range: DayRange) {
  const a = window.from ? dayToX(dayNumber(window.from), range, width) : 0;
  const b = window.to ? dayToX(dayNumber(window.to) + 1, range, width) : width;
  return { x: Math.max(0, a), w: Math.min(width, b) - Math.max(0, a) };
}
