import type { GraphNode } from "../graph/types";
import { affirmingStances } from "./claims";
import type { ClaimView } from "./types";

/**
 * One card of evidence: a claim, the claims that say the same words in the same source folded into it (two
 * states denying in one sentence), and the figures that follow from it (6,700 containers → ≈3 million shells).
 */
export interface EvidenceCard {
  lead: ClaimView;
  /** Every claim folded into the card, the lead first. */
  claims: ClaimView[];
  /** The claimants of all of them, each once. */
  claimants: GraphNode[];
  /** Figure claims ABOUT the lead's figure, in the order they follow it; empty for most cards. */
  follows: ClaimView[];
}

/** The cards of one claimant (or of claimants who say something together) in one source. */
export interface ClaimantEvidence {
  key: string;
  claimants: GraphNode[];
  cards: EvidenceCard[];
}

/** The evidence of one source. */
export interface SourceEvidence {
  source: GraphNode | null;
  byClaimant: ClaimantEvidence[];
}

const quoteKey = (claim: ClaimView) =>
  `${claim.source?.id ?? ""}|${claim.quote.replace(/\s+/g, " ").trim().toLowerCase()}`;

/**
 * Figure chains, from the data: a figure claim ABOUT another figure claim follows from it (the containers'
 * capacity in shells is about the count of containers). Returns, per claim, the claims that follow it.
 */
export function figureChains(claims: readonly ClaimView[]): Map<string, ClaimView[]> {
  const figures = new Map(claims.filter((c) => c.quantity !== null).map((c) => [c.id, c]));
  const follows = new Map<string, ClaimView[]>();
  for (const claim of figures.values()) {
    for (const base of claim.about) {
      if (!figures.has(base) || base === claim.id) continue;
      follows.set(base, [...(follows.get(base) ?? []), claim]);
    }
  }
  return follows;
}

function fold(claims: readonly ClaimView[], chains: Map<string, ClaimView[]>): EvidenceCard[] {
  const following = new Set([...chains.values()].flat().map((c) => c.id));
  const cards = new Map<string, EvidenceCard>();
  for (const claim of claims) {
    if (following.has(claim.id)) continue;
    const key = quoteKey(claim);
    const card = cards.get(key);
    if (!card) {
      cards.set(key, { lead: claim, claims: [claim], claimants: [...claim.claimants], follows: [] });
      continue;
    }
    card.claims.push(claim);
    for (const c of claim.claimants) if (!card.claimants.some((k) => k.id === c.id)) card.claimants.push(c);
  }
  for (const card of cards.values()) card.follows = card.claims.flatMap((c) => chains.get(c.id) ?? []);
  return [...cards.values()];
}

/**
 * The claims about a node as a researcher reads them: by source, then by claimant, same words folded into one
 * card, figures that follow from another shown with it. Sources with more claims come first.
 */
export function groupEvidence(claims: readonly ClaimView[]): SourceEvidence[] {
  const cards = fold(claims, figureChains(claims));
  const bySource = new Map<string, SourceEvidence>();
  for (const card of cards) {
    const sourceKey = card.lead.source?.id ?? "";
    const group = bySource.get(sourceKey) ?? { source: card.lead.source, byClaimant: [] };
    bySource.set(sourceKey, group);
    const key = card.claimants
      .map((c) => c.id)
      .sort()
      .join("+");
    const claimant = group.byClaimant.find((g) => g.key === key);
    if (claimant) claimant.cards.push(card);
    else group.byClaimant.push({ key, claimants: card.claimants, cards: [card] });
  }
  const size = (group: SourceEvidence) => group.byClaimant.reduce((n, g) => n + g.cards.length, 0);
  return [...bySource.values()].sort(
    (a, b) => size(b) - size(a) || (a.source?.name ?? "").localeCompare(b.source?.name ?? ""),
  );
}

/**
 * The independent sources that back a node: the distinct claimants of its affirming claims (docs/decisions/0043:
 * two outlets repeating one official are one voice), by name. Denials never count.
 */
export function independentSources(claims: readonly ClaimView[]): GraphNode[] {
  const claimants = new Map<string, GraphNode>();
  for (const claim of claims) {
    if (!affirmingStances.has(claim.stance)) continue;
    for (const claimant of claim.claimants) claimants.set(claimant.id, claimant);
  }
  return [...claimants.values()].sort((a, b) => a.name.localeCompare(b.name));
}
