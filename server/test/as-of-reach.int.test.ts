import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { graphQueries } from "../src/graphql/queries.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { dataOf, post, testYoga } from "./graphql-support.js";

// `asOf` at depth 2 and 3 and on `paths` (docs/decisions/0024): what came later is not only left out, nothing is
// reached through it. Yonhap's report of 27 February 2024 is the later source of the article graph: as of the
// 26th its claims (dated by it) had not been made.

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

async function neighbourhood(id: string, depth: number, asOf?: string): Promise<string[]> {
  const args = `id: "${id}", depth: ${depth}, limit: 1000${asOf ? `, asOf: "${asOf}"` : ""}`;
  const answer = await post(yoga, `{ neighbourhood(${args}) { nodes { id } } }`);
  expect(answer.errors).toBeUndefined();
  return dataOf<{ nodes: { id: string }[] }>(answer, "neighbourhood").nodes.map((node) => node.id);
}

interface PathAnswer {
  nodes: { id: string }[];
  cypher: string;
}

async function paths(from: string, to: string, extra = ""): Promise<PathAnswer[]> {
  const answer = await post(yoga, `{ paths(from: "${from}", to: "${to}"${extra}) { nodes { id } cypher } }`);
  expect(answer.errors).toBeUndefined();
  return dataOf<PathAnswer[]>(answer, "paths");
}

const ids = (answers: PathAnswer[]) => answers.map((path) => path.nodes.map((node) => node.id));

// What had not been said by $asOf, by decision 0023's rule written out once more here: claims that start after it
// (their statedOn, else their source's publishedOn), and transfers every claim about which is such a claim.
const laterNodes = `
MATCH (c:Claim) OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH c, coalesce(toString(c.statedOn), toString(s.publishedOn)) AS said
WHERE said > $asOf
WITH collect(c) AS claims
OPTIONAL MATCH (t:Transfer) WHERE EXISTS { (t)<-[:ABOUT]-(:Claim) } AND all(c IN [(t)<-[:ABOUT]-(c:Claim) | c] WHERE c IN claims)
WITH claims, collect(t.id) AS transfers
RETURN [n IN claims | n.id] + transfers AS ids`;

