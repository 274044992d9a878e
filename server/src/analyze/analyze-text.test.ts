import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoPath } from "../paths.js";
import { analyzeText, textProblem } from "./analyze-text.js";
import { datasetLexicon } from "./dataset-lexicon.js";
import { Lexicon } from "./lexicon.js";
import type { TextAnalysis } from "./types.js";

const read = (...path: string[]) => readFileSync(repoPath(...path), "utf8");
const lexicon = new Lexicon(datasetLexicon(parse(read("data", "article.yaml")) as Record<string, unknown>));
const article = read("data", "sources", "time-nk-russia-arms.txt");
const reports = ["ports-and-ships", "shells-and-denials", "aid-and-forecasts"].map((name) =>
  read("data", "test-reports", `${name}.txt`),
);

/** Every span of an analysis, with the text it claims to cover. */
function spans(analysis: TextAnalysis): { start: number; end: number; text: string }[] {
  return [
    ...analysis.mentions,
    ...analysis.figures,
    ...analysis.dates,
    ...analysis.claims.flatMap((c) => [
      { start: c.start, end: c.end, text: c.quote },
      c.claimant,
      ...c.about,
      ...(c.figure ? [c.figure] : []),
    ]),
  ];
}

const entityOf = (analysis: TextAnalysis, text: string) =>
  analysis.mentions.find((m) => m.text === text)?.entity?.id;

