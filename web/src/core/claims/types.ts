import type { GraphNode } from "../graph/types";

/** One claim, joined with who made it and where it was reported. */
export interface ClaimView {
  id: string;
  stance: string;
  text: string;
  quote: string;
  quantity: number | null;
  unit: string | null;
  statedOn: string | null;
  claimants: GraphNode[];
  source: GraphNode | null;
  /** What the claim is about. */
  about: string[];
}
