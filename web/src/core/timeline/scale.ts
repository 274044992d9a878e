import { dayNumber, isoDay } from "./dates";
import type { StripItem } from "./timeline";

/** The days the strip shows, first and last inclusive. */
export interface DayRange {
  first: number;
  last: number;
}

/** The range that holds every item, with a month either side; a year around today when there are none. */
export function fullRange(items: readonly StripItem[]): DayRange {
  if (items.length === 0) {
    const today = dayNumber(new Date().toISOString().slice(0, 10));
    return { first: today - 365, last: today };
  }
  const first = Math.min(...items.map((item) => dayNumber(item.span.start)));
  const last = Math.max(...items.map((item) => dayNumber(item.span.end)));
  return { first: first - 30, last: last + 30 };
}

/** The range zoomed by `factor` (below 1 zooms in) around `centre`, never narrower than two weeks. */
export function zoomRange(
  range: DayRange,
  factor: number,
  centre = (range.first + range.last) / 2,
): DayRange {
  const width = Math.max(14, (range.last - range.first) * factor);
  const share = (centre - range.first) / Math.max(1, range.last - range.first);
  const first = Math.round(centre - width * share);
  return { first, last: Math.round(first + width) };
}

/** Where a day lies across a strip `width` pixels wide. */
export function dayToX(day: number, range: DayRange, width: number): number {
  return ((day - range.first) / Math.max(1, range.last - range.first)) * width;
}

/** The ISO day at `x` pixels across the strip. */
export function xToIso(x: number, range: DayRange, width: number): string {
  return isoDay(Math.round(range.first + (x / Math.max(1, width)) * (range.last - range.first)));
}

/** Year ticks within the range (a tick each January 1st), for the strip's axis. */
export function yearTicks(range: DayRange): { year: number; day: number }[] {
  const from = Number(isoDay(range.first).slice(0, 4));
  const to = Number(isoDay(range.last).slice(0, 4));
  const ticks: { year: number; day: number }[] = [];
  for (let year = from; year <= to + 1 && ticks.length < 60; year++) {
    const day = dayNumber(`${year}-01-01`);
    if (day >= range.first && day <= range.last) ticks.push({ year, day });
  }
  return ticks;
}
