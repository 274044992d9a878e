/**
 * The suggestions `analyzeText` makes for a text (docs/decisions/0090-text-analysis.md). Every span is a pair of
 * UTF-16 offsets into the analysed text, so `text.slice(start, end)` is the suggestion's `text` (or `quote`).
 */

/** An entity kgx already knows, as a mention names it. */
export interface EntityRef {
  id: string;
  name: string;
}

/** What the analyzer knows of an entity: its id, kind and every name it goes by. */
export interface LexiconEntry extends EntityRef {
  /** person, state, organization, place, item or event. */
  kind: string;
  aliases: readonly string[];
}

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A name in the text: an entity kgx knows (`entity`), a few it might be (`candidates`), or a new one. */
export interface Mention extends Span {
  kind: string;
  /** 0..1: how sure the analyzer is of `entity` (or, for a new entity, of `kind`). */
  score: number;
  entity: EntityRef | null;
  candidates: EntityRef[];
}

/** A number with its unit: "about 6,700 containers" is 6700 containers. */
export interface Figure extends Span {
  quantity: number;
  /** Normalised: km, mi, percent, USD, EUR, ..., else the counted thing in lower case ("containers"). */
  unit: string | null;
}

/** How precise a date is. */
export type DatePrecision = "day" | "week" | "month" | "year";

/** A date in the text, as ISO: YYYY-MM-DD (day, or the Monday of a week), YYYY-MM or YYYY. */
export interface DateMention extends Span {
  date: string;
  precision: DatePrecision;
}

/** How a claimant relates to what it says, as the model's claims name it. */
export type Stance = "asserts" | "denies" | "estimates" | "forecasts";

/** A clause reported with an attribution: who says it, how, and what it is about. */
export interface ClaimSuggestion {
  start: number;
  end: number;
  quote: string;
  stance: Stance;
  claimant: Mention;
  /** For a pronoun claimant ("he said"), the earlier mention it stands for. */
  referent: Mention | null;
  about: Mention[];
  figure: Figure | null;
}

/** Everything `analyzeText` suggests for one text, each list in text order. */
export interface TextAnalysis {
  mentions: Mention[];
  figures: Figure[];
  dates: DateMention[];
  claims: ClaimSuggestion[];
}
