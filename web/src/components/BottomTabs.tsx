import { type KeyboardEvent, lazy, type PointerEvent, Suspense, useEffect, useState } from "react";
import { queryFromLink } from "../core/console/link";
import { CanvasTable } from "./CanvasTable";
import { DrawerClose } from "./DrawerClose";

// The tabs shown on demand are loaded on demand (decision 0074); the table is the one the page opens on.
const ClaimMatrixTable = lazy(() =>
  import("./ClaimMatrix").then((module) => ({ default: module.ClaimMatrixTable })),
);
const CypherPanel = lazy(() => import("./CypherPanel").then((module) => ({ default: module.CypherPanel })));
const CypherConsole = lazy(() =>
  import("./CypherConsole").then((module) => ({ default: module.CypherConsole })),
);

const tabs = [
  { id: "table", title: "On the canvas", render: () => <CanvasTable /> },
  { id: "matrix", title: "Who says what", render: () => <ClaimMatrixTable /> },
  { id: "cypher", title: "Cypher & export", render: () => <CypherPanel /> },
  { id: "console", title: "Cypher console", render: () => <CypherConsole /> },
] as const;

/**
 * The text views of the graph: the table of the canvas, the claim matrix, the Cypher and exports. On a phone it is
 * a bottom sheet, shown while `open`, with a close button.
 */
export function BottomTabs({ open, onClose }: { open: boolean; onClose: () => void }) {
  // A link that carries a Cypher query opens on the console, where its recipient sees the query.
  const [active, setActive] = useState<(typeof tabs)[number]["id"]>(() =>
    queryFromLink() ? "console" : "table",
  );
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <section className={open ? "bottom open" : "bottom"}>
      <ResizeHandle />
      <DrawerClose title="Close text views" onClose={onClose} />
      <div role="tablist" aria-label="Text views">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            onClick={() => setActive(tab.id)}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <div
        key={current.id}
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="tab-panel"
      >
        <Suspense fallback={<p className="muted">Loading…</p>}>{current.render()}</Suspense>
      </div>
    </section>
  );
}

/** The text views' height on a wide screen, in px: at least this, and at most the window less room for the canvas. */
const minHeight = 120;
const maxHeight = () => Math.max(minHeight, window.innerHeight - 220);
const clampHeight = (height: number) => Math.round(Math.min(maxHeight(), Math.max(minHeight, height)));

/**
 * The drag handle on the top edge of the text views: drag it, or focus it and use the arrow keys (Home and End for
 * the least and greatest height). The page's grid reads the height from `--bottom-height`.
 */
function ResizeHandle() {
  const [height, setHeight] = useState(230);
  useEffect(() => {
    document.documentElement.style.setProperty("--bottom-height", `${height}px`);
  }, [height]);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      setHeight(clampHeight(window.innerHeight - event.clientY));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 80 : 20;
    const next: Record<string, number> = {
      ArrowUp: height + step,
      ArrowDown: height - step,
      Home: minHeight,
      End: maxHeight(),
    };
    const wanted = next[event.key];
    if (wanted === undefined) return;
    event.preventDefault();
    setHeight(clampHeight(wanted));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot take focus or be dragged; a focusable separator is the ARIA pattern for a splitter
    <div
      className="bottom-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the text views (arrow keys)"
      aria-valuemin={minHeight}
      aria-valuemax={maxHeight()}
      aria-valuenow={height}
      tabIndex={0}
      data-testid="bottom-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    />
  );
}
