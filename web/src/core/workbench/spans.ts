/** A highlighted stretch of the report: a mention, figure, date or claim, by its class. */
export interface Span {
  start: number;
  end: number;
  className: string;
  title: string;
}

/** The text cut at every span's ends; each piece carries the innermost (shortest) span over it. */
export function cutText(
  text: string,
  spans: readonly Span[],
): { start: number; text: string; span?: Span }[] {
  const inText = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...inText.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: { start: number; text: string; span?: Span }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const span = inText
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    pieces.push(
      span ? { start, text: text.slice(start, end), span } : { start, text: text.slice(start, end) },
    );
  }
  return pieces;
}

/**
 * Where a DOM selection lies in the report's text: each piece is an element with `data-start` holding one text
 * node, so an offset is the piece's start plus the offset inside it. Null when the selection is empty or outside.
 */
export function selectionSpan(
  selection: Selection | null,
  root: HTMLElement,
): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const piece = element?.closest<HTMLElement>("[data-start]");
    if (!piece || !root.contains(piece)) return null;
    const inside =
      node.nodeType === Node.TEXT_NODE ? offset : offset === 0 ? 0 : (piece.textContent ?? "").length;
    return Number(piece.dataset.start) + inside;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
