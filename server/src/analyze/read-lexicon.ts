import type { RecordShape } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import { prefixOf } from "../model/kinds.js";
import { Lexicon } from "./lexicon.js";

const lexiconQuery = namedQuery("queries/analysis.cypher", "lexicon");

/** The most entities the analyzer reads; a larger graph is matched against the first of them by id. */
export const maxLexiconEntries = 100_000;

/** Reads one statement in a read transaction (GraphQLContext.read, or readRecords for the CLI). */
export type ReadQuery = (query: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

/** kgx's entities as the analyzer's lexicon, read in one read transaction. */
export async function readLexicon(read: ReadQuery): Promise<Lexicon> {
  const records = await read(lexiconQuery, { limit: maxLexiconEntries });
  return new Lexicon(
    records.map((record) => ({
      id: String(record.id),
      name: String(record.name),
      aliases: (record.aliases as unknown[]).map(String),
      kind: prefixOf(String(record.id)),
    })),
  );
}
