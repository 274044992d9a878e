import { formatPath, locate } from "./locate.js";
import type { ParsedDataset } from "./parse.js";
import type { DatasetProblem } from "./problems.js";
import { findQuote, type QuoteSpan } from "./quote-span.js";
import { defaultMaxBytes } from "./read-file.js";
import { readTextInFolder, TextFileRefusal } from "./text-file.js";

/**
 * Reads the text of every source that names a `textFile`, which must be a regular file inside the dataset's
 * folder (see text-file.ts). Each refusal is a problem at that field. The texts share the import limit with
 * the dataset file: they are stored in the graph, in the same transaction.
 */
export async function readSourceTexts(
  parsed: ParsedDataset,
  datasetPath: string,
  maxBytes = defaultMaxBytes,
): Promise<{ texts: Map<string, string>; problems: DatasetProblem[] }> {
  const texts = new Map<string, string>();
  const problems: DatasetProblem[] = [];
  let left = maxBytes - parsed.bytes;
  for (const [i, source] of parsed.data.sources.entries()) {
    if (!source.textFile) continue;
    try {
      const text = await readTextInFolder(datasetPath, source.textFile, Math.max(0, left));
      texts.set(source.id, text);
      left -= Buffer.byteLength(text);
    } catch (error) {
      if (!(error instanceof TextFileRefusal)) throw error;
      const at = ["sources", i, "textFile"];
      const { line, column } = locate(parsed.doc, parsed.lines, at);
      problems.push({ file: parsed.file, line, column, path: formatPath(at), message: error.message });
    }
  }
  return { texts, problems };
}

/** A claim's quote located in a source's text: the offsets and the id of the source whose text holds them. */
export interface LocatedQuote extends QuoteSpan {
  in: string;
}

/**
 * Locates every claim's quote in the text of its source or, when that source has no text of its own (a report
 * the article cites), in the text of a source that cites it. A quote found verbatim in none of them is a problem
 * at the claim's `quote`, naming the claim; claims whose sources have no known text are neither located nor
 * checked. The rule stays verbatim (the integrity check `quote-not-in-source-text` says the same), but a quote
 * that differs only in typographic quotes or whitespace gets a message showing the text's own words.
 */
export function locateQuotes(
  parsed: ParsedDataset,
  texts: Map<string, string>,
): { spans: Map<string, LocatedQuote>; problems: DatasetProblem[] } {
  const citedBy = new Map<string, string[]>();
  for (const source of parsed.data.sources) {
    for (const cited of source.cites ?? []) citedBy.set(cited, [...(citedBy.get(cited) ?? []), source.id]);
  }
  const spans = new Map<string, LocatedQuote>();
  const problems: DatasetProblem[] = [];
  parsed.data.claims.forEach((claim, i) => {
    const own = texts.get(claim.source);
    const candidates =
      own !== undefined ? [claim.source] : (citedBy.get(claim.source) ?? []).filter((s) => texts.has(s));
    if (candidates.length === 0) return;
    for (const id of candidates) {
      const at = texts.get(id)?.indexOf(claim.quote) ?? -1;
      if (at >= 0) {
        spans.set(claim.id, { start: at, end: at + claim.quote.length, in: id });
        return;
      }
    }
    const path = ["claims", i, "quote"];
    const { line, column } = locate(parsed.doc, parsed.lines, path);
    problems.push({
      file: parsed.file,
      line,
      column,
      path: formatPath(path),
      message: `the quote of ${claim.id} does not occur verbatim in the text of ${candidates.join(" or ")}; ${nearMiss(claim.quote, candidates, texts)}`,
    });
  });
  return { spans, problems };
}

/** What to write instead: the text's own words when they differ only in quotes or whitespace, else the rule. */
function nearMiss(quote: string, candidates: readonly string[], texts: Map<string, string>): string {
  for (const id of candidates) {
    const text = texts.get(id) ?? "";
    const span = findQuote(text, quote);
    if (span)
      return `the text has ${JSON.stringify(text.slice(span.start, span.end))} (quotes or spaces differ)`;
  }
  return "expected the source's exact words";
}
