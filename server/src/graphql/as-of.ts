import { requirePartialDate } from "../model/dates.js";
import { badInput } from "./errors.js";

/** The description of every `asOf` argument. */
export const asOfDescription =
  "The graph as it stood on this date (YYYY-MM-DD, YYYY-MM or YYYY): claims stated later (or, without statedOn, " +
  "reported in a source published later) are left out, and so are transfers only those claims are about.";

/** Reads a date argument as the interval it spans, or refuses it with the argument's name and the accepted forms. */
export function dateArgument(name: string, value: string | null | undefined) {
  if (value === null || value === undefined) return undefined;
  try {
    return requirePartialDate(value.slice(0, 40), name);
  } catch (error) {
    throw badInput((error as Error).message, name);
  }
}

/**
 * The `$asOf` parameter of the named queries: the last day of the date given ("2024-02" → "2024-02-29"), since
 * something said within February was said as of February; null when no date is given.
 */
export function asOfParameter(value: string | null | undefined): string | null {
  return dateArgument("asOf", value)?.end ?? null;
}
