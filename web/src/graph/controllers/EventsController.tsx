import type { EventObject } from "cytoscape";
import { useEffect } from "react";
import { expand } from "../../core/graph/actions";
import { useView } from "../../core/view/store";
import { pinNode } from "../../core/view/view";
import { useCanvas } from "../context";

/** Turns taps, double taps and drags on the canvas into store actions; drags reach the store once, on drop. */
export function EventsController() {
  const { cy } = useCanvas();

  useEffect(() => {
    const { select, change } = useView.getState();
    const onTap = (event: EventObject) => {
      if (event.target === cy) select(null);
      else select(String(event.target.data("ref") ?? event.target.id()));
    };
    const onDoubleTap = (event: EventObject) => {
      if (event.target !== cy && event.target.isNode()) void expand(event.target.id());
    };
    const onDrop = (event: EventObject) => {
      const { x, y } = event.target.position();
      change((view) => pinNode(view, event.target.id(), { x, y }));
    };
    cy.on("tap", onTap);
    cy.on("dbltap", "node", onDoubleTap);
    cy.on("dragfree", "node", onDrop);
    return () => {
      cy.off("tap", onTap);
      cy.off("dbltap", "node", onDoubleTap);
      cy.off("dragfree", "node", onDrop);
    };
  }, [cy]);

  return null;
}
