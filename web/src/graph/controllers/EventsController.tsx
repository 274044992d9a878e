import type { EventObject } from "cytoscape";
import { useEffect } from "react";
import { useLaidOut } from "../../core/canvas/positions";
import { expand } from "../../core/graph/actions";
import { useView } from "../../core/view/store";
import { pinNode } from "../../core/view/view";
import { useCanvas } from "../context";

/**
 * Turns clicks, taps, double taps and drags on the canvas into store actions; drags reach the store once, on
 * drop.
 */
export function EventsController() {
  const { cy } = useCanvas();

  useEffect(() => {
    const { select, change } = useView.getState();
    const selectTarget = (event: EventObject) => {
      if (event.target === cy) select(null);
      else select(String(event.target.data("ref") ?? event.target.id()));
    };
    // A mouse click selects at once. A finger's tap waits until it is not the first of a double tap ("onetap"):
    // on a phone, selecting opens the details sheet, which would catch the second tap.
    const isTouch = (event: EventObject) => event.originalEvent?.type.startsWith("touch") === true;
    const onTap = (event: EventObject) => {
      if (!isTouch(event)) selectTarget(event);
    };
    const onOneTap = (event: EventObject) => {
      if (isTouch(event)) selectTarget(event);
    };
    const onDoubleTap = (event: EventObject) => {
      if (event.target !== cy && event.target.isNode()) void expand(event.target.id());
    };
    const onDrop = (event: EventObject) => {
      const { x, y } = event.target.position();
      change((view) => pinNode(view, event.target.id(), { x, y }));
      useLaidOut.getState().place({ [event.target.id()]: { x, y } });
    };
    cy.on("tap", onTap);
    cy.on("onetap", onOneTap);
    cy.on("dbltap", "node", onDoubleTap);
    cy.on("dragfree", "node", onDrop);
    return () => {
      cy.off("tap", onTap);
      cy.off("onetap", onOneTap);
      cy.off("dbltap", "node", onDoubleTap);
      cy.off("dragfree", "node", onDrop);
    };
  }, [cy]);

  return null;
}
