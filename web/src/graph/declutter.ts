/** An axis-aligned box. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a node's label sits: below the node (the default), above it, or at its right or left. */
export type Placement = "bottom" | "top" | "right" | "left";

/** A place for a label: a `Placement`, or one with the label wrapped narrower (`-narrow`) to fit a tight gap. */
export type Place = Placement | `${Placement}-narrow`;

/**
 * A label that could be drawn: its box, its rank (lower first) and whether it must be drawn; `alternatives` are
 * the other places it may take, tried in order when its own box collides.
 */
export interface LabelCandidate {
  id: string;
  box: Box;
  alternatives?: { placement: Place; box: Box }[];
  rank: number;
  /** Hovered or selected: drawn whatever it covers, and placed before the others. */
  forced: boolean;
}

const inside = (box: Box, bounds: Box) =>
  box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** A node's body that labels must not cover, unless their own node ranks higher. */
export interface Obstacle {
  id: string;
  box: Box;
  rank: number;
}

/**
 * Whether a label no smaller than `width` x `height` has room in any of the places `chooseLabels` may give it
 * (below, above, right, left, wrapped narrower or not), that is, covers no body of a node ranked as high as its own
 * (`node`). A label with no room is never drawn, so the label pass need not measure it: on a zoomed-out view of
 * thousands of nodes, most labels have none (R9).
 */
export function roomForLabel(
  node: Obstacle,
  width: number,
  height: number,
  margin: number,
  belowTop: number,
  bodies: BoxGrid<Obstacle>,
): boolean {
  return narrowPlaces(node.box, width, height, margin, belowTop).some(
    ({ box }) =>
      !bodies.some(
        box,
        0,
        (other) => other.id !== node.id && other.rank <= node.rank && overlaps(other.box, box, 0),
      ),
  );
}

/**
 * Which labels to draw, and where, as the label grids of sigma.js and Gephi Lite choose: forced labels first,
 * then by rank; a label is drawn in the first of its places (below, then its alternatives) where it overlaps no
 * label already drawn (keeping `gap` between them) and no obstacle (the bodies of other nodes) of its own rank or
 * better: a state's label may cross a claim's square, not the reverse. Places inside `bounds` (the view) are tried
 * first. Greedy, so a higher-ranked label always wins its place. A forced label (hovered, selected) takes the
 * place that covers the fewest other labels and then the fewest node bodies of any rank, so that in a dense view it
 * hides as little as it can (its opaque background, in the stylesheet, keeps it readable over the rest).
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Obstacle[],
  gap: number,
  bounds?: Box,
): Map<string, Place> {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || a.rank - b.rank || (a.id < b.id ? -1 : 1),
  );
  const cell = gridCell(candidates, obstacles);
  const drawn = new BoxGrid<Box>(cell);
  const bodies = new BoxGrid<Obstacle>(cell);
  for (const obstacle of obstacles) bodies.add(obstacle.box, obstacle);
  const chosen = new Map<string, Place>();
  for (const candidate of ordered) {
    const all = [{ placement: "bottom" as Place, box: candidate.box }, ...(candidate.alternatives ?? [])];
    // Places inside the view first: a label beside a node at the canvas's edge would be cut off.
    const places = bounds
      ? [...all.filter(({ box }) => inside(box, bounds)), ...all.filter(({ box }) => !inside(box, bounds))]
      : all;
    const free = (box: Box) =>
      !drawn.some(box, gap, (other) => overlaps(other, box, gap)) &&
      !bodies.some(
        box,
        0,
        (obstacle) =>
          obstacle.id !== candidate.id && obstacle.rank <= candidate.rank && overlaps(obstacle.box, box, 0),
      );
    const place = candidate.forced
      ? leastCovered(places, candidate.id, drawn, bodies, gap)
      : places.find(({ box }) => free(box));
    if (!place) continue;
    drawn.add(place.box, place.box);
    chosen.set(candidate.id, place.placement);
  }
  return chosen;
}

/** The first of `places` that covers the fewest drawn labels, then the fewest bodies other than its own node's. */
function leastCovered<P extends { box: Box }>(
  places: readonly P[],
  id: string,
  drawn: BoxGrid<Box>,
  bodies: BoxGrid<{ id: string; box: Box }>,
  gap: number,
): P | undefined {
  let best: P | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const place of places) {
    const labels = drawn.matching(place.box, gap, (other) => overlaps(other, place.box, gap)).size;
    const covered = bodies.matching(
      place.box,
      0,
      (body) => body.id !== id && overlaps(body.box, place.box, 0),
    ).size;
    // A covered label is hidden for good, a covered body only partly: any number of bodies weighs less than a label.
    const score = labels * 1e6 + covered;
    if (score < bestScore) [best, bestScore] = [place, score];
    if (score === 0) break;
  }
  return best;
}

