/**
 * Partial dates as the intervals they span, as the server reads them (server/src/model/dates.ts, decision 0022):
 * "2023-09" is the whole month. The page keeps its own copy because web/ never imports server code.
 */

/** A partial date's first and last day, ISO, both inclusive. */
export interface DaySpan {
  start: string;
  end: string;
}

const partialDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The span of "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null when the text is none of them. */
export function spanOf(text: unknown): DaySpan | null {
  if (typeof text !== "string") return null;
  const match = partialDate.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  if (d === undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, "0")}` };
  return Number(d) > last ? null : { start: `${y}-${m}-${d}`, end: `${y}-${m}-${d}` };
}

/** Days since 1970-01-01 of an ISO day, for placing spans on the strip. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
