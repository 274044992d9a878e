import { useCanvasDerivation } from "../core/canvas/model";
import { useGraphData } from "../core/graph/store";
import { useCurrentView, useView } from "../core/view/store";
import { emptyView, type Filters } from "../core/view/types";
import { setFilters } from "../core/view/view";

const plurals: Record<string, string> = { person: "people" };
const plural = (kind: string) => plurals[kind] ?? `${kind}s`;

/** What the active filters hide, in words: "claims, places hidden", "denied claims hidden", … */
export function filterWords(filters: Filters): string[] {
  const words: string[] = [];
  if (filters.hiddenKinds.length > 0) words.push(`${filters.hiddenKinds.map(plural).join(", ")} hidden`);
  if (filters.hiddenEdgeTypes.length > 0) {
    words.push(`${filters.hiddenEdgeTypes.join(", ")} relationships hidden`);
  }
  if (filters.hideDenied) words.push("denied claims hidden");
  if (filters.corroboratedOnly) words.push("only transfers asserted by 2+ independent sources");
  return words;
}

/**
 * A line over the canvas while any filter is on: what the filters hide, how many nodes of the view that is, and a
 * button that turns every filter off (one undo step).
 */
export function FiltersOnLine() {
  const view = useCurrentView();
  const cache = useGraphData((state) => state.cache);
  const { visible } = useCanvasDerivation();
  const change = useView((state) => state.change);
  const words = filterWords(view.filters);
  if (words.length === 0) return null;
  const loaded = view.nodeIds.filter((id) => cache.nodes[id]).length;
  const hidden = loaded - visible.nodes.length;
  return (
    <div className="filters-on" role="status" data-testid="filters-on">
      <p className="filters-on-text">
        Filters on: {words.join("; ")} — {hidden} {hidden === 1 ? "node" : "nodes"} hidden
      </p>
      <button type="button" onClick={() => change((v) => setFilters(v, emptyView.filters))}>
        Reset filters
      </button>
    </div>
  );
}
