import { amount } from "../claims/claims";
import type { ClaimView } from "../claims/types";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date of the model as a reader says it: "2024", "Feb 2024", "27 Feb 2024", with " (inferred)" when the source
 * implies it rather than prints it. Anything else is shown as it is.
 */
export function dateText(value: string, inferred = false): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = match?.[2] ? months[Number(match[2]) - 1] : undefined;
  const shown = !match
    ? value
    : match[3] && month
      ? `${Number(match[3])} ${month} ${match[1]}`
      : month
        ? `${month} ${match[1]}`
        : (match[1] as string);
  return inferred ? `${shown} (inferred)` : shown;
}

/**
 * Both dates of a claim in words, for a tooltip: "stated Feb 2024 (inferred), published 27 Feb 2024"; the
 * claim's own date, then its source's, either left out when unknown, "date unknown" when both are.
 */
export function claimDatesText(
  claim: Pick<ClaimView, "statedOn" | "statedOnInferred" | "publishedOn" | "publishedOnInferred">,
): string {
  const parts = [
    claim.statedOn ? `stated ${dateText(claim.statedOn, claim.statedOnInferred)}` : null,
    claim.publishedOn ? `published ${dateText(claim.publishedOn, claim.publishedOnInferred)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : "date unknown";
}

/** One fact of a node as the details list it: a label in words and its value as a reader says it. */
export interface Fact {
  key: string;
  label: string;
  value: string;
}

/**
 * Properties the facts leave out: the name (it is the title), what other parts of the panel show (quote, text,
 * a source's whole text), and the bookkeeping that only makes sense beside another value (`...Inferred`, the
 * quote's offsets). "All properties" still lists every one of them.
 */
const shownElsewhere = new Set([
  "id",
  "name",
  "quote",
  "text",
  "textFile",
  "quoteStart",
  "quoteEnd",
  "quoteIn",
]);

/** "publishedOn" → "Published on"; "yearlyEconomyUsd" → "Yearly economy usd". */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function valueText(key: string, value: unknown, properties: Record<string, unknown>): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return key === "lat" || key === "lon" ? String(value) : amount(value);
  if (Array.isArray(value)) return value.map(String).join(", ");
  const text = String(value);
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return dateText(text, properties[`${key}Inferred`] === true);
  return text;
}

/** A node's properties as facts a person reads: no ids, no raw flags, dates and numbers in words. */
export function factsOf(properties: Record<string, unknown>): Fact[] {
  return Object.entries(properties)
    .filter(([key, value]) => !shownElsewhere.has(key) && !key.endsWith("Inferred") && value !== null)
    .filter(([key]) => !(key.startsWith("created") || key.startsWith("updated")))
    .map(([key, value]) => ({ key, label: words(key), value: valueText(key, value, properties) }));
}
