import { useEffect } from "react";
import { useGraphData } from "../../core/graph/store";
import { useCurrentView, useView } from "../../core/view/store";
import { useCanvas } from "../context";

/**
 * Mirrors the store's selection on the canvas: the element with that id, or the arrow a folded transfer
 * became. Brings it into view when it is outside.
 */
export function SelectionController() {
  const { cy } = useCanvas();
  const selected = useView((state) => state.selected);
  const view = useCurrentView();
  const cache = useGraphData((state) => state.cache);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-select when the elements change (mode switch, undo).
  useEffect(() => {
    cy.elements(":selected").unselect();
    if (!selected) return;
    const target = cy.elements().filter((el) => el.id() === selected || el.data("ref") === selected);
    if (target.empty()) return;
    target.select();
    const box = target.boundingBox();
    const extent = cy.extent();
    if (box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2) {
      cy.center(target);
    }
  }, [cy, selected, view, cache]);

  return null;
}
