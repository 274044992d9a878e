import { findClaims } from "./claims.js";
import { findDates } from "./dates.js";
import { findFigures, standardUnits } from "./figures.js";
import type { Lexicon } from "./lexicon.js";
import { knownMentions, newMentions } from "./mentions.js";
import { ownVoiceClaims, publisherMention } from "./own-voice.js";
import { readText } from "./tokens.js";
import type { Mention, TextAnalysis } from "./types.js";

/** The most characters analyzeText reads: about 30,000 words, a long report; more is a book, for `kgx ingest`. */
export const maxAnalysedChars = 200_000;

/** Why a text cannot be analysed, in one line; undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.trim().length === 0) return "The text is empty: there is nothing to analyse";
  if (text.length > maxAnalysedChars) {
    return `The text has ${text.length.toLocaleString("en")} characters; at most ${maxAnalysedChars.toLocaleString("en")} can be analysed at once`;
  }
  return undefined;
}

/**
 * Suggests the mentions, figures, dates and claims of a text (docs/decisions/0090-text-analysis.md): the entities
 * of `lexicon` it names, new names, numbers with units, dates resolved against `publishedOn`, and attributed
 * clauses; with `publisher`, the sentences that attribute nothing are its own claims (own-voice.ts). Pure: the
 * caller reads the lexicon and checks the size (textProblem).
 */
export function analyzeText(
  text: string,
  lexicon: Lexicon,
  publishedOn?: string | null,
  publisher?: string | null,
): TextAnalysis {
  const read = readText(text);
  const known = knownMentions(read, lexicon);
  const figures = findFigures(read);
  const found = newMentions(read, known);
  // The counted thing of a figure ("6,700 drones") is an item when no mention names it.
  const items: Mention[] = [];
  for (const figure of figures) {
    const unit = figure.unit;
    if (!unit || standardUnits.has(unit) || !/^[a-z][a-z ]+$/.test(unit)) continue;
    const start = figure.text.toLowerCase().lastIndexOf(unit);
    if (start < 0) continue;
    const at = figure.start + start;
    const end = at + unit.length;
    if ([...known, ...found].some((m) => m.start < end && m.end > at)) continue;
    items.push({
      start: at,
      end,
      text: text.slice(at, end),
      kind: "item",
      score: 0.4,
      entity: null,
      candidates: [],
    });
  }
  const mentions = [...known, ...found, ...items].sort((a, b) => a.start - b.start);
  const dates = findDates(read, publishedOn);
  const attributed = findClaims(read, mentions, figures);
  const voice = publisher?.trim() ? publisherMention(read, mentions, lexicon, publisher) : undefined;
  const own = voice ? ownVoiceClaims(read, mentions, figures, attributed, voice) : [];
  const claims = [...attributed, ...own].sort((a, b) => a.start - b.start);
  return { mentions, figures, dates, claims };
}
