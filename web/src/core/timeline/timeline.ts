import type { GraphCache, GraphNode } from "../graph/types";
import type { TimeWindow } from "../view/types";
import { type DaySpan, spanOf } from "./dates";

/** The strip's two lanes: when things happened (events, transfers) and when they were said (claims, sources). */
export type StripLane = "happened" | "said";

/** A dated node as the strip draws it. */
export interface StripItem {
  id: string;
  name: string;
  kind: string;
  lane: StripLane;
  span: DaySpan;
  /** The date as written ("2023-09"), and whether the source only implies it. */
  label: string;
  inferred: boolean;
}

/** The source a claim is REPORTED_IN, among the nodes the page has. */
function sourceOf(cache: GraphCache, claimId: string): GraphNode | undefined {
  for (const edge of Object.values(cache.edges)) {
    if (edge.source === claimId && edge.type === "REPORTED_IN") return cache.nodes[edge.target];
  }
  return undefined;
}

/**
 * When a claim was said: its statedOn, else its source's publishedOn (then inferred), else unknown. The server
 * says so with the claim (`said`), so the answer holds when the page has not loaded the source (a deep link);
 * the cache is read only for a node that came without it.
 */
export function saidOn(cache: GraphCache, claim: GraphNode): { text: string; inferred: boolean } | null {
  if (claim.said) {
    const [date] = claim.said.dates;
    return date === undefined ? null : { text: date, inferred: claim.said.inferred };
  }
  const stated = claim.properties.statedOn;
  if (typeof stated === "string")
    return { text: stated, inferred: claim.properties.statedOnInferred === true };
  const published = sourceOf(cache, claim.id)?.properties.publishedOn;
  return typeof published === "string" ? { text: published, inferred: true } : null;
}

/** The node's place on the strip, or null when it has no date. */
export function stripItem(cache: GraphCache, node: GraphNode): StripItem | null {
  const p = node.properties;
  const at = (text: unknown, inferred: unknown, lane: StripLane, end?: unknown): StripItem | null => {
    const span = spanOf(text);
    if (!span || typeof text !== "string") return null;
    const endSpan = spanOf(end);
    return {
      id: node.id,
      name: node.name,
      kind: node.kind,
      lane,
      span: endSpan ? { start: span.start, end: endSpan.end } : span,
      label: endSpan ? `${text} – ${String(end)}` : text,
      inferred: inferred === true,
    };
  };
  switch (node.kind) {
    case "event":
      return at(p.date, p.dateInferred, "happened");
    case "transfer":
      return p.startDate
        ? at(p.startDate, p.startDateInferred, "happened", p.endDate)
        : at(p.endDate, p.endDateInferred, "happened");
    case "source":
      return at(p.publishedOn, p.publishedOnInferred, "said");
    case "claim": {
      const said = saidOn(cache, node);
      return said ? at(said.text, said.inferred, "said") : null;
    }
    default:
      return null;
  }
}

/** Whether a date ("2024-02", "2024-02-27") overlaps the window; a text that is no date is in every window. */
function dateInWindow(text: string | undefined, window: TimeWindow): boolean {
  const said = spanOf(text);
  if (!said) return true;
  return (window.from === null || said.end >= window.from) && (window.to === null || said.start <= window.to);
}

/**
 * Whether a claim was said within the window: its date overlaps it. An undated claim is in every window (it
 * cannot be shown to lie outside), as the server's asOf keeps it (docs/decisions/0023).
 */
export function claimInWindow(cache: GraphCache, claim: GraphNode, window: TimeWindow): boolean {
  return dateInWindow(saidOn(cache, claim)?.text, window);
}

/**
 * Whether a node stays on the canvas for the window: claims by their date; a transfer while a claim about it is
 * in the window, or it has none or an undated one (the server's `said` tells, whichever claims the page holds);
 * entities and sources always.
 */
export function inWindow(cache: GraphCache, node: GraphNode, window: TimeWindow | null): boolean {
  if (!window) return true;
  if (node.kind === "claim") return claimInWindow(cache, node, window);
  if (node.kind !== "transfer") return true;
  if (node.said) return node.said.undated || node.said.dates.some((date) => dateInWindow(date, window));
  const claims = Object.values(cache.edges)
    .filter((edge) => edge.type === "ABOUT" && edge.target === node.id)
    .map((edge) => cache.nodes[edge.source])
    .filter((claim): claim is GraphNode => claim !== undefined);
  return claims.length === 0 || claims.some((claim) => claimInWindow(cache, claim, window));
}

/** The dated nodes of the view, by start, the wider first at the same start (decision 0022). */
export function stripItems(cache: GraphCache, nodeIds: readonly string[]): StripItem[] {
  const items = nodeIds
    .map((id) => cache.nodes[id])
    .filter((node): node is GraphNode => node !== undefined)
    .map((node) => stripItem(cache, node))
    .filter((item): item is StripItem => item !== null);
  return items.sort(
    (a, b) =>
      a.span.start.localeCompare(b.span.start) ||
      b.span.end.localeCompare(a.span.end) ||
      a.id.localeCompare(b.id),
  );
}
