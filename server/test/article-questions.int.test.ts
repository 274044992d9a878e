import { describe, expect, test } from "vitest";
import { namedQuery } from "../src/cypher/named-queries.js";
import { useArticleGraph } from "./article.js";

const db = useArticleGraph();

/** The rows a researcher sees when pasting the named question into Neo4j Browser, as plain values. */
async function ask(name: string): Promise<Record<string, unknown>[]> {
  const query = namedQuery("queries/article-questions.cypher", name);
  return db().read(async (tx) => {
    const result = await tx.run(query);
    return result.records.map((record) => plain(record.toObject()) as Record<string, unknown>);
  });
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    if ("toNumber" in value && typeof value.toNumber === "function") return value.toNumber();
    if (value.constructor.name === "Date") return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

describe("researcher questions about the article", () => {
  test("the 6,700-container figure comes from Defense Minister Shin Wonsik, reported by Yonhap and cited by TIME", async () => {
    expect(await ask("who-gave-the-container-figure")).toEqual([
      {
        quantity: 6700,
        unit: "containers",
        claimant: "Shin Wonsik",
        title: "South Korean Defense Minister",
        source: "Yonhap News",
        reportedOn: "2024-02-27",
        citedBy: ["TIME"],
        quote: "North Korea is estimated to have sent about 6,700 containers to Russia",
      },
    ]);
  });

  test("the ships run between Najin in North Korea and Dunay in Russia, about 180 km apart", async () => {
    const [route, ...others] = await ask("ports-and-distance");
    expect(others).toEqual([]);
    expect(route).toMatchObject({
      port: "Dunay port",
      portIn: "Russia",
      otherPort: "Najin port",
      otherPortIn: "North Korea",
      km: 180,
      cargoVessels: 4,
      seenIn: "Imagery from commercial satellites",
    });
    expect(route?.distanceQuote).toContain("about 180 kilometers (110 miles) away");
  });

  test("Russia sends food, raw materials and weapons parts, and military technology only as a forecast", async () => {
    expect(await ask("what-russia-sends-back")).toEqual([
      {
        transfer: "Russian food, raw materials and weapons parts to North Korea",
        status: "reported",
        condition: null,
        items: ["Food", "Parts used in weapons manufacturing", "Raw materials"],
      },
      {
        transfer: "More Russian military technology to North Korea, if the arms transfers grow",
        status: "forecast",
        condition: "if the arms transfers grow",
        items: ["Military technology"],
      },
    ]);
  });

  test("Shin's 3 million shells and Zelensky's 1.5 million disagree by 1.5 million, a factor of two", async () => {
    const rows = await ask("shell-figures-that-disagree");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      transfer: "North Korean munitions to Russia",
      higherClaimant: "Shin Wonsik",
      higher: 3_000_000,
      lowerClaimant: "Volodymyr Zelensky",
      lower: 1_500_000,
      difference: 1_500_000,
      ratio: 2,
    });
  });

  test("of the EU's 1 million pledged shells, about 30% (some 300,000) were sent, says Zelensky", async () => {
    expect(await ask("eu-shells-pledged-and-sent")).toEqual([
      {
        transfer: "The European Union's pledged artillery shells to Ukraine",
        status: "partial",
        pledged: 1_000_000,
        percentSent: 30,
        shellsSent: 300_000,
        claimant: "Volodymyr Zelensky",
      },
    ]);
  });

  test("North Korea and Russia deny the transfers, contradicting Shin, Zelensky, the White House and TIME", async () => {
    const contradicts = ["Shin Wonsik", "TIME", "Volodymyr Zelensky", "White House"];
    expect(await ask("who-denies-the-transfers")).toEqual([
      {
        denier: "North Korea",
        quote: "North Korea and Russia deny any arms transfers",
        transfer: "North Korean munitions to Russia",
        contradicts,
      },
      {
        denier: "Russia",
        quote: "North Korea and Russia deny any arms transfers",
        transfer: "North Korean munitions to Russia",
        contradicts,
      },
    ]);
  });

  test("Putin gave Kim one Aurus limousine, in TIME's words", async () => {
    expect(await ask("what-putin-gave-kim")).toEqual([
      {
        item: "Aurus limousine",
        quantity: 1,
        status: "reported",
        quotes: [
          "Putin has shown his appreciation, giving the North Korean leader a new Russian-made automobile",
          "The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation",
        ],
      },
    ]);
  });
});
