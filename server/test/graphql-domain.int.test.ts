import { beforeAll, describe, expect, it } from "vitest";
import { readNamedQueriesIn } from "../src/cypher/named-queries.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import type { Database } from "../src/neo4j/database.js";
import { useArticleGraph } from "./article.js";
import { codes, dataOf, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface Page {
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

async function countOf(query: string): Promise<number> {
  const { records } = await db().driver.executeQuery(query, {}, db().queryConfig("READ"));
  return Number(records[0]?.get(0));
}

describe("the typed domain", () => {
  it("answers a transfer with its parties, items and quantities, route, claims and who says them", async () => {
    const answer = await post(
      yoga,
      `{ transfer(id: "transfer:north-korea-arms-to-russia") {
          name status from { id } to { id ... on State { transfersIn { id } } }
          items { item { id } quantity unit } via { id ... on Place { lat lon } }
          claims { id stance quote claimant { id name } source { id title } about { __typename id } }
      } }`,
    );
    const transfer = dataOf<Record<string, never>>(answer, "transfer") as unknown as {
      status: string;
      from: { id: string }[];
      to: { id: string; transfersIn: { id: string }[] }[];
      items: { item: { id: string } }[];
      via: { id: string; lat: number | null }[];
      claims: {
        id: string;
        stance: string;
        quote: string;
        claimant: { id: string };
        source: { id: string };
      }[];
    };
    expect(transfer.from.map((p) => p.id)).toEqual(["state:north-korea"]);
    expect(transfer.to[0]?.transfersIn.map((t) => t.id)).toContain("transfer:north-korea-arms-to-russia");
    expect(transfer.items.map((i) => i.item.id)).toContain("item:152mm-artillery-shells");
    expect(transfer.via.find((p) => p.id === "place:najin-port")?.lat).toBeTypeOf("number");
    const denial = transfer.claims.find((c) => c.id === "claim:russia-denies-arms-transfers");
    expect(denial).toMatchObject({ stance: "denies", claimant: { id: "state:russia" } });
    expect(denial?.quote.length).toBeGreaterThan(0);
  });

  it("tells which claims about a transfer disagree on a figure, and by how much", async () => {
    const answer = await post(
      yoga,
      `{ transfer(id: "transfer:north-korea-arms-to-russia") {
          disagreements { unit low high difference ratio claims { id quantity claimant { name } } } } }`,
    );
    const { disagreements } = dataOf<{ disagreements: Record<string, unknown>[] }>(answer, "transfer");
    expect(disagreements).toContainEqual(
      expect.objectContaining({
        unit: "shells",
        low: 1_500_000,
        high: 3_000_000,
        difference: 1_500_000,
        ratio: 2,
      }),
    );
  });

  it("answers a claim with what it contradicts, a source with what it cites, a person with the state they lead", async () => {
    const answer = await post(
      yoga,
      `{ claim(id: "claim:russia-denies-arms-transfers") { contradicts { id } source { cites { id } } }
         source(id: "source:time-nk-russia-arms") { cites { id } claims { id } }
         entity(id: "person:vladimir-putin") { __typename name aliases ... on Person { leads { title state { id } } } } }`,
    );
    const claim = dataOf<{ contradicts: { id: string }[] }>(answer, "claim");
    expect(claim.contradicts.map((c) => c.id)).toContain("claim:shin-3-million-shells");
    const source = dataOf<{ cites: { id: string }[]; claims: unknown[] }>(answer, "source");
    expect(source.cites.map((s) => s.id)).toContain("source:yonhap-shin-containers");
    expect(dataOf(answer, "entity")).toMatchObject({
      __typename: "Person",
      leads: [{ title: "President", state: { id: "state:russia" } }],
    });
  });

  it("filters transfers by party, item and status", async () => {
    const answer = await post(
      yoga,
      `{ byParty: transfers(from: "state:north-korea") { nodes { id } }
         byItem: transfers(item: "item:aurus-limousine") { nodes { id } }
         pledged: transfers(status: "pledged") { nodes { id status } } }`,
    );
    expect(dataOf<Page>(answer, "byParty").nodes.map((t) => t.id)).toContain(
      "transfer:north-korea-arms-to-russia",
    );
    expect(dataOf<Page>(answer, "byItem").nodes.map((t) => t.id)).toEqual([
      "transfer:aurus-limousine-to-kim",
    ]);
    for (const node of dataOf<Page>(answer, "pledged").nodes)
      expect(node).toMatchObject({ status: "pledged" });
  });

  it("filters claims by subject, claimant, source and stance", async () => {
    const answer = await post(
      yoga,
      `{ claims(about: "transfer:north-korea-arms-to-russia", claimant: "state:russia", stance: "denies",
                source: "source:time-nk-russia-arms") { nodes { id } } }`,
    );
    expect(dataOf<Page>(answer, "claims").nodes.map((c) => c.id)).toEqual([
      "claim:russia-denies-arms-transfers",
    ]);
  });

  it("pages forwards through every claim, each once, in id order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer = await post(
        yoga,
        "query($after: String) { claims(first: 4, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }",
        { after },
      );
      const page = dataOf<Page>(answer, "claims");
      seen.push(...page.nodes.map((c) => c.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(await countOf("MATCH (c:Claim) RETURN count(c)"));
  });

  it("refuses a page larger than 100 and a cursor it did not make", async () => {
    expect(codes(await post(yoga, "{ claims(first: 101) { nodes { id } } }"))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await post(yoga, '{ claims(after: "bm9wZQ") { nodes { id } } }'))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("costs", () => {
  it("makes one Neo4j call per root field and per nested level, however many items a level has", async () => {
    const counted = countingDatabase(db());
    const answer = await post(
      testYoga(counted.db),
      `{ transfers(first: 10) { nodes { from { id } to { id } items { item { id transfers { id } } } claims { claimant { id } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    // transfers; then one batch for from/to/items/claims; then one for transfers-of-items and claimants.
    expect(counted.calls()).toBe(3);
  });
});

describe("named Cypher", () => {
  it("compiles every named query in cypher/queries/ (EXPLAIN)", async () => {
    const queries = readNamedQueriesIn("queries");
    expect(queries.length).toBeGreaterThan(10);
    for (const query of queries) {
      await expect(
        db().driver.executeQuery(`EXPLAIN ${query.text}`, {}, db().queryConfig("READ")),
        `${query.file}: ${query.name}`,
      ).resolves.toBeDefined();
    }
  });
});

/** The same database, counting the statements sent through `executeQuery`. */
function countingDatabase(inner: Database): { db: Database; calls: () => number } {
  let calls = 0;
  const driver = new Proxy(inner.driver, {
    get(target, key, receiver) {
      if (key === "executeQuery") {
        return (...args: Parameters<typeof target.executeQuery>) => {
          calls += 1;
          return target.executeQuery(...args);
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
  const db = Object.create(inner, { driver: { value: driver } }) as Database;
  return { db, calls: () => calls };
}
