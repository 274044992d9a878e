import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { repoPath } from "../src/paths.js";
import { useArticleGraph } from "./article.js";
import { codes, dataOf, dumpGraph, post, testYoga, withToken } from "./graphql-support.js";

const db = useArticleGraph();
const secret = "analysis-token-for-the-tests";
const auth = { authorization: `Bearer ${secret}` };
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db(), withToken(`curator:${secret}`));
});

const article = readFileSync(repoPath("data", "sources", "time-nk-russia-arms.txt"), "utf8");
const analyzeQuery = `query($text: String!, $publishedOn: String) {
  analyzeText(text: $text, publishedOn: $publishedOn) {
    mentions { start end text kind score entity { id name } candidates { id name } }
    figures { start end text quantity unit }
    dates { start end text date precision }
    claims { start end quote stance claimant { text entity { id } } about { entity { id } } figure { quantity unit } }
  }
}`;

interface Analysis {
  mentions: { start: number; end: number; text: string; entity: { id: string; name: string } | null }[];
  figures: { start: number; end: number; text: string; quantity: number; unit: string }[];
  dates: { start: number; end: number; text: string; date: string }[];
  claims: {
    start: number;
    end: number;
    quote: string;
    stance: string;
    claimant: { entity: { id: string } | null };
  }[];
}

describe("analyzeText", () => {
  it("finds the article's entities in the graph, its figures, dates and attributed claims, without a token", async () => {
    const analysis = dataOf<Analysis>(
      await post(yoga, analyzeQuery, { text: article, publishedOn: "2024-02-28" }),
      "analyzeText",
    );
    const named = new Set(analysis.mentions.map((m) => m.entity?.id));
    for (const id of ["person:shin-wonsik", "state:north-korea", "place:najin-port", "organization:yonhap"]) {
      expect(named).toContain(id);
    }
    expect(analysis.mentions.find((m) => m.text === "Shin Wonsik")?.entity?.name).toBe("Shin Wonsik");
    expect(analysis.figures.map((f) => `${f.quantity} ${f.unit}`)).toContain("6700 containers");
    expect(analysis.dates.map((d) => d.date)).toContain("2024-02-27");
    const shin = analysis.claims.filter((c) => c.claimant.entity?.id === "person:shin-wonsik");
    expect(shin.length).toBeGreaterThanOrEqual(5);
    for (const span of [...analysis.mentions, ...analysis.figures, ...analysis.dates]) {
      expect(article.slice(span.start, span.end)).toBe(span.text);
    }
    for (const claim of analysis.claims) expect(article.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("names an entity added a moment ago: the lexicon follows the graph", async () => {
    const text = "Sergei Lavrentev said the talks would resume.";
    const before = dataOf<Analysis>(await post(yoga, analyzeQuery, { text }), "analyzeText");
    expect(before.mentions[0]?.entity).toBeNull();
    await post(
      yoga,
      'mutation { createEntity(input: { kind: "person", id: "person:sergei-lavrentev", name: "Sergei Lavrentev" }) { id } }',
      {},
      auth,
    );
    const after = dataOf<Analysis>(await post(yoga, analyzeQuery, { text }), "analyzeText");
    expect(after.mentions[0]?.entity?.id).toBe("person:sergei-lavrentev");
  });

  it("refuses an empty text, one over 200,000 characters and a malformed date, each in one line", async () => {
    const empty = await post(yoga, analyzeQuery, { text: "   " });
    expect(codes(empty)).toEqual(["BAD_USER_INPUT"]);
    expect(empty.errors?.[0]?.message).toMatch(/empty/);
    const long = await post(yoga, analyzeQuery, { text: "word ".repeat(40_001) });
    expect(long.errors?.[0]?.message).toBe(
      "The text has 200,005 characters; at most 200,000 can be analysed at once",
    );
    const date = await post(yoga, analyzeQuery, { text: "Hello", publishedOn: "last Tuesday" });
    expect(date.errors?.[0]?.message).toMatch(/publishedOn must be YYYY-MM-DD/);
  });
});

const addSource = `mutation($input: AddSourceInput!) {
  addSource(input: $input) {
    source { id name publisher publishedOn sourceKind url properties }
    analysis { mentions { text entity { id } } claims { quote claimant { entity { id } } } }
  }
}`;

describe("addSource", () => {
  const input = {
    name: "Invented test report: ports and ships",
    text: readFileSync(repoPath("data", "test-reports", "ports-and-ships.txt"), "utf8"),
    publisher: "kgx tests",
    publishedOn: "2024-03-14",
    url: "https://example.org/ports",
    sourceKind: "test fixture",
  };

  it("stores the source with its full text, logs who added it, and returns the analysis", async () => {
    const answer = await post(yoga, addSource, { input }, auth);
    const { source, analysis } = dataOf<{
      source: { id: string; publisher: string; sourceKind: string; properties: Record<string, unknown> };
      analysis: { mentions: { text: string; entity: { id: string } | null }[] };
    }>(answer, "addSource");
    expect(source).toMatchObject({
      id: "source:invented-test-report-ports-and-ships",
      publisher: "kgx tests",
      sourceKind: "test fixture",
    });
    expect(source.properties).toMatchObject({ text: input.text, createdBy: "curator" });
    expect(analysis.mentions.find((m) => m.text === "Dunai")?.entity?.id).toBe("place:dunay-port");
    const log = await db().driver.executeQuery(
      "MATCH (c:Change {target: $id}) RETURN c.by AS by, c.action AS action, c.via AS via",
      { id: source.id },
      db().queryConfig("READ"),
    );
    expect(log.records.map((r) => r.toObject())).toEqual([
      { by: "curator", action: "create", via: "addSource" },
    ]);
  });

  it("refuses without the write token, and a second source of the same name, storing nothing", async () => {
    const before = await dumpGraph(db());
    expect(codes(await post(yoga, addSource, { input: { ...input, name: "Another" } }))).toEqual([
      "FORBIDDEN",
    ]);
    const again = await post(yoga, addSource, { input }, auth);
    expect(again.errors?.[0]?.message).toMatch(/source:invented-test-report-ports-and-ships already exists/);
    expect(await dumpGraph(db())).toBe(before);
  });

  it("refuses an empty text, a text over the limit, a bad date and a bad url, storing nothing", async () => {
    const before = await dumpGraph(db());
    const refuse = async (change: Record<string, unknown>, message: RegExp) => {
      const answer = await post(yoga, addSource, { input: { ...input, name: "Refused", ...change } }, auth);
      expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors?.[0]?.message).toMatch(message);
    };
    await refuse({ text: " \n " }, /text is empty/);
    await refuse({ text: "x".repeat(900_001) }, /900,001 characters; at most 900,000/);
    await refuse({ publishedOn: "March 2024" }, /publishedOn: a date as YYYY-MM-DD/);
    await refuse({ url: "not a url" }, /url/);
    expect(await dumpGraph(db())).toBe(before);
  });

  it("refuses a 20 MB upload at the body limit, storing nothing", async () => {
    const before = await dumpGraph(db());
    const answer = await post(yoga, addSource, { input: { ...input, text: "x".repeat(20_000_000) } }, auth);
    expect(answer.status).toBe(413);
    expect(await dumpGraph(db())).toBe(before);
  });
});
