import { describe, expect, it } from "vitest";
import { rankSearchHits, type SearchHit, searchTier, searchTiers } from "./search-rank.js";

function hit(id: string, labels: string[], names: string[], score: number): SearchHit<string> {
  return { node: id, id, labels, names, score };
}

const state = (id: string, names: string[], score = 1) => hit(id, ["Entity", "State"], names, score);
const claim = (id: string, score = 1) => hit(id, ["Claim"], [id], score);

describe("search ranking", () => {
  it("puts the entity named as typed before claims that score higher", () => {
    const hits = [
      claim("claim:pyongyang-poised", 9),
      claim("claim:interoperable", 8),
      state("state:north-korea", ["North Korea", "Pyongyang"], 2),
    ];
    expect(rankSearchHits("Pyongyang", hits).map((h) => h.id)).toEqual([
      "state:north-korea",
      "claim:pyongyang-poised",
      "claim:interoperable",
    ]);
  });

  it("ignores case, accents, punctuation and spaces when it compares names", () => {
    const shin = hit("person:shin", ["Entity", "Person"], ["Shin Wonsik"], 1);
    for (const typed of ["Shin Won-sik", "shin wŏnsik", "SHIN WONSIK"]) {
      expect(searchTiers[searchTier(typed, shin)]).toBe("exact entity");
    }
    expect(searchTiers[searchTier("Wonsik Shin", shin)]).toBe("entity by words");
    expect(searchTiers[searchTier("U.S.", state("state:us", ["United States", "US"]))]).toBe("exact entity");
    expect(searchTiers[searchTier("152mm", hit("item:152", ["Entity", "Item"], ["152 mm shells"], 1))]).toBe(
      "entity by prefix",
    );
  });

  it("orders entities, then transfers, then claims and sources, then by score and id", () => {
    const hits = [
      hit("source:b", ["Source"], ["B"], 5),
      claim("claim:a", 5),
      hit("transfer:t", ["Transfer"], ["Shells to Ukraine"], 1),
      state("state:ukraine", ["Ukraine"], 0.5),
      state("state:other", ["Somewhere"], 3),
    ];
    expect(rankSearchHits("Ukraine", hits).map((h) => h.id)).toEqual([
      "state:ukraine",
      "state:other",
      "transfer:t",
      "claim:a",
      "source:b",
    ]);
  });
});
