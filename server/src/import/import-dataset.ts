import { relative } from "node:path";
import { SingleBar } from "cli-progress";
import { findViolations } from "../model/integrity-checks.js";
import type { Database } from "../neo4j/database.js";
import { graphRows } from "./graph-rows.js";
import { IntegrityError } from "./integrity-error.js";
import { refuseOnMemoryLimit } from "./memory-limit.js";
import { parseDataset } from "./parse.js";
import { DatasetError } from "./problems.js";
import { locateQuotes, readSourceTexts } from "./quotes.js";
import { defaultMaxBytes, readDatasetText } from "./read-file.js";
import { checkReferences } from "./references.js";
import { applySchema } from "./schema.js";
import {
  type ImportSummary,
  pruneRelationships,
  recordImport,
  writeNodes,
  writeRelationships,
} from "./write-graph.js";

/** How to import. */
export interface ImportOptions {
  /** Where progress and the summary go, one line at a time. */
  log?: (line: string) => void;
  /** Show a progress bar on stderr for large files (the CLI turns it on in a terminal). */
  progress?: boolean;
  /** Refuse files larger than this many bytes (default 4 MiB), source texts included. */
  maxBytes?: number;
  /** Timeout of the one write transaction, in ms (default 10 minutes). */
  timeoutMs?: number;
}

/** A file is worth a progress bar from this many rows. */
const progressFrom = 5_000;

/**
 * Validates a dataset file completely (reporting every problem as a DatasetError), then writes it in one write
 * transaction and runs the integrity checks before committing; a violation rolls everything back
 * (IntegrityError). Importing the same file twice changes nothing.
 */
export async function importDataset(
  db: Database,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const log = options.log ?? (() => {});
  const shown = relative(process.cwd(), file) || file;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const text = await readDatasetText(file, shown, maxBytes);
  const parsed = parseDataset(text, shown);
  const { texts, problems: textProblems } = await readSourceTexts(parsed, file, maxBytes);
  const quotes = locateQuotes(parsed, texts);
  const problems = [...checkReferences(parsed), ...textProblems, ...quotes.problems];
  if (problems.length > 0)
    throw new DatasetError(problems.sort((a, b) => a.line - b.line || a.column - b.column));

  const { nodes, relationships } = graphRows(parsed.data, texts, quotes.spans);
  await applySchema(db);
  const total = nodes.length + relationships.length;
  const bar =
    options.progress && total >= progressFrom ? new SingleBar({ clearOnComplete: true }) : undefined;
  const work = refuseOnMemoryLimit(shown, async (tx) => {
    const result: ImportSummary = { nodes: {}, relationships: {} };
    bar?.start(total, 0);
    const progress = (rows: number) => bar?.increment(rows);
    await writeNodes(tx, nodes, result, progress);
    await pruneRelationships(tx, nodes, relationships, result);
    await writeRelationships(tx, relationships, result, progress);
    bar?.stop();
    await recordImport(tx, shown, result);
    const violations = await findViolations(tx);
    // Throwing inside the transaction function rolls it back; nothing of this import stays.
    if (violations.length > 0) throw new IntegrityError(violations);
    return result;
  });
  const summary = await db.write(work, options.timeoutMs ?? 600_000);
  for (const line of describeSummary(shown, summary)) log(line);
  return summary;
}

/** The summary as lines a person reads: totals, then counts by label and by relationship type. */
export function describeSummary(file: string, summary: ImportSummary): string[] {
  const sum = (groups: Record<string, Record<string, number>>, key: string) =>
    Object.values(groups).reduce((n, g) => n + (g[key] ?? 0), 0);
  const nodes = summary.nodes;
  const rels = summary.relationships;
  const head =
    `imported ${file}: nodes ${sum(nodes, "created")} created, ${sum(nodes, "updated")} updated, ` +
    `${sum(nodes, "unchanged")} unchanged; relationships ${sum(rels, "created")} created, ` +
    `${sum(rels, "updated")} updated, ${sum(rels, "unchanged")} unchanged, ${sum(rels, "deleted")} deleted`;
  const line = (name: string, counts: Record<string, number>) =>
    `  ${name}: ${Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}`;
  return [
    head,
    ...Object.entries(nodes)
      .sort()
      .map(([label, counts]) => line(`:${label}`, counts)),
    ...Object.entries(rels)
      .sort()
      .map(([type, counts]) => line(`[:${type}]`, counts)),
  ];
}
