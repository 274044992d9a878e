/**
 * Folding names and text as kgx_search's analyzer folds them (cypher/schema.cypher), so that search, the analyzer's
 * name matching and anything else comparing spellings agree on what counts as the same word.
 */

/** Letters that Unicode does not decompose but Lucene's ASCII folding does. */
const extraFolds: Record<string, string> = {
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ı: "i",
  "’": "'",
  "‘": "'",
  ʼ: "'",
};

/**
 * Text folded as the index folds it: lower case, without accents (`Wŏnsik` → `wonsik`, `Ørsted` → `orsted`), with
 * typographic apostrophes made plain. Prefix and fuzzy terms are not folded by Lucene, so the query folds them.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øđðłßæœþı’‘ʼ]/g, (letter) => extraFolds[letter] ?? letter);
}
