/** An axis-aligned box. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a node's label sits: below the node (the default), above it, or at its right or left. */
export type Placement = "bottom" | "top" | "right" | "left";

/**
 * A label that could be drawn: its box, its rank (lower first) and whether it must be drawn; `alternatives` are
 * the other places it may take, tried in order when its own box collides.
 */
export interface LabelCandidate {
  id: string;
  box: Box;
  alternatives?: { placement: Placement; box: Box }[];
  rank: number;
  /** Hovered or selected: drawn whatever it covers, and placed before the others. */
  forced: boolean;
}

const inside = (box: Box, bounds: Box) =>
  box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * Which labels to draw, and where, as the label grids of sigma.js and Gephi Lite choose: forced labels first,
 * then by rank; a label is drawn in the first of its places (below, then its alternatives) where it overlaps no
 * label already drawn (keeping `gap` between them) and no obstacle (the bodies of other nodes) of its own rank or
 * better: a state's label may cross a claim's square, not the reverse. Places inside `bounds` (the view) are tried
 * first. Greedy, so a higher-ranked label always wins its place.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly { id: string; box: Box; rank: number }[],
  gap: number,
  bounds?: Box,
): Map<string, Placement> {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || a.rank - b.rank || (a.id < b.id ? -1 : 1),
  );
  const drawn: Box[] = [];
  const chosen = new Map<string, Placement>();
  for (const candidate of ordered) {
    const all = [{ placement: "bottom" as Placement, box: candidate.box }, ...(candidate.alternatives ?? [])];
    // Places inside the view first: a label beside a node at the canvas's edge would be cut off.
    const places = bounds
      ? [...all.filter(({ box }) => inside(box, bounds)), ...all.filter(({ box }) => !inside(box, bounds))]
      : all;
    const free = (box: Box) =>
      !drawn.some((other) => overlaps(other, box, gap)) &&
      !obstacles.some(
        (obstacle) =>
          obstacle.id !== candidate.id && obstacle.rank <= candidate.rank && overlaps(obstacle.box, box, 0),
      );
    const place = candidate.forced ? places[0] : places.find(({ box }) => free(box));
    if (!place) continue;
    drawn.push(place.box);
    chosen.set(candidate.id, place.placement);
  }
  return chosen;
}

/**
 * The boxes a node's label of size `width` x `height` takes above, right and left of its body, `margin` away;
 * `below` is where the stylesheet puts it by default.
 */
export function otherPlaces(
  body: Box,
  width: number,
  height: number,
  margin: number,
): { placement: Placement; box: Box }[] {
  const middle = { x: (body.x1 + body.x2) / 2, y: (body.y1 + body.y2) / 2 };
  return [
    {
      placement: "top",
      box: {
        x1: middle.x - width / 2,
        x2: middle.x + width / 2,
        y1: body.y1 - margin - height,
        y2: body.y1 - margin,
      },
    },
    {
      placement: "right",
      box: {
        x1: body.x2 + margin,
        x2: body.x2 + margin + width,
        y1: middle.y - height / 2,
        y2: middle.y + height / 2,
      },
    },
    {
      placement: "left",
      box: {
        x1: body.x1 - margin - width,
        x2: body.x1 - margin,
        y1: middle.y - height / 2,
        y2: middle.y + height / 2,
      },
    },
  ];
}
