import type { Position } from "../core/view/types";

/** A node to place on the rings: its rank decides how near the middle it goes. */
export interface RingNode {
  id: string;
  /** How many links the node has: the best-linked go in the middle. */
  degree: number;
  /** The larger of its width and height, in model units. */
  size: number;
}

/** Model units between two neighbouring nodes on a ring, besides the largest node's size. */
export const ringSpacing = 30;

/**
 * The concentric layout (decision 0077): the nodes in order of degree (most first, then by id), on rings around the
 * middle, each ring as full as its circumference allows, starting at the top and going clockwise. The best-linked
 * node is in the middle, the least linked at the rim; the whole forms a disc as compact as the spacing allows.
 *
 * Cytoscape's own concentric layout puts every degree value on a ring of its own, so that the few hubs of a large
 * view (the states) stood in a vertical line, each alone on a ring, and it reads every node's style to size it.
 * This one needs only the numbers given, so that the canvas styles its nodes once, at the zoom they are drawn at.
 */
export function ringPositions(
  nodes: readonly RingNode[],
  middle: Position = { x: 0, y: 0 },
): Map<string, Position> {
  const ordered = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const step = Math.max(0, ...nodes.map((node) => node.size)) + ringSpacing;
  const places = new Map<string, Position>();
  let next = 0;
  for (let ring = 0; next < ordered.length; ring++) {
    const radius = ring * step;
    // The most nodes that fit on the ring at `step` apart (a chord of `step`); the middle holds one.
    const fits = ring === 0 ? 1 : Math.floor(Math.PI / Math.asin(Math.min(1, step / (2 * radius))));
    const count = Math.min(fits, ordered.length - next);
    for (let i = 0; i < count; i++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      const node = ordered[next + i] as RingNode;
      places.set(node.id, { x: middle.x + radius * Math.cos(angle), y: middle.y + radius * Math.sin(angle) });
    }
    next += count;
  }
  return places;
}
