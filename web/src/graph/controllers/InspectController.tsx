import { useEffect } from "react";
import { useCanvas } from "../context";

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
    };
    return () => {
      delete window.kgxCanvas;
    };
  }, [cy]);
  return null;
}
