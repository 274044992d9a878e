import { beforeAll, describe, expect, it } from "vitest";
import { indexStopWords } from "../src/graphql/search-query.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { applySchema } from "../src/import/schema.js";
import { useArticleGraph } from "./article.js";
import { dataOf, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

async function search(query: string): Promise<string[]> {
  const answer = await post(yoga, "query($q: String!) { search(query: $q) { id } }", { q: query });
  expect(answer.errors).toBeUndefined();
  return dataOf<{ id: string }[]>(answer, "search").map((node) => node.id);
}

/** What a researcher types, and the node that must come first (null: nothing may match). */
const firstResults: [query: string, first: string | null][] = [
  // Places and states by another name the article uses.
  ["Pyongyang", "state:north-korea"],
  ["Kyiv", "state:ukraine"],
  ["Moscow", "state:russia"],
  ["the Kremlin", "state:russia"],
  ["North Korea", "state:north-korea"],
  ["south korea", "state:south-korea"],
  ["Najin", "place:najin-port"],
  ["Rajin", "place:najin-port"],
  ["Dunay", "place:dunay-port"],
  // People: hyphens, diacritics, another word order, a possessive.
  ["Shin Won-sik", "person:shin-wonsik"],
  ["Shin Wonsik", "person:shin-wonsik"],
  ["Wonsik Shin", "person:shin-wonsik"],
  ["won-sik shin", "person:shin-wonsik"],
  ["Shin Wŏnsik", "person:shin-wonsik"],
  ["Zelenský", "person:volodymyr-zelensky"],
  ["Kim", "person:kim-jong-un"],
  ["Kim Jong Un", "person:kim-jong-un"],
  ["Kyiv’s", "state:ukraine"],
  // Partial words and typos.
  ["Zelen", "person:volodymyr-zelensky"],
  ["Ukrain", "state:ukraine"],
  ["Vladimr Putn", "person:vladimir-putin"],
  ["Zelenskyy", "person:volodymyr-zelensky"],
  ["Najn", "place:najin-port"],
  ["Zelenksy", "person:volodymyr-zelensky"],
  ["artilery shells", "item:artillery-shells"],
  // Organisations, with and without dots.
  ["E.U.", "organization:european-union"],
  ["EU", "organization:european-union"],
  ["U.S.", "state:united-states"],
  ["US", "state:united-states"],
  ["Bank of Korea", "organization:bank-of-korea"],
  ["central bank", "organization:bank-of-korea"],
  ["Yonhap", "organization:yonhap"],
  ["White House", "organization:white-house"],
  // Items, by name and by another word for them.
  ["152mm", "item:152mm-artillery-shells"],
  ["152 mm", "item:152mm-artillery-shells"],
  ["ammunition", "item:artillery-shells"],
  ["Aurus limousine", "item:aurus-limousine"],
  ["u.s. military aid", "item:us-military-aid"],
  ["hard cash", "item:hard-cash"],
  // Events.
  ["Putin–Kim summit", "event:putin-kim-summit-september"],
  ["the invasion", "event:full-scale-invasion"],
  // Transfers by what they carry and where it goes.
  ["munitions to Russia", "transfer:north-korea-arms-to-russia"],
  ["food raw materials", "transfer:russia-supplies-to-north-korea"],
  ["shells to Ukraine", "transfer:eu-artillery-shells-to-ukraine"],
  // Figures as the article writes them, and as people type them.
  ["6,700", "claim:shin-6700-containers"],
  ["6700", "claim:shin-6700-containers"],
  ["6,700 containers", "claim:shin-6700-containers"],
  ["1.5 million", "claim:zelensky-1-5-million-shells"],
  ["$25 billion", "claim:bank-of-korea-economy-25-billion"],
  ["3 million 152 mm shells", "claim:shin-3-million-shells"],
  ["180 km", "claim:dunay-180-km-from-najin"],
  // Claims by a phrase of their quote, quotes typed or not.
  ['"poised to continue"', "claim:zelensky-pyongyang-poised-to-continue"],
  ["stabilize prices for necessities", "claim:shin-food-aid-stabilized-prices"],
  ["Cold War partners", "claim:time-new-partnership-since-invasion"],
  ["to sustain Putin’s aggression", "claim:time-transfer-jolts-economy"],
  // Nothing: words the article does not have, a figure it does not give, and words the index leaves out.
  ["Beijing", null],
  ["xyzzy", null],
  ["Lavrov", null],
  ["6,800 containers", null],
  ["6,701", null],
  ["2.5 million", null],
  ["the", null],
];

describe("search, as a researcher types", () => {
  it.each(firstResults)("%s → %s", async (query, first) => {
    const ids = await search(query);
    if (first === null) expect(ids).toEqual([]);
    else expect(ids[0]).toBe(first);
  });

  it("answers the same query with the same order every time", async () => {
    const once = await search("shells");
    expect(await search("shells")).toEqual(once);
    expect(once.length).toBeGreaterThan(3);
  });
});

describe("the full-text index", () => {
  it("leaves out exactly the stop words that the query leaves out", async () => {
    const { records } = await db().driver.executeQuery(
      "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords " +
        "WHERE analyzer = 'standard-folding' RETURN stopwords",
      {},
      db().queryConfig("READ"),
    );
    expect([...((records[0]?.get("stopwords") as string[] | undefined) ?? [])].sort()).toEqual(
      [...indexStopWords].sort(),
    );
  });

  it("is dropped and created again at start when a database still has it with the old analyzer", async () => {
    const write = db().queryConfig("WRITE");
    await db().driver.executeQuery("DROP INDEX kgx_search", {}, write);
    await db().driver.executeQuery(
      "CREATE FULLTEXT INDEX kgx_search FOR (n:Entity|Person|State|Organization|Place|Item|Event|Transfer|Claim|Source) " +
        "ON EACH [n.name, n.aliases, n.description, n.text, n.quote]",
      {},
      write,
    );
    await applySchema(db());
    const { records } = await db().driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'kgx_search' " +
        "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
      {},
      db().queryConfig("READ"),
    );
    expect(records.map((record) => record.get("analyzer"))).toEqual(["standard-folding"]);
    expect((await search("Pyongyang"))[0]).toBe("state:north-korea");
  });

  it("finds a name written with accents when it is typed without them", async () => {
    await db().driver.executeQuery(
      // As kgx's own writes create it: with the common label by which a search fetches the nodes it keeps.
      "CREATE (:Kgx:Entity:Place {id: 'place:krakow', name: 'Kraków', aliases: ['Cracovie']})",
      {},
      db().queryConfig("WRITE"),
    );
    expect((await search("Krakow"))[0]).toBe("place:krakow");
    expect((await search("krak"))[0]).toBe("place:krakow");
  });
});

