import type { RecordShape } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import { prefixOf } from "../model/kinds.js";
import { Lexicon } from "./lexicon.js";

const lexiconQuery = namedQuery("queries/analysis.cypher", "lexicon");
const versionQuery = namedQuery("queries/analysis.cypher", "lexicon-version");

/** The most entities the analyzer reads; a larger graph is matched against the first of them by id. */
export const maxLexiconEntries = 100_000;

/** Reads one statement in a read transaction (GraphQLContext.read, or readRecords for the CLI). */
export type ReadQuery = (query: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

// Building the lexicon of a large graph takes longer than analysing a report, so the server keeps the last one
// until the graph's entities may have changed (docs/decisions/0091-name-matching.md).
let kept: { version: string; lexicon: Lexicon } | undefined;

/** kgx's entities as the analyzer's lexicon: read in a read transaction, or the one kept since the last change. */
export async function readLexicon(read: ReadQuery): Promise<Lexicon> {
  const [version] = await read(versionQuery, {});
  const key = `${String(version?.entities ?? "")}|${String(version?.lastChange ?? "")}`;
  if (kept?.version === key) return kept.lexicon;
  const records = await read(lexiconQuery, { limit: maxLexiconEntries });
  const lexicon = new Lexicon(
    records.map((record) => ({
      id: String(record.id),
      name: String(record.name),
      aliases: (record.aliases as unknown[]).map(String),
      kind: prefixOf(String(record.id)),
    })),
  );
  kept = { version: key, lexicon };
  return lexicon;
}
