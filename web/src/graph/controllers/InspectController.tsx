import type { Core, SingularElementArgument } from "cytoscape";
import { useEffect } from "react";
import { useCanvas } from "../context";
import { labelOnly } from "./LabelController";

/** A read-only look at what the canvas drew, for browser tests and for people debugging in devtools. */
export interface CanvasInspector {
  /** Ids of the drawn nodes. */
  nodeIds(): string[];
  /** Ids of the drawn elements drawn highlighted (the last path found). */
  highlighted(): string[];
  /** Ids of the selected elements, and the ids they stand for (a folded transfer's arrow stands for the transfer). */
  selected(): { id: string; ref: string }[];
  /** Where a node is drawn, in CSS pixels from the canvas's top-left corner; null when it is not drawn. */
  renderedPosition(id: string): { x: number; y: number } | null;
  /** Where a node is in the graph's own coordinates, which pan and zoom do not change; null when not drawn. */
  position(id: string): { x: number; y: number } | null;
  /** A node's fill colour as drawn (`rgb(…)`); null when it is not drawn. */
  fillColor(id: string): string | null;
  /** The zoom level: 1 draws the graph's coordinates as CSS pixels. */
  zoom(): number;
  /** The boxes, in CSS pixels from the canvas's top-left corner, of the labels drawn now (nodes and edges). */
  labelBoxes(): LabelBox[];
}

/** A drawn label's rendered bounding box. */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

declare global {
  interface Window {
    kgxCanvas?: CanvasInspector;
  }
}

/** Publishes `window.kgxCanvas`; it reads the canvas and never changes it. */
export function InspectController() {
  const { cy } = useCanvas();
  useEffect(() => {
    window.kgxCanvas = {
      nodeIds: () => cy.nodes().map((node) => node.id()),
      highlighted: () => cy.elements(".highlighted").map((element) => element.id()),
      selected: () =>
        cy.elements(":selected").map((element) => ({ id: element.id(), ref: String(element.data("ref")) })),
      renderedPosition: (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() && node.isNode() ? { ...node.renderedPosition() } : null;
      },
      position: (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() && node.isNode() ? { ...node.position() } : null;
      },
      fillColor: (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() && node.isNode() ? String(node.style("background-color")) : null;
      },
      zoom: () => cy.zoom(),
      labelBoxes: () => drawnLabels(cy).map((element) => labelBox(element)),
    };
    return () => {
      delete window.kgxCanvas;
    };
  }, [cy]);
  return null;
}

/** The elements whose label is drawn now: visible, with text, and not faded out. */
function drawnLabels(cy: Core): SingularElementArgument[] {
  return cy
    .elements()
    .filter(
      (element) =>
        element.visible() &&
        String(element.style("label") ?? "") !== "" &&
        Number(element.style("text-opacity")) > 0,
    )
    .toArray();
}

function labelBox(element: SingularElementArgument): LabelBox {
  const { x1, y1, x2, y2 } = element.renderedBoundingBox(labelOnly);
  return { id: element.id(), x1, y1, x2, y2 };
}
