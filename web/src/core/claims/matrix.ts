import { claimDatesText } from "../details/format";
import type { GraphCache, GraphNode } from "../graph/types";
import { claimsAbout, figureText } from "./claims";

/** One cell of the claimants × transfers matrix: what this claimant says about this transfer. */
export interface MatrixCell {
  stance: string;
  figure: string | null;
  claimId: string;
  /** What the claim says, in words (the cell's tooltip). */
  text: string;
  /** When it was said and when its source was published, in words (the tooltip's end). */
  dates: string;
}

/** Claimants (rows) against transfers (columns), each cell the claims one makes about the other. */
export interface ClaimMatrix {
  claimants: GraphNode[];
  transfers: GraphNode[];
  cells: Record<string, MatrixCell[]>;
}

/** The key of a cell in `ClaimMatrix.cells`. */
export const cellKey = (claimantId: string, transferId: string) => `${claimantId}|${transferId}`;

/** The matrix for `transfers`, built from the claims about them in the cache. */
export function claimMatrix(cache: GraphCache, transfers: readonly GraphNode[]): ClaimMatrix {
  const claimants = new Map<string, GraphNode>();
  const cells: Record<string, MatrixCell[]> = {};
  for (const transfer of transfers) {
    for (const claim of claimsAbout(cache, transfer.id)) {
      for (const claimant of claim.claimants) {
        claimants.set(claimant.id, claimant);
        const key = cellKey(claimant.id, transfer.id);
        cells[key] = [
          ...(cells[key] ?? []),
          {
            stance: claim.stance,
            figure: figureText(claim),
            claimId: claim.id,
            text: claim.text,
            dates: claimDatesText(claim),
          },
        ];
      }
    }
  }
  const sorted = [...claimants.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { claimants: sorted, transfers: [...transfers], cells };
}
