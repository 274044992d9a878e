import type { ReaderPassage } from "./store";

/** A stretch of the text and the passages that cover it, innermost (shortest) first; none for plain text. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  passages: ReaderPassage[];
}

/**
 * The text cut wherever a passage starts or ends, so that overlapping quotes (one quote inside another, two
 * claims quoting the same words) each stay highlighted: every segment knows all the passages covering it.
 */
export function segmentText(text: string, passages: readonly ReaderPassage[]): TextSegment[] {
  const inText = passages.filter((p) => p.start >= 0 && p.end <= text.length && p.start < p.end);
  const cuts = [...new Set([0, text.length, ...inText.flatMap((p) => [p.start, p.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = inText
      .filter((p) => p.start <= start && p.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id));
    segments.push({ start, end, text: text.slice(start, end), passages: covering });
  }
  return segments;
}

/**
 * Passages that quote the same words, folded: one highlight for "North Korea and Russia deny any arms transfers"
 * with both deniers beside it. Each group is in the order of the text.
 */
export function samePassages(passages: readonly ReaderPassage[]): ReaderPassage[][] {
  const groups = new Map<string, ReaderPassage[]>();
  for (const passage of passages) {
    const key = `${passage.start}-${passage.end}`;
    groups.set(key, [...(groups.get(key) ?? []), passage]);
  }
  return [...groups.values()].sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}