describe("analyzeText", () => {
  const analysis = analyzeText(article, lexicon, "2024-02-28");

  it("recognises the article's people, states and places by name and alias", () => {
    expect(entityOf(analysis, "Shin Wonsik")).toBe("person:shin-wonsik");
    expect(entityOf(analysis, "a top South Korean official")).toBe("person:shin-wonsik");
    expect(entityOf(analysis, "Pyongyang")).toBe("state:north-korea");
    expect(entityOf(analysis, "South Korea’s central bank")).toBe("organization:bank-of-korea");
    expect(entityOf(analysis, "Dunay")).toBe("place:dunay-port");
  });

  it("recognises spelling variants, case, diacritics, hyphens and word order", () => {
    const text =
      "Wonsik Shin spoke at Dunai. SHIN WON-SIK visited Rajin port, then Zelenskyy and Kyïv replied. Rajin is near.";
    const found = analyzeText(text, lexicon);
    expect(entityOf(found, "Wonsik Shin")).toBe("person:shin-wonsik");
    expect(entityOf(found, "SHIN WON-SIK")).toBe("person:shin-wonsik");
    expect(entityOf(found, "Dunai")).toBe("place:dunay-port");
    expect(entityOf(found, "Rajin port")).toBe("place:najin-port");
    expect(entityOf(found, "Zelenskyy")).toBe("person:volodymyr-zelensky");
    expect(entityOf(found, "Kyïv")).toBe("state:ukraine");
  });

  it("offers candidates instead of an entity when a spelling only loosely matches", () => {
    const found = analyzeText("Ships left Lajin overnight.", lexicon);
    const mention = found.mentions.find((m) => m.text === "Lajin");
    expect(mention?.entity).toBeNull();
    expect(mention?.candidates.map((c) => c.id)).toEqual(["place:najin-port"]);
  });

  it("does not take the pronoun 'us' for the United States", () => {
    const found = analyzeText("They told us that the U.S. agreed.", lexicon);
    expect(found.mentions.map((m) => m.text)).toEqual(["U.S."]);
  });

  it("suggests new people and organisations with a kind and no entity", () => {
    const found = analyzeText(reports[1] as string, lexicon, "2024-05-16");
    const person = found.mentions.find((m) => m.text === "Ilya Varenko");
    expect(person).toMatchObject({ kind: "person", entity: null });
    expect(found.mentions.find((m) => m.text === "Baltic Arms Monitor")?.kind).toBe("organization");
  });

  it("reads figures as a number and a normalised unit", () => {
    const figures = analysis.figures.map((f) => [f.text, f.quantity, f.unit]);
    expect(figures).toEqual([
      ["about 6,700 containers", 6700, "containers"],
      ["about 3 million rounds of 152 mm shells", 3_000_000, "shells"],
      ["about 30%", 30, "percent"],
      ["1 million artillery shells", 1_000_000, "artillery shells"],
      ["1.5 million artillery shells", 1_500_000, "artillery shells"],
      ["four cargo vessels", 4, "cargo vessels"],
      ["about 180 kilometers (110 miles)", 180, "km"],
      ["$25 billion", 25_000_000_000, "USD"],
    ]);
  });

  it("resolves relative dates against the publication date, towards the past", () => {
    const dates = analysis.dates.map((d) => [d.text, d.date, d.precision]);
    expect(dates).toEqual([
      ["in September", "2023-09", "month"],
      ["Tuesday", "2024-02-27", "day"],
      ["by March", "2024-03", "month"],
      ["this week", "2024-02-26", "week"],
      ["a dozen years ago", "2012", "year"],
      ["in September", "2023-09", "month"],
    ]);
    expect(
      analyzeText("On October 16, 2023 and in February 2024.", lexicon).dates.map((d) => d.date),
    ).toEqual(["2023-10-16", "2024-02"]);
  });

  it("leaves out relative dates when it does not know when the text was published", () => {
    expect(analyzeText(article, lexicon).dates.map((d) => d.text)).toEqual([]);
  });

  it("attributes claims to the mention that says them, with the stance of the verb", () => {
    const said = (who: string, stance: string, quoteStart: string) =>
      analysis.claims.some(
        (c) => c.claimant.entity?.id === who && c.stance === stance && c.quote.startsWith(quoteStart),
      );
    expect(said("person:shin-wonsik", "estimates", "North Korea is estimated to have sent")).toBe(true);
    expect(said("state:north-korea", "denies", "North Korea and Russia deny any arms transfers")).toBe(true);
    expect(said("state:russia", "denies", "North Korea and Russia deny any arms transfers")).toBe(true);
    expect(said("person:volodymyr-zelensky", "forecasts", "Pyongyang is poised to continue")).toBe(true);
    expect(said("organization:bank-of-korea", "estimates", "North Korea’s yearly economy")).toBe(true);
  });

  it("resolves 'he said' to the person who spoke last", () => {
    const claim = analysis.claims.find((c) => c.quote.startsWith("The food aid"));
    expect(claim?.claimant.text).toBe("he");
    expect(claim?.claimant.entity?.id).toBe("person:shin-wonsik");
    expect(claim?.referent?.text).toBe("Shin");
  });

  it("gives a sentence that attributes nothing to the publisher, when it is named, and to nobody otherwise", () => {
    const text =
      "Test fixture. Cargo ships left Rajin for Russia again this month. Shin Wonsik said the port was busy.";
    const own = analyzeText(text, lexicon, "2024-02-28", "TIME").claims;
    expect(own.map((c) => [c.quote, c.claimant.entity?.id ?? c.claimant.text])).toEqual([
      ["Cargo ships left Rajin for Russia again this month", "organization:time"],
      ["the port was busy", "person:shin-wonsik"],
    ]);
    expect(own[0]?.claimant.text).toBe("");
    const plain = analyzeText(text, lexicon, "2024-02-28").claims;
    expect(plain.map((c) => c.quote)).toEqual(["the port was busy"]);
    const named = analyzeText(`${text} More from TIME.`, new Lexicon([]), null, "TIME").claims[0];
    expect(named?.claimant.text).toBe("TIME");
  });

  it("gives offsets whose slice of the text is each suggestion's text, for the article and the test reports", () => {
    for (const [text, publishedOn] of [[article, "2024-02-28"], ...reports.map((r) => [r, "2024-04-10"])]) {
      const found = analyzeText(text as string, lexicon, publishedOn);
      for (const span of spans(found)) expect(text?.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("gives offsets whose slice is each suggestion's text for any mix of names, numbers and odd characters", () => {
    const pieces = fc.constantFrom(
      "Shin Wonsik said",
      " Kim’s",
      "Dunai",
      " 6,700 containers",
      " $25 billion",
      " about 30%",
      "😀",
      "é",
      "\n\n",
      ", ",
      ". ",
      "“quote”",
      " in September",
      " North Korea denied",
      " according to Yonhap",
      "U.S.",
      "\t",
      "Rajin port",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join("") + noise;
        for (const span of spans(analyzeText(text, lexicon, "2024-02-28"))) {
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("refuses an empty text and one longer than the limit, saying why", () => {
    expect(textProblem("  \n")).toMatch(/empty/);
    expect(textProblem("a".repeat(200_001))).toMatch(/200,001 characters; at most 200,000/);
    expect(textProblem(article)).toBeUndefined();
  });
});
