import type { EventObject, SingularElementArgument } from "cytoscape";
import { useEffect, useState } from "react";
import { claimsAbout } from "../core/claims/claims";
import { useGraphData } from "../core/graph/store";
import { useCanvas } from "./context";
import { labelOnly } from "./controllers/LabelController";

/** Where the tooltip goes: its left edge, and its bottom edge (`above`) or its top edge. */
interface Hover {
  id: string;
  x: number;
  y: number;
  above: boolean;
}

/** Room the tooltip needs above the element; with less, it goes to the element's right. */
const tooltipHeight = 80;
const gap = 8;

/**
 * Places the tooltip clear of the hovered element and of its label (drawn below a node, or across an arrow's
 * middle): above both, or to their right when the canvas has no room above.
 */
function placeTooltip(element: SingularElementArgument): Omit<Hover, "id"> {
  const body = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  const label = element.renderedBoundingBox(labelOnly);
  const hasLabel = label.x2 > label.x1;
  const top = hasLabel ? Math.min(body.y1, label.y1) : body.y1;
  // Kept inside the canvas: its widest is 260 px.
  const x = Math.max(0, Math.min(body.x1, element.cy().width() - 270));
  if (top - gap >= tooltipHeight) return { x, y: top - gap, above: true };
  const right = hasLabel ? Math.max(body.x2, label.x2) : body.x2;
  return { x: right + gap, y: Math.max(0, top), above: false };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The tooltip of the node (or folded transfer's arrow) under the mouse: its name, kind, status and how many of
 * the claims and sources loaded so far back it.
 */
export function HoverTooltip() {
  const { cy } = useCanvas();
  const cache = useGraphData((state) => state.cache);
  const [hover, setHover] = useState<Hover | null>(null);

  useEffect(() => {
    const onOver = (event: EventObject) => {
      const element = event.target as SingularElementArgument;
      setHover({ id: String(element.data("ref") ?? element.id()), ...placeTooltip(element) });
    };
    const onOut = () => setHover(null);
    cy.on("mouseover", "node, edge.folded", onOver);
    cy.on("mouseout", "node, edge.folded", onOut);
    cy.on("viewport remove", onOut);
    return () => {
      cy.off("mouseover", "node, edge.folded", onOver);
      cy.off("mouseout", "node, edge.folded", onOut);
      cy.off("viewport remove", onOut);
    };
  }, [cy]);

  const node = hover ? cache.nodes[hover.id] : undefined;
  if (!hover || !node) return null;
  const claims = claimsAbout(cache, node.id);
  const sources = new Set(claims.flatMap((claim) => (claim.source ? [claim.source.id] : [])));
  const status = node.properties.status ?? node.properties.stance;
  return (
    <div
      className="canvas-tooltip"
      role="tooltip"
      style={{ left: hover.x, top: hover.y, transform: hover.above ? "translateY(-100%)" : undefined }}
    >
      <strong>{node.name}</strong>
      <span>
        {node.kind}
        {typeof status === "string" ? ` · ${status}` : ""}
      </span>
      <span>
        {plural(claims.length, "claim")} from {plural(sources.size, "source")} loaded
      </span>
    </div>
  );
}
