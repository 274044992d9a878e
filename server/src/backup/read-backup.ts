import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { UserError } from "../errors.js";
import {
  type BackupManifest,
  backupFormat,
  checkEndLine,
  firstLine,
  parseManifestLine,
} from "./backup-format.js";

/** One statement of a backup, with the line it starts on (for messages). */
export interface BackupStatement {
  line: number;
  text: string;
  /** A constraint or index (run on its own), or an `UNWIND [...] AS row` of nodes or relationships. */
  kind: "schema" | "data";
  rows: number;
}

/** A backup file that has been read to its end line and found well formed; nothing was loaded yet. */
export interface CheckedBackup {
  file: string;
  /** The file as messages name it. */
  shown: string;
  manifest: BackupManifest;
  schema: BackupStatement[];
  /** Rows of all data statements: the restore's progress total. */
  rows: number;
}

/** The file is not a complete kgx backup; `line` says where. */
export class BackupFileError extends UserError {
  constructor(shown: string, line: number, problem: string) {
    super(`${shown}:${line}: ${problem}; nothing restored`);
  }
}

// Names as the exporter writes them in statement heads: always in backticks, a backtick doubled.
const name = "`(?:[^`]|``)*`";
const schemaStatement = new RegExp(
  `^CREATE (?:CONSTRAINT|(?:TEXT |POINT |FULLTEXT )?INDEX) ${name} IF NOT EXISTS FOR [^;]*$`,
);
// A node row is a map (`SET n = row`, backups written before decision 0059) or a list of columns, each set from
// `row[i]` or from its text by a temporal function.
const nodeColumn = `n\\.${name} = (?:row\\[\\d+\\]|(?:date|localdatetime|datetime|localtime|time)\\(row\\[\\d+\\]\\))`;
const nodeHead = new RegExp(
  `^CREATE \\(n(?::${name})*\\) SET (?:n = row|${nodeColumn}(?:, ${nodeColumn})*)$`,
);
const relationshipHead = new RegExp(
  [
    `^MATCH \\(a(?::${name})? \\{id: row\\[0\\]\\}\\)`,
    `MATCH \\(b(?::${name})? \\{id: row\\[1\\]\\}\\)`,
    `CREATE \\(a\\)-\\[r:${name}\\]->\\(b\\) SET r = coalesce\\(row\\[2\\], \\{\\}\\)$`,
  ].join("\n"),
);

/**
 * Reads a backup to its end without touching a database: the first line, the manifest, every statement (only the
 * shapes a kgx backup holds: schema statements, then `UNWIND` statements whose head creates nodes or relationships)
 * and the end line, which a truncated file lacks.
 */
export async function checkBackupFile(file: string, shown: string): Promise<CheckedBackup> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${shown}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  if (!info.isFile()) throw new UserError(`cannot read ${shown}: not a file`);
  let manifest: BackupManifest | undefined;
  const schema: BackupStatement[] = [];
  let rows = 0;
  for await (const item of readBackup(file, shown)) {
    if ("format" in item) manifest = item;
    else if (item.kind === "schema") schema.push(item);
    else rows += item.rows;
  }
  // readBackup ends with an error unless it has yielded the manifest.
  if (!manifest) throw new BackupFileError(shown, 1, "the header has no manifest line");
  return { file, shown, manifest, schema, rows };
}

/** The data statements of a checked backup, read again from the file (so memory does not grow with it). */
export async function* dataStatements(checked: CheckedBackup): AsyncGenerator<BackupStatement> {
  for await (const item of readBackup(checked.file, checked.shown))
    if (!("format" in item) && item.kind === "data") yield item;
}

async function* readBackup(file: string, shown: string): AsyncGenerator<BackupManifest | BackupStatement> {
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const fail = (line: number, problem: string) => new BackupFileError(shown, line, problem);
  let lineNo = 0;
  let manifest: BackupManifest | undefined;
  let inHeader = true;
  let ended = false;
  let statement: { line: number; lines: string[] } | undefined;
  let seenData = false;
  for await (const line of lines) {
    lineNo++;
    if (lineNo === 1) {
      if (line !== firstLine) throw fail(1, notBackup(line));
      continue;
    }
    if (inHeader) {
      if (line.startsWith("//")) {
        const parsed = parseManifestLine(line);
        if (typeof parsed === "string") throw fail(lineNo, parsed);
        if (parsed) {
          manifest = parsed;
          yield parsed;
        }
        continue;
      }
      if (!manifest) throw fail(lineNo, "the header has no manifest line");
      inHeader = false;
    }
    if (ended) {
      if (line.trim() !== "") throw fail(lineNo, "text after the backup's end line");
      continue;
    }
    if (!statement) {
      if (line.trim() === "") continue;
      if (line.startsWith("//")) {
        const end = checkEndLine(line, manifest as BackupManifest);
        if (end === "mismatch") throw fail(lineNo, "the end line does not match the counts of the manifest");
        ended = end === "ok";
        continue;
      }
    }
    if (line === ";") {
      if (!statement) continue;
      const parsed = classify(statement.line, statement.lines);
      if ("problem" in parsed) throw fail(parsed.line, parsed.problem);
      if (parsed.kind === "schema" && seenData) throw fail(parsed.line, "a schema statement after the data");
      seenData ||= parsed.kind === "data";
      statement = undefined;
      yield parsed;
      continue;
    }
    if (statement) statement.lines.push(line);
    else statement = { line: lineNo, lines: [line] };
  }
  if (lineNo === 0) throw fail(1, "the file is empty, not a kgx backup");
  if (inHeader) throw fail(lineNo, "the file ends in its header: it is cut short");
  if (statement) throw fail(statement.line, "this statement has no ';' line: the file is cut short");
  if (!ended) throw fail(lineNo, "the file ends without the backup's end line: it is cut short");
}

function notBackup(line: string): string {
  const format = /^\/\/ kgx backup, format (\d+)$/.exec(line)?.[1];
  if (format) return `a kgx backup of format ${format}; this kgx reads format ${backupFormat}`;
  return `not a kgx backup (its first line should be '${firstLine}')`;
}

/** A statement's kind and rows, or where and what is wrong with it. */
function classify(line: number, lines: string[]): BackupStatement | { line: number; problem: string } {
  const text = lines.join("\n");
  if (lines.length === 1 && schemaStatement.test(text)) return { line, text, kind: "schema", rows: 0 };
  if (lines[0] !== "UNWIND [")
    return {
      line,
      problem: "not a statement of a kgx backup (a constraint, an index or UNWIND [ ... ] AS row)",
    };
  const close = lines.indexOf("] AS row");
  if (close < 2) return { line, problem: "an UNWIND statement without rows or without its '] AS row' line" };
  const rows = lines.slice(1, close);
  for (const [i, row] of rows.entries()) {
    const last = i === rows.length - 1;
    if (!/^[{[]/.test(row) || row.endsWith(",") === last)
      return {
        line: line + 1 + i,
        problem: "not a row of its statement (a map or a list, ending with ',' unless it is the last)",
      };
  }
  const head = lines.slice(close + 1).join("\n");
  if (!nodeHead.test(head) && !relationshipHead.test(head))
    return {
      line: line + close + 1,
      problem: "an UNWIND statement that creates neither nodes nor relationships as a kgx backup does",
    };
  return { line, text, kind: "data", rows: rows.length };
}
