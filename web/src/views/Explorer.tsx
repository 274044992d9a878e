import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { ActivityLine } from "../components/ActivityLine";
import { BottomTabs } from "../components/BottomTabs";
import { DetailsPanel } from "../components/DetailsPanel";
import { DrawerClose } from "../components/DrawerClose";
import { FiltersOnLine } from "../components/FiltersOnLine";
import { FiltersPanel } from "../components/FiltersPanel";
import { Legend } from "../components/Legend";
import { PathFinder } from "../components/PathFinder";
import { SearchBox } from "../components/SearchBox";
import { StatusOverlay } from "../components/StatusOverlay";
import { Toolbar } from "../components/Toolbar";
import { useAfterFirstFrame } from "../core/canvas/first-frame";
import { useCanvasDerivation } from "../core/canvas/model";
import { useDeepLinkSync } from "../core/deeplink/useDeepLinkSync";
import { followSelection } from "../core/details/actions";
import { openFromAddress } from "../core/graph/actions";
import { useGraphData } from "../core/graph/store";
import { useView } from "../core/view/store";
import { useWorkbench } from "../core/workbench/store";
import { GraphCanvas } from "../graph/GraphCanvas";
import { useCanvasKeys } from "../hooks/useCanvasKeys";
import { useShortcuts } from "../hooks/useShortcuts";
import "../components/timeline/timeline.css";

// Not needed for the first frame (decision 0074): loaded once the canvas is drawn, or when opened.
const TimelineStrip = lazy(() =>
  import("../components/timeline/TimelineStrip").then((module) => ({ default: module.TimelineStrip })),
);
const Workbench = lazy(() =>
  import("../components/workbench/Workbench").then((module) => ({ default: module.Workbench })),
);

/**
 * The timeline's place, held until its code comes: its stylesheet (loaded with the page) ends the canvas above the
 * strip, so the canvas has its final size for the first frame and does not shrink under the user afterwards. It
 * says what is coming, so that the reserved space never reads as an empty band (decision 0017).
 */
const timelinePlace = (
  <section
    className="timeline timeline-loading"
    aria-label="Timeline"
    aria-busy="true"
    data-testid="timeline-loading"
  >
    <p>Loading the timeline…</p>
  </section>
);

/** The panels that are drawers on a phone (at most 600 px wide); on a wider screen they are always shown. */
type Drawer = "filters" | "details" | "text";
const drawers: { id: Drawer; title: string }[] = [
  { id: "filters", title: "Filters & paths" },
  { id: "details", title: "Details" },
  { id: "text", title: "Text views" },
];

/**
 * The explorer page: search and view controls on top, filters left, canvas centre, details right, text below.
 * On a phone the canvas fills the screen and the three panels become bottom sheets opened from a bar below it.
 */
export function Explorer() {
  useEffect(followSelection, []);
  useShortcuts();
  useDeepLinkSync();

  const cache = useGraphData((state) => state.cache);
  const selected = useView((state) => state.selected);
  const { model, listed } = useCanvasDerivation();
  const onCanvasKeys = useCanvasKeys(listed);
  const selectedNode = selected ? cache.nodes[selected] : undefined;
  const afterFirstFrame = useAfterFirstFrame();
  const workbenchOpen = useWorkbench((state) => state.open);
  const [drawer, setDrawer] = useState<Drawer | null>(null);
  const close = useCallback(() => setDrawer(null), []);
  // Selecting opens the details sheet on a phone (wider screens show the details panel anyway).
  useEffect(
    () => setDrawer((current) => (selected ? "details" : current === "details" ? null : current)),
    [selected],
  );
  const label = `Graph canvas: ${model.nodes.length} nodes, ${model.edges.length} relationships. Arrow keys move between nodes, Enter expands, Delete hides, Escape deselects.`;

  return (
    <div className="explorer">
      <header className="top">
        <h1>kgx</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <nav className={drawer === "filters" ? "side open" : "side"} aria-label="Filters, paths and legend">
        <DrawerClose title="Close filters" onClose={close} />
        <FiltersPanel />
        <PathFinder />
        <Legend />
      </nav>
      <main className="stage" data-testid="stage" data-node-count={model.nodes.length}>
        <GraphCanvas onKeyDown={onCanvasKeys} label={label} />
        <StatusOverlay onRetry={openFromAddress} />
        <FiltersOnLine />
        <ActivityLine />
        {afterFirstFrame ? (
          <Suspense fallback={timelinePlace}>
            <TimelineStrip />
          </Suspense>
        ) : (
          timelinePlace
        )}
        <p className="sr-only" aria-live="polite">
          {selectedNode ? `Selected ${selectedNode.name}, ${selectedNode.kind}` : ""}
        </p>
      </main>
      <nav className="drawer-bar" aria-label="Panels">
        {drawers.map((item) => (
          <button
            key={item.id}
            type="button"
            aria-expanded={drawer === item.id}
            onClick={() => setDrawer(drawer === item.id ? null : item.id)}
          >
            {item.title}
          </button>
        ))}
      </nav>
      <DetailsPanel open={drawer === "details"} onClose={close} />
      <BottomTabs open={drawer === "text"} onClose={close} />
      {workbenchOpen && (
        <Suspense fallback={null}>
          <Workbench />
        </Suspense>
      )}
    </div>
  );
}
