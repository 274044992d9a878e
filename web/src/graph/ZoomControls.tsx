import type { Core, NodeCollection } from "cytoscape";
import { useCanvas } from "./context";

/** One zoom step of the buttons and keys: 25 %. */
const step = 1.25;

/** Zooms about the middle of the canvas, so that what is in the middle stays there. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** A box in model coordinates. */
export interface ModelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Model units added around the nodes' centres: half the widest node (a state, 46 wide, and half its border).
 * Parallel arrows bulge further (a folded pair's control points sit 55 from the straight line), which the fit's
 * padding on screen takes in.
 */
const bodyMargin = 25;

/**
 * The box of the nodes' centres, widened by `bodyMargin`: what the nodes' bodies cover, read from
 * positions alone. Cytoscape's own `boundingBox()` computes every element's style, label and edge curve first,
 * which on a view of thousands of elements costs more than drawing it (R9, docs/benchmarks.md), and the first
 * frame computes them again anyway once the zoom restyles the labels.
 */
export function bodiesBox(nodes: NodeCollection): ModelBox | null {
  if (nodes.empty()) return null;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  return { x1: x1 - bodyMargin, y1: y1 - bodyMargin, x2: x2 + bodyMargin, y2: y2 + bodyMargin };
}

/**
 * Fits the whole graph to the canvas, by its nodes' bodies (`bodiesBox`): labels keep their size on screen at
 * every zoom, so a fit that counted them would give another zoom from each zoom it starts at.
 */
export function fitAll(cy: Core): void {
  const box = bodiesBox(cy.nodes());
  if (!box) return;
  const padding = 50;
  const fits = Math.min(
    (cy.width() - 2 * padding) / (box.x2 - box.x1),
    (cy.height() - 2 * padding) / (box.y2 - box.y1),
  );
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fits));
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 },
  });
}

/**
 * Zoom keys on the focused canvas: `+` (or `=`) zooms in, `-` zooms out, `0` fits. True when the key was one
 * of them.
 */
export function zoomKey(cy: Core, key: string): boolean {
  if (key === "+" || key === "=") zoomBy(cy, step);
  else if (key === "-" || key === "_") zoomBy(cy, 1 / step);
  else if (key === "0") fitAll(cy);
  else return false;
  return true;
}

/** The zoom buttons in the canvas's corner. */
export function ZoomControls() {
  const { cy } = useCanvas();
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoomBy(cy, step)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoomBy(cy, 1 / step)}>
        −
      </button>
      <button
        type="button"
        aria-label="Fit"
        title="Fit the graph to the canvas (0)"
        onClick={() => fitAll(cy)}
      >
        Fit
      </button>
    </div>
  );
}
