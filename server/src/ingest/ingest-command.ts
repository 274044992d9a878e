import { userInfo } from "node:os";
import { basename, extname } from "node:path";
import neo4j from "neo4j-driver";
import { type ReadQuery, readLexicon } from "../analyze/read-lexicon.js";
import type { TextAnalysis } from "../analyze/types.js";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import { withNeo4j } from "../neo4j/with-neo4j.js";
import { addSource, sourceTextProblem } from "./add-source.js";
import { readDocument } from "./read-document.js";

/** What `kgx ingest` may be told about the source besides its file. */
export interface IngestOptions {
  name?: string;
  publisher?: string;
  publishedOn?: string;
  url?: string;
  kind?: string;
}

/**
 * `kgx ingest <file>`: reads a report (.txt, .md, .html, .pdf), stores it as a source with its full text through
 * the code addSource runs, and prints what the analysis suggests. Progress goes to stderr, the summary to stdout.
 * The file is read and checked before Neo4j is started, so a bad file costs nothing and stores nothing.
 */
export async function runIngestCommand(
  file: string,
  options: IngestOptions,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  log(`reading ${basename(file)}`);
  const { text, title } = await readDocument(file);
  const problem = sourceTextProblem(text);
  if (problem) throw new UserError(`${basename(file)}: ${problem}`);
  log(`read ${text.length.toLocaleString("en")} characters`);
  const name = options.name ?? title ?? basename(file, extname(file));
  await withNeo4j(config, log, async (db) => {
    log("reading kgx's entities");
    // LIMIT takes only Integers, and JavaScript numbers reach Cypher as floats.
    const read: ReadQuery = async (query, params) => {
      const ints = Object.entries(params).map(([k, v]) => [
        k,
        Number.isInteger(v) ? neo4j.int(v as number) : v,
      ]);
      const { records } = await db.query(query, Object.fromEntries(ints), "READ");
      return records.map((record) => record.toObject());
    };
    const lexicon = await readLexicon(read);
    log(`storing and analysing against ${lexicon.entries.length} entities`);
    const who = userInfo().username || "kgx ingest";
    const { id, analysis } = await addSource(
      (work) => db.write(work),
      lexicon,
      {
        name,
        text,
        publisher: options.publisher,
        publishedOn: options.publishedOn,
        url: options.url,
        sourceKind: options.kind,
      },
      { who, via: "ingest" },
    );
    process.stdout.write(summary(id, text, analysis));
  });
}

/** The analysis as a few lines a person reads: counts, then each claim with its claimant. */
export function summary(id: string, text: string, analysis: TextAnalysis): string {
  const known = analysis.mentions.filter((m) => m.entity).length;
  const lines = [
    `${id}: stored ${text.length.toLocaleString("en")} characters`,
    `mentions: ${analysis.mentions.length} (${known} of known entities, ${analysis.mentions.length - known} to check)`,
    `figures: ${analysis.figures.length}, dates: ${analysis.dates.length}, claims: ${analysis.claims.length}`,
    ...analysis.claims.map((claim) => {
      const who = claim.claimant.entity?.name ?? claim.claimant.text;
      const quote = claim.quote.length > 100 ? `${claim.quote.slice(0, 97)}...` : claim.quote;
      return `  ${claim.stance} (${who}): "${quote}"`;
    }),
  ];
  return `${lines.join("\n")}\n`;
}
