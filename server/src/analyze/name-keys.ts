import { foldText } from "../model/fold-text.js";

/**
 * Keys under which a name is looked up, from strict to loose (docs/decisions/0091-name-matching.md). Two names
 * with the same key at a level are the same name at that level: `exact` ignores case, accents, spaces, hyphens and
 * apostrophes, as search does (decision 0021); `order` also ignores word order; `variant` also folds spellings that
 * transliteration makes differ; `loose` also the consonants Korean romanisation swaps.
 */

/** The folded words of a name, without possessive 's and punctuation: "Kyiv’s" → ["kyiv"]. */
export function nameWords(name: string): string[] {
  return (foldText(name).match(/[\p{L}\p{N}]+(?:['\p{Pd}.][\p{L}\p{N}]+)*/gu) ?? [])
    .map((word) => word.replace(/'s$/, "").replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((word) => word.length > 0);
}

/** "Shin Won-sik" → "shinwonsik". */
export function exactKey(name: string): string {
  return nameWords(name).join("");
}

/** "Wonsik Shin" and "Shin Wonsik" → "shin wonsik"; empty for a single word (exactKey covers it). */
export function orderKey(name: string): string {
  return orderKeyOfWords(nameWords(name));
}

/** orderKey of words already folded by nameWords. */
export function orderKeyOfWords(words: readonly string[]): string {
  return words.length > 1 ? [...words].sort().join(" ") : "";
}

// Spelling differences of transliteration, applied in order to a compact key: Dunai/Dunay, Djokovic/Jokovic,
// Pyongyang/Pjongjang, Kharkiv/Harkiv, Zelensky/Zelenskiy/Zelenskyy, Tchaikovsky/Chaikovsky, Koussevitzky/Kusevitsky.
const variantRules: [RegExp, string][] = [
  [/dzh|dj|zh/g, "j"],
  [/tch/g, "ch"],
  [/kh/g, "h"],
  [/ph/g, "f"],
  [/ck|q/g, "k"],
  [/tz|ts/g, "c"],
  [/ou|oo/g, "u"],
  [/ee/g, "i"],
  [/iy|yy|ij/g, "i"],
  [/y/g, "i"],
  [/(.)\1+/g, "$1"],
];

// Words repeat (in a text, and across the names of a graph): each word's keys are worked out once per process.
const variantCache = new Map<string, string>();
const looseCache = new Map<string, string>();
const cacheLimit = 500_000;

function cached(cache: Map<string, string>, word: string, make: (word: string) => string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = make(word);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(word, key);
  }
  return key;
}

/** One folded word with transliteration differences folded: "dunay" → "dunai", "zelenskyy" → "zelenski". */
export function variantWord(word: string): string {
  return cached(variantCache, word, (w) => {
    let key = w;
    for (const [pattern, replacement] of variantRules) key = key.replace(pattern, replacement);
    return key;
  });
}

/** A compact key with transliteration differences folded: "Dunay" = "Dunai", "Zelenskyy" = "Zelensky". */
export function variantKey(name: string): string {
  return nameWords(name).map(variantWord).join("");
}

// Korean romanisations also differ in consonants: Rajin/Najin (the initial-sound rule), Pusan/Busan, Kangwon/
// Gangwon, Taegu/Daegu, Chongjin/Jongjin, and in vowels: Shin Won-sik/Sin Weonsik. Too loose to be sure of a
// match, so a loose match only ever makes candidates.
const looseRules: [RegExp, string][] = [
  [/^[rl]/, "n"],
  [/sh/g, "s"],
  [/ch/g, "j"],
  [/g/g, "k"],
  [/b/g, "p"],
  [/d/g, "t"],
  [/eo|e/g, "o"],
  [/[aeiou]+/g, "a"],
];

/** One folded word at the loosest level: vowels and the consonants romanisations swap folded together. */
export function looseWord(word: string): string {
  return cached(looseCache, word, (w) => {
    let key = variantWord(w);
    for (const [pattern, replacement] of looseRules) key = key.replace(pattern, replacement);
    return key;
  });
}

/** The loosest key: "Rajin" = "Najin". */
export function looseKey(name: string): string {
  return nameWords(name).map(looseWord).join("");
}

/** Every key of a name given as its folded words (nameWords), strict to loose. */
export function keysOfWords(words: readonly string[]): {
  exact: string;
  order: string;
  variant: string;
  loose: string;
} {
  const exact = words.join("");
  return {
    exact,
    order: orderKeyOfWords(words),
    variant: words.map(variantWord).join(""),
    loose: exact.length >= 5 ? words.map(looseWord).join("") : "",
  };
}
