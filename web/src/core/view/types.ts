/** The layouts the page offers. */
export const layoutNames = ["fcose", "concentric", "breadthfirst"] as const;
export type LayoutName = (typeof layoutNames)[number];

/** Transfers drawn as nodes (the model) or folded into arrows from party to party. */
export type TransferMode = "nodes" | "arrows";

/** What the user chose to hide. */
export interface Filters {
  hiddenKinds: string[];
  hiddenEdgeTypes: string[];
  /** Hides claims whose stance is `denies`. */
  hideDenied: boolean;
  /** Keeps only transfers that two or more independent claimants assert. */
  corroboratedOnly: boolean;
}

/**
 * The time window the user brushed on the timeline, ISO days, either end open: claims said outside it leave the
 * canvas, the table and the exports, and so do transfers no claim in it is about. `from: null` is "as of `to`".
 */
export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/** A position the user dragged a node to; it stays through layouts. */
export interface Position {
  x: number;
  y: number;
}

/**
 * Everything the user chose about the view, and nothing derived: the filtered elements and the Cytoscape
 * elements are computed from this plus the data cache. Every change of it is one undo step.
 */
export interface ViewState {
  /** Ids of the nodes on the canvas, in the order they arrived. */
  nodeIds: string[];
  /** Nodes whose neighbours the user expanded (they show "+N more" when some are left out). */
  expanded: string[];
  filters: Filters;
  transferMode: TransferMode;
  layout: LayoutName;
  /** Bumped to run the layout again on the same elements. */
  layoutRun: number;
  pinned: Record<string, Position>;
  /** The ids of the nodes and edges of the path found last, drawn highlighted. */
  highlight: string[];
  /** The timeline's window, or null for all time. */
  window: TimeWindow | null;
}

/** The view a page starts from before anything is loaded. */
export const emptyView: ViewState = {
  nodeIds: [],
  expanded: [],
  filters: { hiddenKinds: [], hiddenEdgeTypes: [], hideDenied: false, corroboratedOnly: false },
  transferMode: "nodes",
  layout: "fcose",
  layoutRun: 0,
  pinned: {},
  highlight: [],
  window: null,
};
