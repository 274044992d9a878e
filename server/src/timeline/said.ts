import DataLoader from "dataloader";
import type { RecordShape } from "neo4j-driver";

/**
 * When a claim, or the claims about a transfer, were said: what the page needs to apply a time window by the rule
 * of `asOf` (docs/decisions/0023, 0025) without holding every claim's source.
 */
export interface SaidDates {
  /** A claim: its statedOn, else its source's publishedOn. A transfer: those of the claims about it, each once. */
  dates: string[];
  /** A claim's date is implied, not printed (statedOnInferred, or taken from its source). */
  inferred: boolean;
  /** It stands at every date: a claim with no date; a transfer with an undated claim about it, or none. */
  undated: boolean;
  /** A claim's source's publishedOn, whatever the claim's own date. */
  publishedOn: string | null;
  publishedOnInferred: boolean;
}

type Read = (query: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

/** Reads one row of the named query `said`; the dates in order, as the strip and the window read them. */
export function toSaidDates(row: RecordShape): SaidDates {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    dates: (row.dates as unknown[]).map(String).sort(),
    inferred: row.inferred === true,
    undated: row.undated === true,
    publishedOn: text(row.publishedOn),
    publishedOnInferred: row.publishedOnInferred === true,
  };
}

/** A loader that answers every claim and transfer of one GraphQL answer in one call of the named query `said`. */
export function saidLoader(read: Read, query: string): DataLoader<string, SaidDates | null> {
  return new DataLoader(async (ids) => {
    const rows = await read(query, { ids: [...ids] });
    const found = new Map(rows.map((row) => [String(row.id), toSaidDates(row)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
