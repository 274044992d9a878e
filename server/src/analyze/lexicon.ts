import {
  exactKey,
  looseKey,
  looseOfVariant,
  nameWords,
  orderKey,
  orderKeyOfWords,
  variantKey,
  variantOfExact,
} from "./name-keys.js";
import type { EntityRef, LexiconEntry } from "./types.js";

/**
 * kgx's entities indexed by every key of every name and alias (name-keys.ts), so that a phrase of the text is
 * looked up in a few map reads whatever the size of the graph.
 */

/** How a phrase matched: the entities it names, and how sure that is. */
export interface LexiconMatch {
  entities: LexiconEntry[];
  score: number;
  /** True when the match may name the entity (one entity, at a strict enough level). */
  confident: boolean;
}

type Level = "exact" | "order" | "variant" | "part" | "loose";
const levels: { level: Level; score: number; key: (name: string) => string; confident: boolean }[] = [
  { level: "exact", score: 1, key: exactKey, confident: true },
  { level: "order", score: 0.9, key: orderKey, confident: true },
  { level: "variant", score: 0.85, key: variantKey, confident: true },
  { level: "part", score: 0.75, key: exactKey, confident: true },
  { level: "loose", score: 0.5, key: looseKey, confident: false },
];

// Words that are never a name alone, even when a curator made them an alias.
const notNames = new Set(["a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her"]);

/** An index of entities by name keys. */
export class Lexicon {
  private readonly maps = new Map<Level, Map<string, LexiconEntry[]>>();
  /** Names and aliases written with a capital: a phrase in lower case does not match them ("us" is not "U.S."). */
  private readonly properNames = new Set<string>();
  /** The most words a name has, so that phrases longer than that are not looked up. */
  readonly longest: number;

  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const { level } of levels) this.maps.set(level, new Map());
    let longest = 1;
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const words = nameWords(name);
        if (words.length === 0 || (words.length === 1 && notNames.has(words[0] ?? ""))) continue;
        longest = Math.max(longest, words.length + 2);
        if (isProperName(name, entry.kind)) this.properNames.add(exactKey(name));
        for (const { level, key } of levels) {
          if (level === "part") continue;
          if (level === "loose" && exactKey(name).length < 5) continue;
          this.add(level, key(name), entry);
        }
      }
      // A person is often named by one part of the name: "Putin", "Shin" (Korean names put the family name first).
      const parts = nameWords(entry.name);
      if (entry.kind === "person" && parts.length > 1) {
        for (const part of [parts[0], parts.at(-1)]) {
          if (part && part.length >= 3) this.add("part", part, entry);
        }
        this.properNames.add(parts[0] ?? "");
        this.properNames.add(parts.at(-1) ?? "");
      }
    }
    this.longest = longest;
  }

  private add(level: Level, key: string, entry: LexiconEntry): void {
    if (!key) return;
    const map = this.maps.get(level);
    const list = map?.get(key);
    if (!list) map?.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }

  /** The entities a phrase names, at the strictest level it matches at; undefined when none. */
  find(phrase: string): LexiconMatch | undefined {
    return this.findWords(nameWords(phrase), !/\p{Lu}/u.test(phrase));
  }

  /**
   * The entities named by a phrase given as its folded words (nameWords), and whether it was written in lower case
   * (then it matches only names that are not proper nouns, and only exactly: "us" is not "U.S.").
   */
  findWords(words: readonly string[], lowerCase: boolean): LexiconMatch | undefined {
    const exact = words.join("");
    if (!exact) return undefined;
    if (lowerCase && this.properNames.has(exact)) return undefined;
    let variant = "";
    for (const { level, score, confident } of levels) {
      if (lowerCase && level !== "exact") break;
      let phraseKey = exact;
      if (level === "order") phraseKey = orderKeyOfWords(words);
      else if (level === "variant") phraseKey = variant = variantOfExact(exact);
      else if (level === "loose") phraseKey = exact.length >= 5 ? looseOfVariant(variant) : "";
      if (level === "part" && words.length > 1) continue;
      if (!phraseKey) continue;
      const found = this.maps.get(level)?.get(phraseKey);
      if (!found) continue;
      const unique = found.length === 1;
      return { entities: found, score: unique ? score : score * 0.6, confident: confident && unique };
    }
    return undefined;
  }
}

/** A name written as a proper noun: capitalised, except item names, which are capitalised as labels ("Food"). */
function isProperName(name: string, kind: string): boolean {
  return kind === "item" ? /\p{Lu}/u.test(name.slice(1)) : /\p{Lu}/u.test(name);
}

/** An entry as the API shows it. */
export function refOf(entry: LexiconEntry): EntityRef {
  return { id: entry.id, name: entry.name };
}
