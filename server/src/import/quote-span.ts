/** Where a claim's quote lies in a source's text: UTF-16 offsets, `text.slice(start, end)`. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Typographic quotes and apostrophes, and the plain character each stands for when quotes are compared. */
const plainQuote: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
};

/**
 * `value` with typographic quotes made plain and every run of whitespace made one space, and for each of its
 * characters the offset in `value` it came from (so a match in the normal form maps back to the original).
 */
function normalForm(value: string): { normal: string; origin: number[] } {
  let normal = "";
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (/\s/.test(char)) {
      if (!inSpace) {
        normal += " ";
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    normal += plainQuote[char] ?? char;
    origin.push(i);
  }
  return { normal, origin };
}

/** A text compared as a quote is: typographic quotes plain, whitespace runs one space, no space at the ends. */
export function normalQuote(value: string): string {
  return normalForm(value).normal.trim();
}

/**
 * The first place `quote` occurs in `text`, up to typographic quotes and whitespace (a curly apostrophe in the
 * article matches a straight one in the dataset; a line break matches a space), or undefined when it does not.
 * The span starts and ends on the quote's first and last characters, never on the whitespace around it.
 */
export function findQuote(text: string, quote: string): QuoteSpan | undefined {
  const wanted = normalQuote(quote);
  if (wanted === "") return undefined;
  const { normal, origin } = normalForm(text);
  const at = normal.indexOf(wanted);
  if (at < 0) return undefined;
  const first = origin[at];
  const last = origin[at + wanted.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return { start: first, end: last + 1 };
}