describe("asOf along the way", () => {
  const summit = "event:putin-kim-summit-september";

  it("does not reach Shin Wonsik two steps from the summit through his claim Yonhap reported the next day", async () => {
    // Shin is two steps from the summit only through his claim that shipments sped up after it (Yonhap's).
    expect(await neighbourhood(summit, 2)).toEqual(
      expect.arrayContaining(["claim:shin-pace-accelerated-since-summit", "person:shin-wonsik"]),
    );
    const before = await neighbourhood(summit, 2, "2024-02-26");
    expect(before).not.toContain("claim:shin-pace-accelerated-since-summit");
    expect(before).not.toContain("person:shin-wonsik");
    expect(before).not.toContain("source:yonhap-shin-containers");
    expect(before).toContain("person:kim-jong-un");
    expect(await neighbourhood(summit, 2, "2024-02-27")).toContain("person:shin-wonsik");
  });

  it("answers depth 2 and 3 as of a date exactly as the graph without what came later answers them", async () => {
    const asOf = "2024-02-26";
    const [row] = (await db().query(laterNodes, { asOf }, "READ")).records;
    const later = new Set(row?.get("ids") as string[]);
    expect(later).toContain("claim:shin-6700-containers");
    const { records } = await db().query(
      "MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Change RETURN n.id AS id ORDER BY id",
      {},
      "READ",
    );
    const centres = records.map((record) => String(record.get("id"))).filter((id) => !later.has(id));

    const withAsOf = new Map<string, string[]>();
    for (const centre of centres) {
      for (const depth of [2, 3])
        withAsOf.set(`${centre} ${depth}`, await neighbourhood(centre, depth, asOf));
    }
    // The same questions, without asOf, of the graph with the later claims and transfers deleted; rolled back.
    const withoutLater = new Map<string, string[]>();
    const session = db().driver.session({ database: db().name });
    const tx = session.beginTransaction();
    try {
      await tx.run("UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n", { ids: [...later] });
      for (const centre of centres) {
        for (const depth of [2, 3]) {
          const params = { id: centre, limit: neo4j.int(1000), edgeTypes: null, asOf: null };
          const result = await tx.run(graphQueries.neighbourhood[depth - 1] as string, params);
          const nodes = result.records[0]?.get("nodes") as { properties: { id: string } }[];
          withoutLater.set(
            `${centre} ${depth}`,
            nodes.map((node) => node.properties.id),
          );
        }
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
    expect(withAsOf.size).toBeGreaterThan(100);
    expect(Object.fromEntries(withAsOf)).toEqual(Object.fromEntries(withoutLater));
    // The rollback left the article as it was.
    expect(await neighbourhood(summit, 2)).toContain("person:shin-wonsik");
  });
});

describe("asOf on paths", () => {
  it("finds the way from Shin to the summit around his later claim, through what TIME had said", async () => {
    const now = await paths(
      "person:shin-wonsik",
      "event:putin-kim-summit-september",
      ", includeClaims: true",
    );
    expect(ids(now)).toEqual([
      ["person:shin-wonsik", "claim:shin-pace-accelerated-since-summit", "event:putin-kim-summit-september"],
    ]);
    const before = await paths(
      "person:shin-wonsik",
      "event:putin-kim-summit-september",
      ', includeClaims: true, asOf: "2024-02-26"',
    );
    expect(before.length).toBeGreaterThan(0);
    for (const path of ids(before)) {
      expect(path).not.toContain("claim:shin-pace-accelerated-since-summit");
      expect(path.length).toBeGreaterThan(3);
    }
    expect(before[0]?.cypher).toMatch(/^\/\/ kgx: \d+ nodes and \d+ relationships as of 2024-02-26\n/);
  });

  it("has no path from the EU to Ukraine before anyone said the EU sent shells", async () => {
    const now = await paths("organization:european-union", "state:ukraine");
    expect(ids(now)).toEqual([
      ["organization:european-union", "transfer:eu-artillery-shells-to-ukraine", "state:ukraine"],
    ]);
    expect(await paths("organization:european-union", "state:ukraine", ', asOf: "2024-01"')).toEqual([]);
    expect(ids(await paths("organization:european-union", "state:ukraine", ', asOf: "2024-02"'))).toEqual(
      ids(now),
    );
  });

  it("refuses an asOf that is no date, naming the argument", async () => {
    const answer = await post(
      yoga,
      '{ paths(from: "state:russia", to: "state:ukraine", asOf: "2024-13") { truncated } }',
    );
    expect(answer.errors?.[0]?.message).toBe(
      "asOf: '2024-13' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY",
    );
  });
});

describe("when claims and transfers were said", () => {
  it("gives a claim its source's date and a transfer its claims' dates, without loading the sources", async () => {
    const answer = await post(
      yoga,
      `{ graph(ids: ["claim:shin-6700-containers", "claim:satellite-four-cargo-vessels", "transfer:eu-artillery-shells-to-ukraine", "transfer:north-korea-arms-to-russia", "state:russia"]) {
          nodes { id said { dates inferred undated publishedOn publishedOnInferred } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = dataOf<{ nodes: { id: string; said: unknown }[] }>(answer, "graph").nodes;
    const said = Object.fromEntries(nodes.map((node) => [node.id, node.said]));
    expect(said).toEqual({
      "claim:shin-6700-containers": {
        dates: ["2024-02-27"],
        inferred: true,
        undated: false,
        publishedOn: "2024-02-27",
        publishedOnInferred: true,
      },
      "claim:satellite-four-cargo-vessels": {
        dates: [],
        inferred: false,
        undated: true,
        publishedOn: null,
        publishedOnInferred: false,
      },
      "transfer:eu-artillery-shells-to-ukraine": {
        dates: ["2024-02"],
        inferred: false,
        undated: false,
        publishedOn: null,
        publishedOnInferred: false,
      },
      "transfer:north-korea-arms-to-russia": {
        dates: ["2024-02", "2024-02-27"],
        inferred: false,
        undated: true,
        publishedOn: null,
        publishedOnInferred: false,
      },
      "state:russia": null,
    });
  });
});
