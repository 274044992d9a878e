import type { Core } from "cytoscape";
import { useCanvas } from "./context";

/** One zoom step of the buttons and keys: 25 %. */
const step = 1.25;

/** Zooms about the middle of the canvas, so that what is in the middle stays there. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Fits the whole graph to the canvas, by its nodes and edges: labels keep their size on screen at every zoom, so
 * a fit that counted them would give another zoom from each zoom it starts at.
 */
export function fitAll(cy: Core): void {
  if (cy.elements().empty()) return;
  const padding = 50;
  const box = cy.elements().boundingBox({ includeLabels: false, includeOverlays: false });
  const fits = Math.min(
    (cy.width() - 2 * padding) / (box.w || 1),
    (cy.height() - 2 * padding) / (box.h || 1),
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
