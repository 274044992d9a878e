/**
 * Partial dates as intervals. kgx keeps dates as precise as the source is: "2023-10-16" is a day, "2023-09" a
 * month, "2022" a year. Each is the interval it spans, so "2023-09" runs from 2023-09-01 to 2023-09-30 and an
 * "as of" date compares with the whole interval, not with an invented first of the month.
 * Order (docs/decisions/0022-partial-dates-as-intervals.md): by start, then the wider interval first (year before
 * month before day), so a year heads the things that happened within it.
 */

/** How precise a date is. */
export type DatePrecision = "day" | "month" | "year";

/** A partial date as the interval it spans; `start` and `end` are ISO days, both inclusive. */
export interface DateInterval {
  text: string;
  precision: DatePrecision;
  start: string;
  end: string;
}

const partialDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const widthRank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The interval of "YYYY", "YYYY-MM" or "YYYY-MM-DD", or undefined when the text is none of them or no real day. */
export function parsePartialDate(text: string): DateInterval | undefined {
  const match = partialDate.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { text, precision: "year", start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(m);
  const last = daysIn(year, month);
  if (d === undefined)
    return { text, precision: "month", start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last)}` };
  if (Number(d) > last) return undefined;
  return { text, precision: "day", start: `${y}-${m}-${d}`, end: `${y}-${m}-${d}` };
}

/** Like parsePartialDate, but a bad date is an error naming the field it came from. */
export function requirePartialDate(text: string, field: string): DateInterval {
  const interval = parsePartialDate(text);
  if (!interval) {
    throw new RangeError(`${field}: '${text}' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  return interval;
}

/** Sorts intervals by start, then the wider first (year, month, day), then by end: a total, stable order. */
export function compareIntervals(a: DateInterval, b: DateInterval): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const width = widthRank[a.precision] - widthRank[b.precision];
  if (width !== 0) return width;
  return a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

/** Whether something dated `date` could have happened (or been said) by `asOf`: it starts on or before asOf's end. */
export function startsBy(date: DateInterval, asOf: DateInterval): boolean {
  return date.start <= asOf.end;
}

/** Whether two intervals share at least one day. */
export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
