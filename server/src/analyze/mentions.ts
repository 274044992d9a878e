import { type Lexicon, prefixLength, refOf } from "./lexicon.js";
import { looseWord, nameWords, variantWord } from "./name-keys.js";
import type { ReadText, Token } from "./tokens.js";
import type { Mention } from "./types.js";

/**
 * Mentions of entities: every phrase of the text that names an entity kgx knows (the longest first), then runs of
 * proper nouns that name none, as new people, organisations and places (a word around them says which, else a guess).
 */

const wordPos = new Set([
  "PROPN",
  "NOUN",
  "ADJ",
  "NUM",
  "VERB",
  "X",
  "DET",
  "ADP",
  "CCONJ",
  "PRON",
  "ADV",
  "AUX",
  "PART",
]);
/** Punctuation that may sit inside a name: "Won-sik", "U.S.", "Kim Yo-jong". */
const innerPunctuation = /^[\p{Pd}.'’]$/u;

function isWord(token: Token): boolean {
  return wordPos.has(token.pos) && /[\p{L}\p{N}]/u.test(token.text) && !/^['’]s$/i.test(token.text);
}

/** Finds the entities of the lexicon a text names, longest phrase first, in text order. */
export function knownMentions(read: ReadText, lexicon: Lexicon): Mention[] {
  const { tokens, text } = read;
  const words = tokens.map((token) => (isWord(token) ? nameWords(token.text) : []));
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isWord(first)) {
      i += 1;
      continue;
    }
    if (!lexicon.mayStart(firstLetters(words, i))) {
      i += 1;
      continue;
    }
    let matched = false;
    // Try the longest phrase starting here, then shorter ones.
    const ends: number[] = [];
    for (let j = i; j < tokens.length && ends.length < lexicon.longest; j += 1) {
      const token = tokens[j] as Token;
      if (j > i && /\n/.test(text.slice((tokens[j - 1] as Token).end, token.start))) break;
      if (isWord(token)) ends.push(j);
      else if (!innerPunctuation.test(token.text) && !/^['’]s$/i.test(token.text)) break;
    }
    for (const j of ends.reverse()) {
      const span = text.slice(first.start, (tokens[j] as Token).end);
      const phraseWords = words.slice(i, j + 1).flat();
      const found = lexicon.findWords(phraseWords, !/\p{Lu}/u.test(span));
      if (!found) continue;
      const [best] = found.entities;
      mentions.push({
        start: first.start,
        end: (tokens[j] as Token).end,
        text: span,
        kind: best?.kind ?? "item",
        score: Math.round(found.score * 100) / 100,
        entity: found.confident && best ? refOf(best) : null,
        candidates: found.confident ? [] : found.entities.slice(0, 3).map(refOf),
      });
      i = j + 1;
      matched = true;
      break;
    }
    if (!matched) i += 1;
  }
  return mentions;
}

/** The first letters of the phrases that start at token i, as each key level spells them. */
function firstLetters(words: readonly string[][], i: number): string[] {
  let exact = "";
  let variant = "";
  let loose = "";
  for (let k = i; k < words.length && k < i + 4 && exact.length < prefixLength; k += 1) {
    for (const word of words[k] ?? []) {
      exact += word;
      variant += variantWord(word);
      loose += looseWord(word);
    }
  }
  const first = words[i]?.[0] ?? "";
  return [exact, variant, loose, first].map((key) => key.slice(0, prefixLength));
}

const titles = new Set(
  "president minister prime defense defence foreign general gen mr mrs ms dr chairman secretary spokesman spokeswoman ambassador commander admiral colonel lt sen senator rep king queen leader chancellor premier envoy director governor mayor deputy vice chief".split(
    " ",
  ),
);
const organisationWords = new Set(
  "ministry agency bank news monitor watch observatory foundation network alliance coalition initiative council union committee corporation corp company inc ltd institute party army navy force forces office department service times post group association organization organisation university court assembly parliament commission fund reuters centre center command guard bureau administration".split(
    " ",
  ),
);
const placeWords = new Set(
  "port city province region river sea island islands strait bay oblast county district airport base station mountain peninsula harbour harbor".split(
    " ",
  ),
);
const calendarWords =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** "Russian", "Korean", "Chinese": adjectives of a people, not names of a thing. */
const demonym = /(ian|ean|ese|ish|ic)$/i;
const placePrepositions = new Set(["in", "at", "near", "from", "to", "via", "into", "across"]);
const speechVerbs = /^(said|says|told|tells|denied|denies|announced|stated|claimed|estimated)$/i;

/**
 * New names: runs of proper nouns that no known mention covers, with the kind a word around them gives (a title
 * before a person, "Ministry" in an organisation, "port" after a place), or a guess with a low score. Headings
 * (sentences mostly in capitals) are skipped: title case there says nothing about names.
 */
export function newMentions(read: ReadText, covered: readonly Mention[]): Mention[] {
  const { tokens, text } = read;
  // Which tokens a known mention covers, worked out in one pass over both (they are in text order).
  const coveredTokens = new Set<Token>();
  let m = 0;
  for (const token of tokens) {
    while (m < covered.length && (covered[m] as Mention).end <= token.start) m += 1;
    const mention = covered[m];
    if (mention && token.start < mention.end && token.end > mention.start) coveredTokens.add(token);
  }
  const isCovered = (token: Token) => coveredTokens.has(token);
  const mentions: Mention[] = [];
  for (const sentence of read.sentences) {
    const sentenceTokens = tokens.slice(sentence.first, sentence.last + 1).filter(isWord);
    const capitalised = sentenceTokens.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    if (sentenceTokens.length > 3 && capitalised / sentenceTokens.length > 0.6) continue; // a heading
    let k = sentence.first;
    while (k <= sentence.last) {
      const token = tokens[k] as Token;
      if (
        token.pos !== "PROPN" ||
        isCovered(token) ||
        !/^\p{Lu}/u.test(token.text) ||
        calendarWords.test(token.text)
      ) {
        k += 1;
        continue;
      }
      let last = k;
      while (last + 1 <= sentence.last) {
        const next = tokens[last + 1] as Token;
        const after = tokens[last + 2];
        const capitalised = /^\p{Lu}/u.test(next.text) && !isCovered(next);
        if (capitalised && (next.pos === "PROPN" || organisationWords.has(next.text.toLowerCase())))
          last += 1;
        else if (
          /^(of|for)$/.test(next.text) &&
          after &&
          /^\p{Lu}/u.test(after.text) &&
          after.pos === "PROPN" &&
          !isCovered(after) &&
          tokens.slice(k, last + 1).some((t) => organisationWords.has(t.text.toLowerCase()))
        )
          last += 2;
        else if (
          innerPunctuation.test(next.text) &&
          after &&
          isWord(after) &&
          !isCovered(after) &&
          next.start === (tokens[last] as Token).end &&
          after.start === next.end
        )
          last += 2;
        else break;
      }
      const run = tokens.slice(k, last + 1);
      const atSentenceStart = tokens.slice(sentence.first, k).every((t) => !isWord(t));
      const mention = classify(run, tokens[k - 1], tokens[last + 1], tokens[last + 2], text, atSentenceStart);
      if (mention) mentions.push(mention);
      k = last + 1;
    }
  }
  return consistentKinds(mentions);
}

/**
 * One kind per name in a text: each mention of a name takes the kind of its surest mention, and a word of a
 * person's name ("Shin" after "Shin Wonsik") is that person's.
 */
function consistentKinds(mentions: Mention[]): Mention[] {
  const best = new Map<string, Mention>();
  const personWords = new Set<string>();
  for (const mention of mentions) {
    const key = nameWords(mention.text).join(" ");
    const known = best.get(key);
    if (!known || mention.score > known.score) best.set(key, mention);
    const words = nameWords(mention.text);
    if (mention.kind === "person" && words.length > 1) for (const w of words) personWords.add(w);
  }
  return mentions.flatMap((mention) => {
    const words = nameWords(mention.text);
    const key = words.join(" ");
    const surest = best.get(key) ?? mention;
    if (words.length === 1 && personWords.has(key)) return [{ ...mention, kind: "person", score: 0.5 }];
    if (surest.score < 0.3) return [];
    return [{ ...mention, kind: surest.kind, score: Math.max(mention.score, surest.score) }];
  });
}

function classify(
  run: Token[],
  before: Token | undefined,
  after: Token | undefined,
  afterNext: Token | undefined,
  text: string,
  atSentenceStart: boolean,
): Mention | undefined {
  // "South Korean Defense Minister Shin Wonsik": the name is what follows the last title word.
  const isTitle = (t: Token) => titles.has(t.text.toLowerCase().replace(/\.$/, ""));
  let first = 0;
  for (let k = 0; k < run.length - 1; k += 1) if (isTitle(run[k] as Token)) first = k + 1;
  const name = run.slice(first);
  const lower = name.map((t) => t.text.toLowerCase());
  const start = (name[0] as Token).start;
  let end = (name.at(-1) as Token).end;
  let kind: string | undefined;
  if (demonym.test(lower.at(-1) ?? "")) return undefined;
  if (lower.some((w) => organisationWords.has(w))) kind = "organization";
  else if (lower.some((w) => placeWords.has(w))) kind = "place";
  else if (after && placeWords.has(after.text.toLowerCase())) {
    kind = "place";
    end = after.end;
  } else if (first > 0 || (lower.length > 1 && after && speechVerbs.test(after.text))) kind = "person";
  else if (before && placePrepositions.has(before.text.toLowerCase()) && lower.length <= 3) kind = "place";
  else if (lower.length > 1 && lower.length <= 3 && afterNext && speechVerbs.test(afterNext.text))
    kind = "person";
  let score = 0.5;
  // A heading or a notice in capitals ("TEST FIXTURE") is not a name.
  if (name.length > 1 && name.every((t) => t.text === t.text.toUpperCase())) return undefined;
  if (!kind) {
    // No word says what it is: a guess, for the curator to correct. Two or three words are most often a person's
    // name, one word a place (a country or a city).
    if (atSentenceStart && lower.length === 1) score = 0.2; // kept only if it is part of a person's name (below)
    if (lower.length > 3 || name.some((t) => !/^\p{L}/u.test(t.text) && !innerPunctuation.test(t.text)))
      return undefined;
    kind = lower.length === 1 ? "place" : "person";
    score = Math.min(score, 0.3);
  }
  if (titles.has(lower.at(-1) ?? "") || lower.every((w) => titles.has(w))) return undefined;
  return { start, end, text: text.slice(start, end), kind, score, entity: null, candidates: [] };
}
