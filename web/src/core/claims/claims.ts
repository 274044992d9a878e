import type { GraphCache, GraphNode } from "../graph/types";
import type { ClaimView } from "./types";

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const optionalText = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;

/** Stances that say something happened or will (as opposed to `denies`). */
export const affirmingStances = new Set(["asserts", "estimates", "forecasts", "alleges", "reports"]);

/** The claim `id` joined with its claimants, source and subjects, from the cache. */
export function claimView(cache: GraphCache, id: string): ClaimView | null {
  const node = cache.nodes[id];
  if (node?.kind !== "claim") return null;
  const claimants: GraphNode[] = [];
  const about: string[] = [];
  let source: GraphNode | null = null;
  for (const edge of Object.values(cache.edges)) {
    if (edge.source !== id) continue;
    const target = cache.nodes[edge.target];
    if (edge.type === "CLAIMED_BY" && target) claimants.push(target);
    else if (edge.type === "REPORTED_IN" && target) source = target;
    else if (edge.type === "ABOUT") about.push(edge.target);
  }
  const { stance, quantity, unit, statedOn, statedOnInferred, quote, quoteIn } = node.properties;
  // A deep link may hold a claim without its source: the server's `said` still knows when that was published.
  const published = source
    ? {
        on: optionalText(source.properties.publishedOn),
        inferred: source.properties.publishedOnInferred === true,
      }
    : { on: node.said?.publishedOn ?? null, inferred: node.said?.publishedOnInferred === true };
  return {
    id,
    stance: text(stance) || "asserts",
    text: text(node.properties.text) || node.name,
    quote: text(quote),
    quantity: typeof quantity === "number" ? quantity : null,
    unit: optionalText(unit),
    statedOn: optionalText(statedOn),
    statedOnInferred: statedOnInferred === true,
    publishedOn: published.on,
    publishedOnInferred: published.inferred,
    quoteIn: optionalText(quoteIn),
    claimants,
    source,
    about,
  };
}

/** Every claim about `id`, figures first, then by date. */
export function claimsAbout(cache: GraphCache, id: string): ClaimView[] {
  const claims: ClaimView[] = [];
  for (const edge of Object.values(cache.edges)) {
    if (edge.type !== "ABOUT" || edge.target !== id) continue;
    const claim = claimView(cache, edge.source);
    if (claim) claims.push(claim);
  }
  return claims.sort(
    (a, b) =>
      Number(b.quantity !== null) - Number(a.quantity !== null) ||
      (a.statedOn ?? "").localeCompare(b.statedOn ?? "") ||
      a.id.localeCompare(b.id),
  );
}

/** A number as a reader says it: 6,700; 1.5 million; 25 billion. */
export function amount(value: number): string {
  const format = (scaled: number) => scaled.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (Math.abs(value) >= 1e9) return `${format(value / 1e9)} billion`;
  if (Math.abs(value) >= 1e6) return `${format(value / 1e6)} million`;
  return value.toLocaleString("en-US");
}

/** A claim's figure as a reader says it: "6,700 containers". */
export function figureText(claim: Pick<ClaimView, "quantity" | "unit">): string | null {
  if (claim.quantity === null) return null;
  return `${amount(claim.quantity)}${claim.unit ? ` ${claim.unit}` : ""}`;
}

/**
 * How many independent claimants affirm `id`. Independence is by claimant: two reports of one official's
 * words are one voice, however many outlets repeat them (docs/decisions/0043).
 */
export function affirmingClaimants(cache: GraphCache, id: string): number {
  const claimants = new Set<string>();
  for (const claim of claimsAbout(cache, id)) {
    if (!affirmingStances.has(claim.stance)) continue;
    for (const claimant of claim.claimants) claimants.add(claimant.id);
  }
  return claimants.size;
}
