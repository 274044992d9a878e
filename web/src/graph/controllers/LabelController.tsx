import type { Core, EventObject, SingularElementArgument } from "cytoscape";
import { useEffect } from "react";
import { useCanvas } from "../context";
import { type Box, chooseLabels, type LabelCandidate } from "../declutter";
import { graphStyle } from "../style";

const hoveredKey = "kgx-hovered";

/** Edge labels (other than folded transfers) are drawn from this zoom on, where edges are long enough. */
const edgeLabelZoom = 1;

/**
 * The rank of an element's label, lower drawn first: states and people, then transfers (nodes, or arrows when
 * folded), then the other nodes by degree, then relationship labels.
 */
function rank(element: SingularElementArgument): number {
  if (element.isEdge()) return element.hasClass("folded") ? 1 : 4;
  const kind = String(element.data("kind"));
  if (kind === "state" || kind === "person") return 0;
  if (kind === "transfer") return 1;
  return 2 + 1 / (1 + element.degree(false));
}

/** The bounding-box options that measure a node's or an edge's own label and nothing else. */
export const labelOnly = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
} as const;

/**
 * Shows the labels that fit and hides the others (class `label-hidden`): see `chooseLabels`. Hovered and selected
 * elements always show theirs. Runs synchronously: the canvas is marked ready only after it.
 */
export function declutterLabels(cy: Core): void {
  const zoom = cy.zoom();
  const hovered = cy.scratch(hoveredKey) as string | undefined;
  const candidates: LabelCandidate[] = [];
  cy.elements().forEach((element) => {
    if (!String(element.data("label") ?? "") || !element.visible()) return;
    const forced = element.selected() || element.id() === hovered;
    const order = rank(element);
    if (order >= 4 && zoom < edgeLabelZoom && !forced) return;
    const box: Box = element.boundingBox(labelOnly);
    if (box.x2 - box.x1 <= 0) return;
    candidates.push({ id: element.id(), box, rank: order, forced });
  });
  const obstacles = cy.nodes().map((node) => ({
    id: node.id(),
    box: node.boundingBox({ includeLabels: false, includeOverlays: false }) as Box,
    rank: rank(node),
  }));
  const chosen = chooseLabels(candidates, obstacles, 3 / zoom);
  cy.batch(() => {
    cy.elements().forEach((element) => {
      element.toggleClass("label-hidden", !chosen.has(element.id()));
    });
  });
}

/**
 * Keeps labels readable: their size on screen stays the same as the graph zooms (the stylesheet is rebuilt for
 * the zoom), and the colliding ones are hidden again after every zoom, pan-free move, hover and selection.
 */
export function LabelController() {
  const { cy } = useCanvas();

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          declutterLabels(cy);
        });
      }
    };
    let styledZoom = cy.zoom();
    const onZoom = () => {
      if (cy.zoom() === styledZoom) return;
      styledZoom = cy.zoom();
      cy.style(graphStyle(styledZoom));
      schedule();
    };
    const onOver = (event: EventObject) => {
      cy.scratch(hoveredKey, event.target.id());
      schedule();
    };
    const onOut = () => {
      cy.removeScratch(hoveredKey);
      schedule();
    };
    onZoom();
    cy.on("zoom", onZoom);
    cy.on("mouseover", "node, edge", onOver);
    cy.on("mouseout", "node, edge", onOut);
    cy.on("select unselect add remove data", schedule);
    cy.on("position", "node", schedule);
    return () => {
      cancelAnimationFrame(frame);
      cy.off("zoom", onZoom);
      cy.off("mouseover", "node, edge", onOver);
      cy.off("mouseout", "node, edge", onOut);
      cy.off("select unselect add remove data", schedule);
      cy.off("position", "node", schedule);
    };
  }, [cy]);

  return null;
}