describe("what a search returns for the nodes it keeps", () => {
  it("returns the entity named as typed whole, with its degree, even when another scores higher", async () => {
    // The works score higher (the word in their name and two aliases), but Qelm is named Zarnik: it comes first,
    // and it was not among the nodes the query sent whole, so the server fetches it by id.
    await db().driver.executeQuery(
      "CREATE (:Kgx:Entity:Organization {id: 'organization:zarnik-works', name: 'Works of Zarnik', " +
        "aliases: ['Zarnik Works', 'Zarnik Hall']}) " +
        "CREATE (q:Kgx:Entity:Person {id: 'person:qelm', name: 'Qelm', aliases: ['Zarnik']}) " +
        "CREATE (q)-[:LEADS]->(:Kgx:Entity:State {id: 'state:qelmland', name: 'Qelmland'})",
      {},
      db().queryConfig("WRITE"),
    );
    const answer = await post(
      yoga,
      "query($q: String!) { search(query: $q, first: 1) { id name degree properties } }",
      { q: "Zarnik" },
    );
    expect(answer.errors).toBeUndefined();
    expect(dataOf(answer, "search")).toEqual([
      {
        id: "person:qelm",
        name: "Qelm",
        degree: 1,
        properties: { id: "person:qelm", name: "Qelm", aliases: ["Zarnik"] },
      },
    ]);
    const both = await post(yoga, "query($q: String!) { search(query: $q) { id name } }", { q: "zarnik" });
    expect(dataOf(both, "search")).toEqual([
      { id: "person:qelm", name: "Qelm" },
      { id: "organization:zarnik-works", name: "Works of Zarnik" },
    ]);
  });
});
