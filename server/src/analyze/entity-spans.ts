import type { NlpEntity, ReadText, Token } from "./tokens.js";
import type { Span } from "./types.js";

/**
 * What dates.ts and figures.ts share: the number words both read ("a dozen years ago", "four cargo vessels"), and
 * the walk over wink's entities of some types, each widened by a word wink left out before it ("in September",
 * "$25 billion") and turned into a span of the text.
 */

/** Numbers written as words. "a" and "an" count one only where a count is expected. */
export const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  a: 1,
  an: 1,
};

/** One wink entity as token indices, `first` moved back over a leading word the caller accepted. */
export interface EntityRun {
  entity: NlpEntity;
  first: number;
  last: number;
  /** The entity's own tokens, without the leading word. */
  tokens: Token[];
  /** The leading word taken in, if any. */
  leading: Token | undefined;
}

/** The entities of `types` in text order, each widened by the token before it when `takesLeading` says so. */
export function* entityRuns(
  read: ReadText,
  types: ReadonlySet<string>,
  takesLeading: (before: Token, first: Token) => boolean = () => false,
): Generator<EntityRun> {
  for (const entity of read.entities) {
    if (!types.has(entity.type)) continue;
    const before = read.tokens[entity.first - 1];
    const own = read.tokens[entity.first] as Token;
    const leading = before && takesLeading(before, own) ? before : undefined;
    yield {
      entity,
      first: leading ? entity.first - 1 : entity.first,
      last: entity.last,
      tokens: read.tokens.slice(entity.first, entity.last + 1),
      leading,
    };
  }
}

/** The span of the text from token `first` to token `last`, inclusive. */
export function tokenSpan(read: ReadText, first: number, last: number): Span {
  const start = (read.tokens[first] as Token).start;
  const end = (read.tokens[last] as Token).end;
  return { start, end, text: read.text.slice(start, end) };
}
