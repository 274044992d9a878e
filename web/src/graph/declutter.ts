/** An axis-aligned box. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that could be drawn: its box, its rank (lower first) and whether it must be drawn. */
export interface LabelCandidate {
  id: string;
  box: Box;
  rank: number;
  /** Hovered or selected: drawn whatever it covers, and placed before the others. */
  forced: boolean;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * Which labels to draw, as the label grids of sigma.js and Gephi Lite choose: forced labels first, then by rank;
 * a label is drawn when it overlaps no label already drawn (keeping `gap` between them) and no obstacle (the
 * bodies of other nodes) of its own rank or better: a state's label may cross a claim's square, not the reverse.
 * Greedy, so a higher-ranked label always wins its place.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly { id: string; box: Box; rank: number }[],
  gap: number,
): Set<string> {
  const ordered = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || a.rank - b.rank || (a.id < b.id ? -1 : 1),
  );
  const drawn: Box[] = [];
  const chosen = new Set<string>();
  for (const candidate of ordered) {
    const free =
      candidate.forced ||
      (!drawn.some((box) => overlaps(box, candidate.box, gap)) &&
        !obstacles.some(
          ({ id, box, rank }) =>
            id !== candidate.id && rank <= candidate.rank && overlaps(box, candidate.box, 0),
        ));
    if (!free) continue;
    drawn.push(candidate.box);
    chosen.add(candidate.id);
  }
  return chosen;
}
