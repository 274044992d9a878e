import type { EventObject } from "cytoscape";
import { useEffect, useState } from "react";
import { claimsAbout } from "../core/claims/claims";
import { useGraphData } from "../core/graph/store";
import { useCanvas } from "./context";

interface Hover {
  id: string;
  x: number;
  y: number;
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
      const { x, y } = event.renderedPosition ?? event.target.renderedMidpoint?.() ?? { x: 0, y: 0 };
      setHover({ id: String(event.target.data("ref") ?? event.target.id()), x, y });
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
    <div className="canvas-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
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