/**
 * A grid cell about the size of a typical label, so that a box is looked up in a few cells; never less than a
 * 32nd of the largest box, so that no box is filed under more than about 33² cells.
 */
export function gridCell(candidates: readonly { box: Box }[], others: readonly { box: Box }[] = []): number {
  const size = ({ box }: { box: Box }) => Math.max(box.x2 - box.x1, box.y2 - box.y1);
  const sizes = candidates.map(size).sort((a, b) => a - b);
  const largest = Math.max(0, ...sizes, ...others.map(size));
  return Math.max(sizes[Math.floor(sizes.length / 2)] ?? 1, largest / 32, 1e-6);
}

/**
 * Boxes filed by the grid cells they cover, as sigma.js's label grid does: asking whether a box touches any filed
 * one looks only at the cells around it, so choosing n labels takes about n steps instead of n² (R9 draws 5,000).
 */
export class BoxGrid<T> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cell: number) {}

  private keys(box: Box, margin: number): string[] {
    const keys: string[] = [];
    const [i1, i2] = [Math.floor((box.x1 - margin) / this.cell), Math.floor((box.x2 + margin) / this.cell)];
    const [j1, j2] = [Math.floor((box.y1 - margin) / this.cell), Math.floor((box.y2 + margin) / this.cell)];
    // A box far larger than a cell (a zoomed-out canvas's huge label) is filed under one cell per step anyway.
    for (let i = i1; i <= i2; i++) for (let j = j1; j <= j2; j++) keys.push(`${i},${j}`);
    return keys;
  }

  /** Files `item` under every cell `box` covers. */
  add(box: Box, item: T): void {
    for (const key of this.keys(box, 0)) {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** The items filed in the cells within `margin` of `box` that pass `test`, each once. */
  matching(box: Box, margin: number, test: (item: T) => boolean): Set<T> {
    const found = new Set<T>();
    for (const key of this.keys(box, margin))
      for (const item of this.cells.get(key) ?? []) if (test(item)) found.add(item);
    return found;
  }

  /** Whether an item filed in the cells within `margin` of `box` passes `test`. */
  some(box: Box, margin: number, test: (item: T) => boolean): boolean {
    for (const key of this.keys(box, margin)) if (this.cells.get(key)?.some(test)) return true;
    return false;
  }
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

/**
 * The four places of a label wrapped narrower (`width` x `height`, measured so), below first: `belowTop` is where
 * the stylesheet starts a label below its node.
 */
export function narrowPlaces(
  body: Box,
  width: number,
  height: number,
  margin: number,
  belowTop: number,
): { placement: Place; box: Box }[] {
  const middle = (body.x1 + body.x2) / 2;
  const below = { x1: middle - width / 2, x2: middle + width / 2, y1: belowTop, y2: belowTop + height };
  return [
    { placement: "bottom-narrow", box: below },
    ...otherPlaces(body, width, height, margin).map(({ placement, box }) => ({
      placement: `${placement}-narrow` as Place,
      box,
    })),
  ];
}
