import {
  compareIntervals,
  type DateInterval,
  type DatePrecision,
  overlaps,
  parsePartialDate,
} from "../model/dates.js";

/** The lanes of the timeline: what happened (events, transfers) and what was said (claims, sources). */
export const timelineLanes = ["event", "transfer", "claim", "source"] as const;
export type TimelineLane = (typeof timelineLanes)[number];

/** One dated node on the timeline; `date`..`endDate` is the interval it spans, `endDate` null for a single date. */
export interface TimelineEntry<N> {
  node: N;
  lane: TimelineLane;
  date: string;
  endDate: string | null;
  precision: DatePrecision;
  inferred: boolean;
  /** The whole span, start of `date` to end of `endDate` (or of `date`), for ordering and windows. */
  span: DateInterval;
}

/** A row of the named query `timeline`. */
export interface TimelineRow<N> {
  node: N;
  lane: string;
  date: string;
  endDate: string | null;
  inferred: boolean;
}

/**
 * Reads the rows as intervals, keeps those that overlap the window [from, to] (either end open), orders them as
 * docs/decisions/0022 says, and keeps the first `limit`. A stored date that is no partial date is skipped, not
 * guessed at: the integrity of stored dates is the import's job.
 */
export function buildTimeline<N>(
  rows: readonly TimelineRow<N>[],
  window: { from?: DateInterval | undefined; to?: DateInterval | undefined },
  limit: number,
): TimelineEntry<N>[] {
  const entries: TimelineEntry<N>[] = [];
  const windowSpan: DateInterval = {
    text: "window",
    precision: "day",
    start: window.from?.start ?? "0000-01-01",
    end: window.to?.end ?? "9999-12-31",
  };
  for (const row of rows) {
    const start = parsePartialDate(row.date);
    const end = row.endDate === null ? start : parsePartialDate(row.endDate);
    if (!start || !end || !(timelineLanes as readonly string[]).includes(row.lane)) continue;
    const span: DateInterval = { ...start, end: end.end };
    if (!overlaps(span, windowSpan)) continue;
    entries.push({
      node: row.node,
      lane: row.lane as TimelineLane,
      date: row.date,
      endDate: row.endDate,
      precision: start.precision,
      inferred: row.inferred,
      span,
    });
  }
  entries.sort((a, b) => compareIntervals(a.span, b.span) || a.lane.localeCompare(b.lane));
  return entries.slice(0, limit);
}
