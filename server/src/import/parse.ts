import { type Document, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type Dataset, datasetSchema } from "./dataset-schema.js";
import { formatPath, locate } from "./locate.js";
import { DatasetError, type DatasetProblem } from "./problems.js";
import { aliasBomb, escapedControlCharacters, rawControlCharacters } from "./yaml-guards.js";

/** A parsed and schema-valid dataset, with what is needed to point at any place in its text. */
export interface ParsedDataset {
  data: Dataset;
  doc: Document;
  lines: LineCounter;
  /** The file name as shown in messages. */
  file: string;
  /** The size of the text in UTF-8 bytes, which counts against the import limit with the source texts. */
  bytes: number;
}

/** Parses YAML text and validates it against the dataset schema, reporting every problem with its position. */
export function parseDataset(text: string, file: string): ParsedDataset {
  const raw = rawControlCharacters(text, file);
  if (raw.length > 0) throw new DatasetError(raw);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new DatasetError(
      doc.errors.map((error) => {
        const pos = lines.linePos(error.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          path: "",
          message: `YAML syntax: ${firstLine(error.message)}`,
        };
      }),
    );
  }
  const bomb = aliasBomb(doc, lines, file);
  if (bomb) throw new DatasetError([bomb]);
  const escaped = escapedControlCharacters(doc, lines, file);
  if (escaped.length > 0) throw new DatasetError(escaped);
  // aliasBomb has bounded the expansion, with a place to report; yaml's own limit counts differently and
  // throws without one, so it is off.
  const result = datasetSchema.safeParse(doc.toJS({ maxAliasCount: -1 }));
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => problemsOf(issue, doc, lines, file));
    throw new DatasetError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return { data: result.data, doc, lines, file, bytes: Buffer.byteLength(text) };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** One zod issue as problems at their places; an unknown-keys issue becomes one problem per key. */
export function problemsOf(
  issue: z.core.$ZodIssue,
  doc: Document,
  lines: LineCounter,
  file: string,
): DatasetProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => at([...issue.path, key], `unknown field '${key}'; check its spelling`));
  }
  const place = locate(doc, lines, issue.path);
  const field = String(issue.path.at(-1) ?? "");
  if (!place.found) {
    const wanted =
      issue.code === "invalid_type" ? issue.expected : expectation(issue.message).replace(/^expected /, "");
    return [at(issue.path, `missing required field '${field}': expected ${wanted}`)];
  }
  return [at(issue.path, expectation(issue.message))];

  function at(path: readonly PropertyKey[], message: string): DatasetProblem {
    const { line, column } = locate(doc, lines, path);
    return { file, line, column, path: formatPath(path), message };
  }
}

/** Zod's own messages start with "Invalid"; ours name the expectation, so they read "expected <it>". */
function expectation(message: string): string {
  if (/^(Invalid|Too|expected|missing)/i.test(message)) {
    return message.replace(/^Invalid [a-z ]+: /, "");
  }
  return `expected ${message}`;
}
