import { foldText } from "../model/fold-text.js";

const maxTerms = 8;
const maxTermLength = 64;

/**
 * The English stop words of Lucene, which the `standard-folding` analyzer of `kgx_search` leaves out of the index
 * (cypher/schema.cypher). A query word among them can match nothing, so the query leaves it out too; a test checks
 * this list against the analyzer's own.
 */
export const indexStopWords: ReadonlySet<string> = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/**
 * The words of folded text: letters and digits of any script, kept together across a hyphen, dot, comma or
 * apostrophe between them (`won-sik`, `u.s`, `6,700`, `1.5`, `kyiv's`), as a person writes one word.
 */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:[\p{Pd}.,'·][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A word without its inner punctuation: `won-sik` → `wonsik`, `u.s` → `us`, `6,700` → `6700`. */
export function compactWord(word: string): string {
  return word.replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Which forms of each word a Lucene query holds: `exact`, only whole words (the cheapest query, and the first a
 * search asks); `prefix`, also the start of a word (a partial word); `typos`, also one typo, two in long words.
 */
export type QueryForms = "exact" | "prefix" | "typos";

/**
 * A Lucene query for the full-text index from what a person typed. The text is cut into words (see `wordsOf`) and
 * each word becomes a few forms built only from its letters and digits, so no Lucene syntax the user typed (`"`,
 * `(`, `AND`, `*`, `\`) ever reaches the parser. A word matches as written and as the index tokenised it (`"won-sik"`
 * is the phrase won sik, `"6,700"` one term) and joined (`wonsik`, `6700`, `eu`); with `prefix` also as a prefix (a
 * partial word) and with `typos` also fuzzily (one typo, two in long words); numbers match exactly, never as a
 * prefix or with a typo, so 6,800 does not find 6,700. Every word must match, and matches in names and aliases score
 * higher. Prefix and fuzzy terms make Lucene expand them over its term dictionary, so a search asks for them only
 * when the cheaper forms find too few (docs/decisions/0058-exact-first-search.md). Returns undefined when nothing
 * searchable is left.
 */
export function luceneQuery(text: string, forms: QueryForms): string | undefined {
  const words = wordsOf(foldText(text))
    .map((word) => word.slice(0, maxTermLength))
    .filter((word) => !indexStopWords.has(word))
    .slice(0, maxTerms);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const { exact, loose } = wordForms(word, forms === "typos");
      return forms === "exact" ? exactWordQuery(exact) : wordQuery(exact, loose);
    })
    .join(" AND ");
}

/** The queries a search may ask in turn; a later one is undefined when it would find nothing the one before did not. */
export interface SearchQueries {
  exact: string;
  prefix?: string;
  typos?: string;
}

/** The exact, prefix and typo queries for what a person typed (see `luceneQuery`), or undefined when nothing is left. */
export function searchQueries(text: string): SearchQueries | undefined {
  const exact = luceneQuery(text, "exact");
  if (exact === undefined) return undefined;
  const prefix = luceneQuery(text, "prefix") ?? exact;
  const typos = luceneQuery(text, "typos") ?? prefix;
  return {
    exact,
    ...(/[*~]/.test(outsidePhrases(prefix)) ? { prefix } : {}),
    ...(typos !== prefix ? { typos } : {}),
  };
}

/** A query with its quoted phrases taken out, where a `*` or `~` can only be kgx's own syntax. */
function outsidePhrases(query: string): string {
  return query.replace(/"[^"]*"/g, "");
}

interface WordForms {
  /** Forms that match whole index terms (or a phrase of them). */
  exact: string[];
  /** Prefix and fuzzy forms. */
  loose: string[];
}

function wordForms(word: string, typos: boolean): WordForms {
  const parts = word.split(/[^\p{L}\p{N}]/u).filter(Boolean);
  const joined = parts.join("");
  if (/^[\d.,]+$/u.test(word)) return { exact: numberForms(word, parts), loose: [] };
  if (parts.length === 1) {
    const exact = [word];
    const loose = word.length >= 2 ? [`${word}*`] : [];
    // 152mm as the article writes it: 152 mm.
    const spaced = word.replace(/(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/gu, " ");
    if (spaced !== word) exact.push(`"${spaced}"`);
    // An abbreviation written without dots (US) finds it written with them (U.S., indexed as u.s).
    else if (/^\p{L}{2,3}$/u.test(word)) exact.push(`"${[...word].join(".")}"`);
    if (typos && /^\p{L}{3,}$/u.test(word)) loose.push(`${word}~${word.length >= 7 ? 2 : 1}`);
    return { exact, loose };
  }
  // Written as typed, the index's analyzer cuts it as it cut the text: won-sik → the phrase "won sik", u.s → u.s.
  const exact = [`"${word}"`, joined];
  const loose: string[] = [];
  // An abbreviation's letters (e.u) are not a partial word.
  if (parts.some((part) => part.length > 1)) loose.push(`${joined}*`);
  // A possessive (kyiv's) also finds the name itself.
  if (/'s$/.test(word) && parts.length === 2) exact.push(parts[0] ?? joined);
  return { exact, loose };
}

/** 6,700 and 6700 find each other; 1.5 only finds 1.5. */
function numberForms(word: string, parts: string[]): string[] {
  const forms = [`"${word}"`];
  const digits = parts.join("");
  const grouped = /^\d{1,3}(,\d{3})+$/.test(word);
  if (grouped) forms.push(digits);
  if (/^\d{4,}$/.test(word)) forms.push(`"${word.replace(/\B(?=(\d{3})+$)/g, ",")}"`);
  return forms;
}

function wordQuery(exact: string[], loose: string[]): string {
  const any = [...exact, ...loose].join(" OR ");
  // A match in a name or an alias outranks the same word in a long claim text; a whole word outranks a prefix.
  return `(name:(${any})^8 OR aliases:(${any})^4 OR (${exact.join(" OR ")})^2 OR ${any})`;
}

/** The same weights with whole words only: each form once per field, nothing for Lucene to expand. */
function exactWordQuery(exact: string[]): string {
  const any = exact.join(" OR ");
  return `(name:(${any})^8 OR aliases:(${any})^4 OR (${any})^2)`;
}
