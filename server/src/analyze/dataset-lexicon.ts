import { entityKinds, kinds, listOfKind } from "../model/kinds.js";
import type { LexiconEntry } from "./types.js";

/**
 * The lexicon entries of a dataset file's entities (data/article.yaml, parsed): what the analyzer would read from
 * Neo4j after `kgx import`, for the unit tests and the bench, which run without a database.
 */
export function datasetLexicon(dataset: Record<string, unknown>): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const kind of entityKinds) {
    const list = listOfKind(kind);
    const records = list ? dataset[list] : undefined;
    if (!list || !Array.isArray(records)) continue;
    for (const record of records as Record<string, unknown>[]) {
      if (typeof record.id !== "string" || typeof record.name !== "string") continue;
      const aliases = Array.isArray(record.aliases) ? record.aliases.map(String) : [];
      entries.push({ id: record.id, name: record.name, aliases, kind: kinds[list].prefix });
    }
  }
  return entries;
}
