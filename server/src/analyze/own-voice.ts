import { type Lexicon, refOf } from "./lexicon.js";
import type { ReadText, Token } from "./tokens.js";
import type { ClaimSuggestion, Figure, Mention, Stance } from "./types.js";

/**
 * The report's own voice (docs/decisions/0099-a-reports-own-voice.md): a sentence that attributes nothing to anyone
 * but states something about a named entity is the publisher's claim, as a curator records a newspaper's own
 * statements (TIME's in data/article.yaml). Only when the caller names the publisher, and only for sentences with a
 * verb and a mention, so headings, bylines and captions without a subject are left out.
 */

const forecastWords =
  /\b(will|would soon|is set to|are set to|is poised to|are poised to|is expected to|are expected to|is likely to|are likely to|plans to|could soon)\b/i;
const estimateWords = /\b(likely|estimated|roughly|approximately)\b/i;

/** The publisher as a mention: where the text names it, else a zero-width span at the start with its entity. */
export function publisherMention(
  read: ReadText,
  mentions: readonly Mention[],
  lexicon: Lexicon,
  publisher: string,
): Mention {
  const name = publisher.trim();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").exec(read.text);
  const named = at ? mentions.find((m) => m.start === at.index && m.entity) : undefined;
  if (named) return named;
  const match = lexicon.find(name);
  const entry = match?.confident ? match.entities[0] : undefined;
  const start = at?.index ?? 0;
  const end = at ? start + name.length : 0;
  return {
    start,
    end,
    text: read.text.slice(start, end),
    kind: entry?.kind ?? "organization",
    score: entry ? (match?.score ?? 0.5) : 0.5,
    entity: entry ? refOf(entry) : null,
    candidates: [],
  };
}

/** Claims in the publisher's own voice for the sentences no other claim covers; `claims` in text order. */
export function ownVoiceClaims(
  read: ReadText,
  mentions: readonly Mention[],
  figures: readonly Figure[],
  claims: readonly ClaimSuggestion[],
  voice: Mention,
): ClaimSuggestion[] {
  const { text, tokens } = read;
  const found: ClaimSuggestion[] = [];
  for (const sentence of read.sentences) {
    const words = tokens.slice(sentence.first, sentence.last + 1).filter((t) => t.text.trim());
    const first = words[0];
    const last = words.at(-1) as Token | undefined;
    if (!first || !last || !words.some((t) => t.pos === "VERB" || t.pos === "AUX")) continue;
    let start = first.start;
    let end = last.end;
    while (start < end && /[\s"“‘(]/.test(text[start] ?? "")) start += 1;
    while (end > start && /[\s.!?"”’)]/.test(text[end - 1] ?? "")) end -= 1;
    if (end - start < 20 || claims.some((c) => c.start < end && c.end > start)) continue;
    const about = mentions.filter((m) => m.start >= start && m.end <= end && m !== voice);
    if (about.length === 0) continue;
    const quote = text.slice(start, end);
    let stance: Stance = "asserts";
    if (forecastWords.test(quote)) stance = "forecasts";
    else if (estimateWords.test(quote)) stance = "estimates";
    const figure = figures.find((f) => f.start >= start && f.end <= end) ?? null;
    found.push({ start, end, quote, stance, claimant: voice, referent: null, about, figure });
  }
  return found;
}
