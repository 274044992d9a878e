import type { ManagedTransaction } from "neo4j-driver";
import { validatedProperties } from "../../curation/properties.js";
import { type Author, createNode, linkNodes } from "../../curation/writes.js";
import type { RelationshipType } from "../../model/relationships.js";
import { builder } from "../builder.js";
import { reload, writeChange } from "../curation.js";
import { notFound } from "../errors.js";
import { Claim } from "./claim.js";

/** A claim with its quote, who makes it, where, and what it is about. */
export const AddClaimInput = builder.inputType("AddClaimInput", {
  fields: (t) => ({
    id: t.id({ required: true, description: "claim:some-name" }),
    name: t.string({ required: true, description: "A short label for the claim" }),
    text: t.string({ required: true, description: "What is claimed, in your words" }),
    quote: t.string({
      required: true,
      description: "The source's own words; must occur verbatim in its text",
    }),
    stance: t.string({ required: true, description: "asserts, denies, estimates or forecasts" }),
    quantity: t.float(),
    unit: t.string(),
    statedOn: t.string({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
    claimedBy: t.idList({ required: true }),
    source: t.id({ required: true }),
    about: t.idList({ required: true }),
    contradicts: t.idList(),
  }),
});

const references = ["claimedBy", "source", "about", "contradicts"] as const;
const typeOf: Record<(typeof references)[number], RelationshipType> = {
  claimedBy: "CLAIMED_BY",
  source: "REPORTED_IN",
  about: "ABOUT",
  contradicts: "CONTRADICTS",
};

/**
 * Links a new claim to each node it names, under the model's rules (a claimant must be a person, state or
 * organization; a claim contradicts claims...); a missing node is NOT_FOUND, and either rolls the claim back.
 */
async function linkClaim(
  tx: ManagedTransaction,
  claim: string,
  links: [RelationshipType, string][],
  author: Author,
) {
  for (const [type, target] of links) {
    const written = await linkNodes(tx, { source: claim, type, target, props: {} }, author);
    if (written === undefined) throw notFound("node", target);
  }
}

builder.mutationField("addClaim", (t) =>
  t.field({
    type: Claim,
    description: "Adds a claim with its quote and source (needs the write token); it records who and when.",
    args: { input: t.arg({ type: AddClaimInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const props = validatedProperties("claims", { ...input }, references);
      const links = references.flatMap((field) => {
        const value = input[field];
        const ids = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
        return ids.map((id): [RelationshipType, string] => [typeOf[field], String(id)]);
      });
      const touched = [input.id, ...links.map(([, target]) => target)];
      await writeChange(ctx, touched, async (tx, who) => {
        const author = { who, via: "addClaim" };
        await createNode(tx, ["Claim"], props, author);
        await linkClaim(tx, input.id, links, author);
      });
      return reload(ctx, input.id);
    },
  }),
);
