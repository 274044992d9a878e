import { entityRuns, numberWords, tokenSpan } from "./entity-spans.js";
import type { ReadText, Token } from "./tokens.js";
import type { DateMention, DatePrecision } from "./types.js";

/**
 * Dates: wink's DATE entities as ISO dates. Absolute ones ("October 16, 2023", "February 2024", "2023") need
 * nothing else; relative ones ("this week", "Tuesday", "in September", "a dozen years ago") are resolved against
 * the date the text was published, and reports speak of the past: a bare month or weekday is the last one on or
 * before that date, unless a word ("by", "next", "until") points ahead. Without a publication date they are left out.
 */

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const monthAbbreviations = months.map((m) => m.slice(0, 3));
const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const counts: Record<string, number> = { ...numberWords, "a dozen": 12, several: 3, few: 3 };
const ahead = /\b(by|next|until|till|coming|before)\b/;

/** A publication date as a UTC day, or the precision it has. */
export interface Anchor {
  day: Date;
  precision: "day" | "month" | "year";
}

/** Reads `publishedOn` (YYYY-MM-DD, YYYY-MM or YYYY); undefined when absent or not a date. */
export function anchorOf(publishedOn: string | null | undefined): Anchor | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(publishedOn?.trim() ?? "");
  if (!match) return undefined;
  const [, y, m, d] = match;
  const day = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  if (Number.isNaN(day.getTime())) return undefined;
  return { day, precision: d ? "day" : m ? "month" : "year" };
}

const pad = (n: number) => String(n).padStart(2, "0");
function iso(year: number, month: number | undefined, day: number | undefined): string {
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month + 1)}` : `${year}-${pad(month + 1)}-${pad(day)}`;
}
function dated(date: Date, precision: DatePrecision): { date: string; precision: DatePrecision } {
  const y = date.getUTCFullYear();
  if (precision === "year") return { date: String(y), precision };
  if (precision === "month") return { date: iso(y, date.getUTCMonth(), undefined), precision };
  return { date: iso(y, date.getUTCMonth(), date.getUTCDate()), precision };
}
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const mondayOf = (date: Date) => addDays(date, -((date.getUTCDay() + 6) % 7));

/** The ISO date a date phrase means, or undefined when it cannot be resolved. */
export function resolveDate(
  phrase: string,
  anchor: Anchor | undefined,
): { date: string; precision: DatePrecision } | undefined {
  const words = phrase.toLowerCase().replace(/[,.]/g, " ").split(/\s+/).filter(Boolean);
  const year = words.map((w) => /^(1[89]\d\d|2[01]\d\d)$/.exec(w)?.[1]).find(Boolean);
  const monthIndex = words.findIndex((w) => months.includes(w) || monthAbbreviations.includes(w));
  const month =
    monthIndex >= 0
      ? Math.max(
          months.indexOf(words[monthIndex] as string),
          monthAbbreviations.indexOf(words[monthIndex] as string),
        )
      : -1;
  const dayWord = words.find((w) => /^([12]?\d|3[01])(st|nd|rd|th)?$/.test(w));
  const dayOfMonth = dayWord ? Number.parseInt(dayWord, 10) : undefined;
  if (year && month >= 0)
    return { date: iso(Number(year), month, dayOfMonth), precision: dayOfMonth ? "day" : "month" };
  if (year) return { date: year, precision: "year" };
  if (!anchor) return undefined;
  const at = anchor.day;
  const forward = ahead.test(phrase.toLowerCase());
  if (month >= 0) {
    const pubYear = at.getUTCFullYear();
    const pubMonth = at.getUTCMonth();
    const y = forward
      ? month >= pubMonth
        ? pubYear
        : pubYear + 1
      : month <= pubMonth
        ? pubYear
        : pubYear - 1;
    return { date: iso(y, month, dayOfMonth), precision: dayOfMonth ? "day" : "month" };
  }
  if (anchor.precision === "year") return undefined;
  const fine = anchor.precision === "day";
  const weekday = weekdays.findIndex((w) => words.includes(w));
  if (weekday >= 0) {
    if (!fine) return undefined;
    const back = (at.getUTCDay() - weekday + 7) % 7;
    return dated(addDays(at, forward ? (weekday - at.getUTCDay() + 7) % 7 : -back), "day");
  }
  if (words.includes("today")) return fine ? dated(at, "day") : undefined;
  if (words.includes("yesterday")) return fine ? dated(addDays(at, -1), "day") : undefined;
  if (words.includes("tomorrow")) return fine ? dated(addDays(at, 1), "day") : undefined;
  const shift = words.includes("last") || words.includes("past") ? -1 : words.includes("next") ? 1 : 0;
  const relative = shift !== 0 || words.includes("this") || words.includes("current");
  if (relative && words.includes("week"))
    return fine ? dated(addDays(mondayOf(at), 7 * shift), "week") : undefined;
  if (relative && words.includes("month")) {
    return dated(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + shift, 1)), "month");
  }
  if (relative && words.includes("year"))
    return dated(new Date(Date.UTC(at.getUTCFullYear() + shift, 0, 1)), "year");
  // "three years ago", "a dozen years ago": as precise as the unit.
  const agoMatch =
    /\b(a dozen|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozen|several|few|\d+) (day|week|month|year)s? ago\b/.exec(
      words.join(" "),
    );
  if (agoMatch) {
    const n = counts[agoMatch[1] as string] ?? Number(agoMatch[1]);
    const unit = agoMatch[2];
    if (unit === "year") return dated(new Date(Date.UTC(at.getUTCFullYear() - n, 0, 1)), "year");
    if (unit === "month")
      return dated(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - n, 1)), "month");
    if (!fine) return undefined;
    return dated(addDays(at, unit === "week" ? -7 * n : -n), unit === "week" ? "week" : "day");
  }
  return undefined;
}

/** Words wink leaves out of a DATE entity that still belong to the phrase ("in September", "a dozen years ago"). */
const leadingWords = new Set([
  "in",
  "on",
  "by",
  "since",
  "until",
  "last",
  "next",
  "this",
  "early",
  "late",
  "mid",
]);

const dateTypes: ReadonlySet<string> = new Set(["DATE"]);

/** The dates of a text that resolve, in text order. */
export function findDates(read: ReadText, publishedOn: string | null | undefined): DateMention[] {
  const anchor = anchorOf(publishedOn);
  const { text } = read;
  const dates: DateMention[] = [];
  const leads = (before: Token, first: Token) =>
    leadingWords.has(before.text.toLowerCase()) && !leadingWords.has(first.text.toLowerCase());
  for (const run of entityRuns(read, dateTypes, leads)) {
    const span = tokenSpan(read, run.first, run.last);
    const resolved = resolveDate(span.text, anchor);
    if (resolved) dates.push({ ...span, ...resolved });
  }
  // Days of a month that wink's model leaves out ("since January 15"), found by their shape.
  const monthName =
    "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  const shape = new RegExp(
    `\\b(?:${monthName}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|\\d{1,2} ${monthName}(?: \\d{4})?)\\b`,
    "g",
  );
  for (const match of text.matchAll(shape)) {
    const start = match.index;
    const end = start + match[0].length;
    if (dates.some((d) => d.start < end && d.end > start)) continue;
    const resolved = resolveDate(match[0], anchor);
    if (resolved) dates.push({ start, end, text: match[0], ...resolved });
  }
  return dates.sort((a, b) => a.start - b.start);
}
