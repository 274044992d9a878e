import { useGraphData } from "../graph/store";
import type { GraphCache, GraphNode } from "../graph/types";
import { useCurrentView } from "../view/store";
import type { ViewState } from "../view/types";
import { canvasModel } from "./derive";
import type { CanvasModel } from "./types";
import { type VisibleGraph, visibleGraph } from "./visible";

/** The canvas model and what is listed from it, derived together from one cache and one view. */
export interface CanvasDerivation {
  /** The view's nodes and edges once the filters apply (transfers as nodes, whatever the mode). */
  visible: VisibleGraph;
  /** What the canvas draws. */
  model: CanvasModel;
  /** What is on the canvas, folded transfers included, in the order of the table: entities, transfers, claims. */
  listed: GraphNode[];
}

/** The groups of the canvas's table, in this order; the keyboard moves through the nodes in the same order. */
export const canvasGroups = [
  { title: "Entities", test: (kind: string) => kind !== "transfer" && kind !== "claim" },
  { title: "Transfers", test: (kind: string) => kind === "transfer" },
  { title: "Claims", test: (kind: string) => kind === "claim" },
] as const;

function derive(cache: GraphCache, view: ViewState): CanvasDerivation {
  const visible = visibleGraph(cache, view);
  const model = canvasModel(cache, view, visible);
  // A folded transfer is an arrow now, but it is still on the canvas: its `ref` lists it.
  const ids = new Set([...model.nodes.map((node) => node.id), ...model.edges.map((edge) => edge.ref)]);
  const nodes = [...ids].flatMap((id) => (cache.nodes[id] ? [cache.nodes[id]] : []));
  const listed = canvasGroups.flatMap(({ test }) => nodes.filter((node) => test(node.kind)));
  return { visible, model, listed };
}

let last: { cache: GraphCache; view: ViewState; derived: CanvasDerivation } | undefined;

/**
 * The canvas derivation for `cache` and `view`, computed once per pair: every reader of the same cache and view
 * (the canvas, its table, the keyboard, the exports) gets the same object.
 */
export function selectCanvas(cache: GraphCache, view: ViewState): CanvasDerivation {
  if (last?.cache !== cache || last.view !== view) last = { cache, view, derived: derive(cache, view) };
  return last.derived;
}

/** The canvas derivation of the current data and view. */
export function useCanvasDerivation(): CanvasDerivation {
  const cache = useGraphData((state) => state.cache);
  const view = useCurrentView();
  return selectCanvas(cache, view);
}
