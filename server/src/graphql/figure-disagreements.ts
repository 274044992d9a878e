import type { NodeRecord } from "./graph-records.js";
import { numberProp, stringProp } from "./node-props.js";

/** Claims that give different figures in the same unit for the same thing. */
export interface FigureDisagreement {
  unit: string;
  low: number;
  high: number;
  claims: NodeRecord[];
}

/**
 * Groups the claims that state a quantity by unit and keeps the units where they disagree. Figures in different
 * units (6,700 containers, 3 million shells) are not compared: nothing says how many shells fill a container.
 */
export function figureDisagreements(claims: readonly NodeRecord[]): FigureDisagreement[] {
  const byUnit = new Map<string, NodeRecord[]>();
  for (const claim of claims) {
    const quantity = numberProp(claim, "quantity");
    if (quantity === null) continue;
    const unit = stringProp(claim, "unit") ?? "";
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), claim]);
  }
  const disagreements: FigureDisagreement[] = [];
  for (const [unit, group] of [...byUnit].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...group].sort(
      (a, b) => (numberProp(a, "quantity") ?? 0) - (numberProp(b, "quantity") ?? 0),
    );
    const low = numberProp(sorted[0] as NodeRecord, "quantity") ?? 0;
    const high = numberProp(sorted.at(-1) as NodeRecord, "quantity") ?? 0;
    if (low !== high) disagreements.push({ unit, low, high, claims: sorted });
  }
  return disagreements;
}
