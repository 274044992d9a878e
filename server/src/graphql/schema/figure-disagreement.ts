import { builder } from "../builder.js";
import type { FigureDisagreement as Disagreement } from "../figure-disagreements.js";
import { Claim } from "./claim.js";

/** Claims that give different figures, in one unit, for one transfer. */
export const FigureDisagreement = builder.objectRef<Disagreement>("FigureDisagreement");

FigureDisagreement.implement({
  description: "Claims that give different figures, in one unit, for the same transfer; and by how much.",
  fields: (t) => ({
    unit: t.exposeString("unit"),
    low: t.exposeFloat("low"),
    high: t.exposeFloat("high"),
    difference: t.float({ description: "high - low", resolve: (d) => d.high - d.low }),
    ratio: t.float({
      nullable: true,
      description: "high / low (null when low is 0)",
      resolve: (d) => (d.low === 0 ? null : d.high / d.low),
    }),
    claims: t.field({ type: [Claim], description: "Lowest figure first.", resolve: (d) => d.claims }),
  }),
});
