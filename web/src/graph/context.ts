import type { Core } from "cytoscape";
import { createContext, useContext } from "react";

/** The canvas's one Cytoscape instance, and a channel for "the elements changed, lay out again". */
export interface CanvasHandle {
  cy: Core;
  layoutRequests: EventTarget;
}

/** Fired on `layoutRequests` after a patch added nodes. */
export const layoutRequest = "layout";

/**
 * The Cytoscape scratch key set while a layout waits for its code (fcose loads on demand): the canvas is not
 * ready then, even when a patch that adds no node comes in meanwhile.
 */
export const layoutPendingKey = "kgx-layout-pending";

/**
 * What a layout request says: `fresh` when the canvas was empty before the patch (lay out everything), else the
 * ids of the nodes the patch added (place only those, around the nodes already drawn). `placed` are the added
 * nodes that came with a known position (a deep link's, or where they were before): they keep it.
 */
export interface LayoutRequestDetail {
  fresh: boolean;
  added: string[];
  placed: string[];
}

export const CanvasContext = createContext<CanvasHandle | null>(null);

/** The canvas's Cytoscape handle; only the renderless controllers inside `<GraphCanvas>` use it. */
export function useCanvas(): CanvasHandle {
  const handle = useContext(CanvasContext);
  if (!handle) {
    throw new Error(
      "useCanvas() is used outside <GraphCanvas>: put the controller inside the canvas component.",
    );
  }
  return handle;
}
