import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { normalQuote } from "../src/import/quote-span.js";
import { repoPath } from "../src/paths.js";
import { useArticleGraph } from "./article.js";
import { dataOf, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface SpannedClaim {
  id: string;
  quote: string;
  source: { id: string };
  quoteSpan: { start: number; end: number; source: { id: string; text: string | null } } | null;
}

describe("the source reader's data", () => {
  it("gives the article's text exactly as the file holds it", async () => {
    const answer = await post(yoga, `{ source(id: "source:time-nk-russia-arms") { text } }`);
    const source = dataOf<{ text: string | null }>(answer, "source");
    expect(source.text).toBe(readFileSync(repoPath("data", "sources", "time-nk-russia-arms.txt"), "utf8"));
  });

  it("places every claim of the article in the text, where the span's words are the claim's quote", async () => {
    const answer = await post(
      yoga,
      `{ claims(first: 100) { nodes { id quote source { id } quoteSpan { start end source { id text } } } } }`,
    );
    const claims = dataOf<{ nodes: SpannedClaim[] }>(answer, "claims").nodes;
    expect(claims.length).toBe(31);
    for (const claim of claims) {
      const span = claim.quoteSpan;
      expect(span, `${claim.id} has no quoteSpan`).not.toBeNull();
      const words = span?.source.text?.slice(span.start, span.end) ?? "";
      expect(normalQuote(words), claim.id).toBe(normalQuote(claim.quote));
    }
    // A claim reported in a cited report is placed in the article that quotes it.
    const yonhap = claims.find((claim) => claim.id === "claim:shin-6700-containers");
    expect(yonhap?.source.id).toBe("source:yonhap-shin-containers");
    expect(yonhap?.quoteSpan?.source.id).toBe("source:time-nk-russia-arms");
  });

  it("lists the claims quoted in a source in the order of its text, the cited reports' claims among them", async () => {
    const answer = await post(
      yoga,
      `{ source(id: "source:time-nk-russia-arms") { quotedClaims { id quoteSpan { start } } } }`,
    );
    const quoted = dataOf<{ quotedClaims: { id: string; quoteSpan: { start: number } }[] }>(
      answer,
      "source",
    ).quotedClaims;
    expect(quoted.length).toBe(31);
    const starts = quoted.map((claim) => claim.quoteSpan.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(quoted[0]?.id).toBe("claim:time-headline-exchange-accelerates");
    expect(quoted.map((claim) => claim.id)).toContain("claim:white-house-rail-tracking");
  });

  it("gives a transfer's route in travel order, not by id", async () => {
    const answer = await post(yoga, `{ transfer(id: "transfer:north-korea-arms-to-russia") { via { id } } }`);
    const via = dataOf<{ via: { id: string }[] }>(answer, "transfer").via.map((place) => place.id);
    expect(via).toEqual([
      "place:najin-port",
      "place:dunay-port",
      "place:russian-rail-network",
      "place:depots-near-ukraine",
    ]);
  });
});
