const maxTerms = 8;
const maxTermLength = 64;

/**
 * A Lucene query for the full-text index from what a person typed. The text is cut into words (letters and
 * digits of any script) so that no Lucene syntax the user typed (`"`, `(`, `AND`, `*`, `\`) ever reaches the
 * parser; each word matches exactly, as a prefix (a partial word) and, with `typos`, fuzzily (one typo, two in
 * long words); every word must match, and matches in names and aliases rank first. Fuzzy terms make Lucene walk
 * much of its term dictionary, so the search asks for them only when the exact and prefix query finds too few.
 * Returns undefined when nothing searchable is left.
 */
export function luceneQuery(text: string, typos: boolean): string | undefined {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => word.slice(0, maxTermLength))
    .slice(0, maxTerms);
  if (words.length === 0) return undefined;
  return words.map((word) => wordQuery(word, typos)).join(" AND ");
}

function wordQuery(word: string, typos: boolean): string {
  const forms = [word];
  if (word.length >= 2) forms.push(`${word}*`);
  if (typos && word.length >= 3) forms.push(`${word}~${word.length >= 7 ? 2 : 1}`);
  const any = forms.join(" OR ");
  // A match in a name or an alias outranks the same word in a long claim text.
  return `(name:(${any})^8 OR aliases:(${any})^4 OR ${word}^2 OR ${any})`;
}
