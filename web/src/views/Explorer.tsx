import { useCallback, useEffect } from "react";
import { BottomTabs } from "../components/BottomTabs";
import { DetailsPanel } from "../components/DetailsPanel";
import { FiltersPanel } from "../components/FiltersPanel";
import { Legend } from "../components/Legend";
import { PathFinder } from "../components/PathFinder";
import { SearchBox } from "../components/SearchBox";
import { StatusOverlay } from "../components/StatusOverlay";
import { Toolbar } from "../components/Toolbar";
import { useCanvasDerivation } from "../core/canvas/model";
import { decodeDeepLink } from "../core/deeplink/deeplink";
import { useDeepLinkSync } from "../core/deeplink/useDeepLinkSync";
import { followSelection } from "../core/details/actions";
import { openExplorer } from "../core/graph/actions";
import { useGraphData } from "../core/graph/store";
import { useView } from "../core/view/store";
import { GraphCanvas } from "../graph/GraphCanvas";
import { useCanvasKeys } from "../hooks/useCanvasKeys";
import { useShortcuts } from "../hooks/useShortcuts";

/** The explorer page: search and view controls on top, filters left, canvas centre, details right, text below. */
export function Explorer() {
  const open = useCallback(() => void openExplorer(decodeDeepLink(window.location.hash)), []);
  useEffect(open, [open]);
  useEffect(followSelection, []);
  useShortcuts();
  useDeepLinkSync();

  const cache = useGraphData((state) => state.cache);
  const selected = useView((state) => state.selected);
  const { model, listed } = useCanvasDerivation();
  const onCanvasKeys = useCanvasKeys(listed);
  const selectedNode = selected ? cache.nodes[selected] : undefined;
  const label = `Graph canvas: ${model.nodes.length} nodes, ${model.edges.length} relationships. Arrow keys move between nodes, Enter expands, Delete hides, Escape deselects.`;

  return (
    <div className="explorer">
      <header className="top">
        <h1>kgx</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <nav className="side" aria-label="Filters, paths and legend">
        <FiltersPanel />
        <PathFinder />
        <Legend />
      </nav>
      <main className="stage" data-testid="stage" data-node-count={model.nodes.length}>
        <GraphCanvas onKeyDown={onCanvasKeys} label={label} />
        <StatusOverlay onRetry={open} />
        <p className="sr-only" aria-live="polite">
          {selectedNode ? `Selected ${selectedNode.name}, ${selectedNode.kind}` : ""}
        </p>
      </main>
      <DetailsPanel />
      <BottomTabs />
    </div>
  );
}
