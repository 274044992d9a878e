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
  /** Whether the date is implied by the source rather than printed in it. */
  statedOnInferred: boolean;
  /** When the claim's source was published: from the source when the page has it, else as the server said. */
  publishedOn: string | null;
  publishedOnInferred: boolean;
  /** The source whose text holds the quote (the claim's own, or the article citing it); null when none has. */
  quoteIn: string | null;
  claimants: GraphNode[];
  source: GraphNode | null;
  /** What the claim is about. */
  about: string[];
}
