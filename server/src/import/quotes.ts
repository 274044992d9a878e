import { formatPath, locate } from "./locate.js";
import type { ParsedDataset } from "./parse.js";
import type { DatasetProblem } from "./problems.js";
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

/**
 * Every claim whose quote does not occur verbatim in the text of its source, or, when that source has no text
 * of its own (a report the article cites), in the text of a source that cites it. Claims whose sources have no
 * known text are not checked.
 */
export function checkQuotes(parsed: ParsedDataset, texts: Map<string, string>): DatasetProblem[] {
  const citedBy = new Map<string, string[]>();
  for (const source of parsed.data.sources) {
    for (const cited of source.cites ?? []) citedBy.set(cited, [...(citedBy.get(cited) ?? []), source.id]);
  }
  const problems: DatasetProblem[] = [];
  parsed.data.claims.forEach((claim, i) => {
    const own = texts.get(claim.source);
    const candidates =
      own !== undefined ? [claim.source] : (citedBy.get(claim.source) ?? []).filter((s) => texts.has(s));
    if (candidates.length === 0) return;
    if (candidates.some((id) => texts.get(id)?.includes(claim.quote))) return;
    const path = ["claims", i, "quote"];
    const { line, column } = locate(parsed.doc, parsed.lines, path);
    problems.push({
      file: parsed.file,
      line,
      column,
      path: formatPath(path),
      message: `the quote of ${claim.id} does not occur verbatim in the text of ${candidates.join(" or ")}; expected the source's exact words`,
    });
  });
  return problems;
}
