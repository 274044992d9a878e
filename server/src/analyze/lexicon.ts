import { keysOfWords, nameWords } from "./name-keys.js";
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
const levels: { level: Level; score: number; confident: boolean }[] = [
  { level: "exact", score: 1, confident: true },
  { level: "order", score: 0.9, confident: true },
  { level: "variant", score: 0.85, confident: true },
  { level: "part", score: 0.75, confident: true },
  { level: "loose", score: 0.5, confident: false },
];

// Words that are never a name alone, even when a curator made them an alias.
const notNames = new Set(["a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her"]);

/** How many first letters of a key `mayStart` compares. */
export const prefixLength = 3;

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
      for (const name of namesOf(entry)) {
        const words = nameWords(name);
        if (words.length === 0 || (words.length === 1 && notNames.has(words[0] ?? ""))) continue;
        longest = Math.max(longest, words.length + 2);
        if (isProperName(name, entry.kind)) this.properNames.add(words.join(""));
        const keys = keysOfWords(words);
        this.add("exact", keys.exact, entry);
        this.add("order", keys.order, entry);
        this.add("variant", keys.variant, entry);
        this.add("loose", keys.loose, entry);
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

  /** The first letters of every key: a phrase whose own first letters are not among them names nothing. */
  private readonly starts = new Set<string>();

  /** Whether some name's key begins with these first letters of a phrase (any level); a cheap filter. */
  mayStart(firstLetters: readonly string[]): boolean {
    return firstLetters.some((letters) => this.starts.has(letters));
  }

  private add(level: Level, key: string, entry: LexiconEntry): void {
    if (!key) return;
    this.starts.add(key.slice(0, prefixLength));
    // Words in any order: a phrase may start with any word of the name.
    if (level === "order") for (const word of key.split(" ")) this.starts.add(word.slice(0, prefixLength));
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
    const keys = lowerCase ? { exact, order: "", variant: "", loose: "" } : keysOfWords(words);
    for (const { level, score, confident } of levels) {
      if (lowerCase && level !== "exact") break;
      if (level === "part" && words.length > 1) continue;
      const phraseKey = level === "part" ? exact : keys[level];
      if (!phraseKey) continue;
      const found = this.maps.get(level)?.get(phraseKey);
      if (!found) continue;
      const unique = found.length === 1;
      return { entities: found, score: unique ? score : score * 0.6, confident: confident && unique };
    }
    return undefined;
  }
}

/**
 * An entry's name and aliases, and each one-word alias with the name's generic tail: "Najin port" with the alias
 * "Rajin" is also "Rajin port".
 */
function namesOf(entry: LexiconEntry): string[] {
  const names = [entry.name, ...entry.aliases];
  const tail = /^\S+((?:\s+\p{Ll}+)+)$/u.exec(entry.name)?.[1];
  if (tail) for (const alias of entry.aliases) if (!/\s/.test(alias)) names.push(`${alias}${tail}`);
  return names;
}

/** A name written as a proper noun: capitalised, except item names, which are capitalised as labels ("Food"). */
function isProperName(name: string, kind: string): boolean {
  return kind === "item" ? /\p{Lu}/u.test(name.slice(1)) : /\p{Lu}/u.test(name);
}

/** An entry as the API shows it. */
export function refOf(entry: LexiconEntry): EntityRef {
  return { id: entry.id, name: entry.name };
}
