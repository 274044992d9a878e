import { foldText } from "../model/fold-text.js";
import { compactWord, indexStopWords, wordsOf } from "./search-query.js";

/** A node the full-text index found, with its Lucene score. */
export interface SearchHit<Node> {
  node: Node;
  id: string;
  labels: readonly string[];
  /** The node's name and aliases. */
  names: readonly string[];
  score: number;
}

/**
 * The tiers of a search answer, best first: an entity named exactly what was typed (its name or an alias, ignoring
 * case, accents, punctuation and spaces); an entity whose name or alias starts with it (`Ukrain`, `152 mm`); one
 * whose name or alias holds every typed word as a word or the start of one, in any order (`Wonsik Shin`); any other
 * entity (found in its description, or despite a typo); transfers; claims and sources.
 */
export const searchTiers = [
  "exact entity",
  "entity by prefix",
  "entity by words",
  "other entity",
  "transfer",
  "claim or source",
] as const;

/** Which of `searchTiers` a hit falls in, by its index. */
export function searchTier(query: string, hit: SearchHit<unknown>): number {
  if (hit.labels.includes("Entity")) {
    const typed = typedText(query);
    const names = hit.names.map(nameText);
    if (!typed.compact) return 3;
    if (names.some((name) => name.compact === typed.compact)) return 0;
    if (names.some((name) => name.compact.startsWith(typed.compact))) return 1;
    if (names.some((name) => hasEveryWord(typed, name))) return 2;
    return 3;
  }
  return hit.labels.includes("Transfer") ? 4 : 5;
}

/** Orders hits by tier, then by full-text score, then by id, so that equal queries give equal answers. */
export function rankSearchHits<Node>(query: string, hits: readonly SearchHit<Node>[]): SearchHit<Node>[] {
  const tiers = new Map(hits.map((hit) => [hit, searchTier(query, hit)]));
  return [...hits].sort(
    (a, b) =>
      (tiers.get(a) ?? 0) - (tiers.get(b) ?? 0) ||
      b.score - a.score ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

interface NameText {
  /** All letters and digits, folded: `Shin Won-sik` → `shinwonsik`. */
  compact: string;
  /** Its words compacted (`wonsik`) and their parts (`won`, `sik`). */
  words: string[];
}

function nameText(name: string): NameText {
  const words = wordsOf(foldText(name));
  return {
    compact: words.map(compactWord).join(""),
    words: words.flatMap((word) => [compactWord(word), ...word.split(/[^\p{L}\p{N}]/u)]),
  };
}

function typedText(query: string): NameText {
  const typed = nameText(query);
  const words = wordsOf(foldText(query)).map(compactWord);
  const significant = words.filter((word) => !indexStopWords.has(word));
  return { compact: typed.compact, words: significant.length > 0 ? significant : words };
}

function hasEveryWord(typed: NameText, name: NameText): boolean {
  return (
    typed.words.length > 0 &&
    typed.words.every((word) => name.words.some((nameWord) => nameWord.startsWith(word)))
  );
}
