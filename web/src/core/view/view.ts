import type { Filters, LayoutName, Position, TimeWindow, TransferMode, ViewState } from "./types";

/** The view with `ids` on the canvas (those already there stay where they are). */
export function addNodes(view: ViewState, ids: readonly string[]): ViewState {
  const present = new Set(view.nodeIds);
  const added: string[] = [];
  for (const id of ids) {
    if (present.has(id)) continue;
    present.add(id);
    added.push(id);
  }
  return added.length === 0 ? view : { ...view, nodeIds: [...view.nodeIds, ...added] };
}

/** The view without `ids`; their pins, expansions and highlights go with them. */
export function removeNodes(view: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids);
  if (!view.nodeIds.some((id) => gone.has(id))) return view;
  const pinned = Object.fromEntries(Object.entries(view.pinned).filter(([id]) => !gone.has(id)));
  return {
    ...view,
    nodeIds: view.nodeIds.filter((id) => !gone.has(id)),
    expanded: view.expanded.filter((id) => !gone.has(id)),
    highlight: view.highlight.filter((id) => !gone.has(id)),
    pinned,
  };
}

/** The view with `id`'s neighbours `neighbourIds` added and `id` marked as expanded. */
export function expandNode(view: ViewState, id: string, neighbourIds: readonly string[]): ViewState {
  const next = addNodes(view, [id, ...neighbourIds]);
  return next.expanded.includes(id) ? next : { ...next, expanded: [...next.expanded, id] };
}

/** The view with the filters changed as `change` says. */
export function setFilters(view: ViewState, change: Partial<Filters>): ViewState {
  return { ...view, filters: { ...view.filters, ...change } };
}

/** The view drawn with another layout (dragged positions stay). */
export function setLayout(view: ViewState, layout: LayoutName): ViewState {
  return { ...view, layout, layoutRun: view.layoutRun + 1 };
}

/** The view with transfers as nodes or as arrows. */
export function setTransferMode(view: ViewState, transferMode: TransferMode): ViewState {
  return view.transferMode === transferMode ? view : { ...view, transferMode };
}

/** The view with `id` pinned where the user dropped it. */
export function pinNode(view: ViewState, id: string, position: Position): ViewState {
  return { ...view, pinned: { ...view.pinned, [id]: position } };
}

/** The view with a path drawn highlighted (its nodes added to the canvas). */
export function highlightPath(
  view: ViewState,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): ViewState {
  return { ...addNodes(view, nodeIds), highlight: [...nodeIds, ...edgeIds] };
}

/** The view limited to a time window (null: all time); an empty window (from after to) is all time too. */
export function setWindow(view: ViewState, window: TimeWindow | null): ViewState {
  const next = window && (window.from !== null || window.to !== null) ? window : null;
  if (next && next.from !== null && next.to !== null && next.from > next.to) return { ...view, window: null };
  if (next?.from === view.window?.from && next?.to === view.window?.to) return view;
  return { ...view, window: next };
}
