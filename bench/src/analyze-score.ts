import type { TextAnalysis } from "@kgx/server/dist/analyze/types.js";

/**
 * Scores text-analysis suggestions against expected annotations (docs/decisions/0094-scoring-the-analyzer.md): an
 * expected span is found when a suggestion of the same sort overlaps it and agrees (same entity, or same kind for a
 * new name; same number and counted thing; same date; same claimant); a suggestion is right when it finds one.
 */

/** Recall and precision of one sort of suggestion. */
export interface Score {
  expected: number;
  found: number;
  suggested: number;
  right: number;
  recall: number;
  precision: number;
}

/** An expected span and what a suggestion overlapping it must agree on. */
export interface Expected<S> {
  start: number;
  end: number;
  accepts: (suggestion: S) => boolean;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Recall (expected spans found) and precision (suggestions that find one) of `suggested` against `expected`. */
export function score<S extends { start: number; end: number }>(
  expected: readonly Expected<S>[],
  suggested: readonly S[],
): Score {
  const found = expected.filter((e) => suggested.some((s) => overlaps(e, s) && e.accepts(s))).length;
  const right = suggested.filter((s) => expected.some((e) => overlaps(e, s) && e.accepts(s))).length;
  return {
    expected: expected.length,
    found,
    suggested: suggested.length,
    right,
    recall: expected.length ? round(found / expected.length) : 1,
    precision: suggested.length ? round(right / suggested.length) : 1,
  };
}

/** The counted thing of a unit, to compare "artillery shells" with "shells": its last word. */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toLowerCase().split(" ").at(-1) === (b ?? "").toLowerCase().split(" ").at(-1);
}

/** Who a claim's claimant is: an entity id, or for a new name its text (a pronoun's referent's). */
export function claimantOf(claim: TextAnalysis["claims"][number]): string {
  const who = claim.referent ?? claim.claimant;
  return who.entity?.id ?? who.text;
}

/** The nth (from 0) place of `needle` in `text`, or undefined. */
export function locate(text: string, needle: string, nth = 0): { start: number; end: number } | undefined {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + needle.length };
}
