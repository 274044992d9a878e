/** A token of a Cypher statement, as the console's text check sees it. */
export interface Token {
  kind: "word" | "quoted" | "string" | "number" | "parameter" | "symbol";
  /** Words as written; quoted names without their backticks; strings as written; one character for symbols. */
  text: string;
  /** Where it starts in the statement (0-based). */
  offset: number;
}

const wordStart = /[\p{L}_]/u;
const wordPart = /[\p{L}\p{N}_]/u;
const space = /\s/u;

/**
 * Splits a Cypher statement into tokens: comments and whitespace are dropped, strings and backtick-quoted names kept
 * whole. It is deliberately simple: it knows no grammar, so what it cannot read (an unclosed string or comment)
 * ends the statement, and Neo4j's own parser (through EXPLAIN) remains the judge of what the text means.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const start = i;
    if (space.test(c)) {
      i++;
    } else if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      i = closingQuote(text, i + 1, c);
      tokens.push({ kind: "string", text: text.slice(start, i), offset: start });
    } else if (c === "`") {
      let name = "";
      i++;
      // A doubled backtick is a backtick in the name.
      while (i < text.length) {
        if (text[i] === "`" && text[i + 1] === "`") {
          name += "`";
          i += 2;
        } else if (text[i] === "`") {
          i++;
          break;
        } else {
          name += text[i];
          i++;
        }
      }
      tokens.push({ kind: "quoted", text: name, offset: start });
    } else if (c === "$") {
      i++;
      while (i < text.length && wordPart.test(text[i] as string)) i++;
      tokens.push({ kind: "parameter", text: text.slice(start, i), offset: start });
    } else if (/[0-9]/.test(c)) {
      while (i < text.length && /[0-9a-zA-Z_.]/.test(text[i] as string)) {
        if (text[i] === "." && !/[0-9]/.test(text[i + 1] ?? "")) break;
        i++;
      }
      tokens.push({ kind: "number", text: text.slice(start, i), offset: start });
    } else if (wordStart.test(c)) {
      while (i < text.length && wordPart.test(text[i] as string)) i++;
      tokens.push({ kind: "word", text: text.slice(start, i), offset: start });
    } else {
      // One code point, so that a symbol outside the BMP stays whole.
      const symbol = String.fromCodePoint(text.codePointAt(i) ?? 0);
      i += symbol.length;
      tokens.push({ kind: "symbol", text: symbol, offset: start });
    }
  }
  return tokens;
}

/** The index just past the quote that closes a string opened before `from`, backslash escapes skipped. */
function closingQuote(text: string, from: number, quote: string): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/** Whether a token is the unquoted keyword `word` (keywords are case-insensitive). */
export function isKeyword(token: Token | undefined, word: string): boolean {
  return token?.kind === "word" && token.text.toUpperCase() === word;
}
