import { describe, expect, it } from "vitest";
import type { GraphNode } from "../graph/types";
import { groupEvidence, independentSources } from "./evidence";
import type { ClaimView } from "./types";

const party = (id: string, name: string): GraphNode => ({
  id,
  kind: "state",
  labels: ["State"],
  name,
  degree: 0,
  properties: {},
});
const time = { ...party("source:time", "TIME"), kind: "source", labels: ["Source"] };
const yonhap = { ...party("source:yonhap", "Yonhap"), kind: "source", labels: ["Source"] };
const shin = party("person:shin", "Shin Wonsik");
const nk = party("state:nk", "North Korea");
const ru = party("state:ru", "Russia");

const claim = (id: string, over: Partial<ClaimView>): ClaimView => ({
  id,
  stance: "asserts",
  text: id,
  quote: id,
  quantity: null,
  unit: null,
  statedOn: null,
  statedOnInferred: false,
  publishedOn: null,
  publishedOnInferred: false,
  quoteIn: "source:time",
  claimants: [shin],
  source: time,
  about: ["transfer:t"],
  ...over,
});

const claims = [
  claim("claim:containers", { quantity: 6700, unit: "containers", source: yonhap, stance: "estimates" }),
  claim("claim:shells", {
    quantity: 3_000_000,
    unit: "shells",
    source: yonhap,
    about: ["transfer:t", "claim:containers"],
  }),
  claim("claim:nk-denies", { stance: "denies", quote: "both deny it", claimants: [nk] }),
  claim("claim:ru-denies", { stance: "denies", quote: "both  deny it", claimants: [ru] }),
];

describe("evidence grouped as a researcher reads it", () => {
  it("folds the same words in one source into one card naming everyone who said them", () => {
    const inTime = groupEvidence(claims).find((group) => group.source?.id === "source:time");
    expect(inTime?.byClaimant.map((group) => group.claimants.map((c) => c.name))).toEqual([
      ["North Korea", "Russia"],
    ]);
    expect(inTime?.byClaimant[0]?.cards[0]?.claims.map((c) => c.id)).toEqual([
      "claim:nk-denies",
      "claim:ru-denies",
    ]);
  });

  it("shows a figure about another figure as a chain on the first one's card", () => {
    const inYonhap = groupEvidence(claims).find((group) => group.source?.id === "source:yonhap");
    const cards = inYonhap?.byClaimant[0]?.cards ?? [];
    expect(cards.map((card) => card.lead.id)).toEqual(["claim:containers"]);
    expect(cards[0]?.follows.map((c) => c.id)).toEqual(["claim:shells"]);
  });

  it("counts independent sources as distinct claimants who affirm, never deniers", () => {
    expect(independentSources(claims).map((c) => c.name)).toEqual(["Shin Wonsik"]);
  });
});
