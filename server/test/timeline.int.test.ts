import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { useKgxHttp } from "./graphml-support.js";
import { codes, dataOf, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface Entry {
  node: { id: string };
  date: string;
  endDate: string | null;
  precision: string;
  inferred: boolean;
  lane: string;
}

async function timeline(args = ""): Promise<Entry[]> {
  const answer = await post(
    yoga,
    `{ timeline${args ? `(${args})` : ""} { node { id } date endDate precision inferred lane } }`,
  );
  expect(answer.errors).toBeUndefined();
  return dataOf<Entry[]>(answer, "timeline");
}

async function ids(query: string, field: string, pick: (data: never) => { id: string }[]): Promise<string[]> {
  const answer = await post(yoga, query);
  expect(answer.errors).toBeUndefined();
  return pick(dataOf<never>(answer, field)).map((node) => node.id);
}

const claimIds = (asOf: string) =>
  ids(
    `{ claims(first: 100, asOf: "${asOf}") { nodes { id } } }`,
    "claims",
    (d: { nodes: { id: string }[] }) => d.nodes,
  );
const transferIds = (asOf: string) =>
  ids(
    `{ transfers(first: 100, asOf: "${asOf}") { nodes { id } } }`,
    "transfers",
    (d: { nodes: { id: string }[] }) => d.nodes,
  );

describe("timeline", () => {
  it("lists the article's dated nodes in date order, a year before the month and days within it", async () => {
    const entries = await timeline();
    const at = (id: string) => entries.findIndex((e) => e.node.id === id);
    expect(entries[0]).toMatchObject({
      node: { id: "event:kim-takes-power" },
      date: "2012",
      precision: "year",
    });
    expect(at("event:full-scale-invasion")).toBeLessThan(at("event:putin-kim-summit-september"));
    expect(at("event:putin-kim-summit-september")).toBeLessThan(at("source:time-nk-russia-arms"));
    // Yonhap's day, 2024-02-27, starts after the month 2024-02 begins, so every 2024-02 entry comes first.
    const lastMonth = entries.map((e) => e.date).lastIndexOf("2024-02");
    expect(at("source:yonhap-shin-containers")).toBeGreaterThan(lastMonth);
    expect(entries.find((e) => e.node.id === "source:yonhap-shin-containers")).toMatchObject({
      precision: "day",
      inferred: true,
      lane: "source",
    });
  });

  it("dates the munitions transfer from the invasion, as inferred, in the transfer lane", async () => {
    const entries = await timeline('kinds: ["transfer"]');
    expect(entries.map((e) => [e.node.id, e.date, e.endDate])).toEqual([
      ["transfer:north-korea-arms-to-russia", "2022", null],
      ["transfer:eu-artillery-shells-to-ukraine", "2024-03", null],
    ]);
    expect(entries.every((e) => e.inferred && e.lane === "transfer")).toBe(true);
  });

  it("dates a claim without statedOn by its source, and calls that date inferred", async () => {
    const entries = await timeline('kinds: ["claim"], from: "2024-02-27", to: "2024-02-27"');
    expect(entries.map((e) => e.node.id)).toContain("claim:shin-6700-containers");
    const shin = entries.find((e) => e.node.id === "claim:shin-6700-containers");
    expect(shin).toMatchObject({ date: "2024-02-27", inferred: true });
    // A month overlaps each of its days, so February's claims are in a window of one February day.
    expect(entries.map((e) => e.node.id)).toContain("claim:zelensky-1-5-million-shells");
  });

  it("keeps to the window: 2023 holds the September summit and nothing from 2022 or 2024", async () => {
    const entries = await timeline('from: "2023", to: "2023"');
    expect(entries.map((e) => e.node.id)).toEqual(["event:putin-kim-summit-september"]);
  });

  it("refuses a date that is no date, naming the argument and the forms it takes", async () => {
    const answer = await post(yoga, '{ timeline(from: "2023-13") { date } }');
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.message).toBe(
      "from: '2023-13' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY",
    );
    const lanes = await post(yoga, '{ timeline(kinds: ["rumour"]) { date } }');
    expect(lanes.errors?.[0]?.message).toBe("kinds: 'rumour' is not one of event, transfer, claim, source");
    const backwards = await post(yoga, '{ timeline(from: "2024", to: "2023") { date } }');
    expect(codes(backwards)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("asOf", () => {
  it("leaves out of claims those stated, or reported, after the date, and keeps undated ones", async () => {
    expect(await claimIds("2024-01")).toEqual([
      "claim:bank-of-korea-economy-25-billion",
      "claim:satellite-four-cargo-vessels",
      "claim:white-house-rail-tracking",
    ]);
    const dayBeforeYonhap = await claimIds("2024-02-26");
    expect(dayBeforeYonhap).toContain("claim:zelensky-1-5-million-shells");
    expect(dayBeforeYonhap).not.toContain("claim:shin-6700-containers");
    expect(await claimIds("2024-02-27")).toContain("claim:shin-6700-containers");
    expect((await claimIds("2024-02")).length).toBe((await claimIds("2025")).length);
  });

  it("leaves out of transfers those that only later claims are about", async () => {
    expect(await transferIds("2024-01")).toEqual(["transfer:north-korea-arms-to-russia"]);
    expect(await transferIds("2024-02")).toContain("transfer:eu-artillery-shells-to-ukraine");
  });

  it("filters search: the 6,700 containers are found as of Yonhap's Tuesday, not the day before", async () => {
    const find = (asOf: string) =>
      ids(`{ search(query: "6,700", asOf: "${asOf}") { id } }`, "search", (d: { id: string }[]) => d);
    expect(await find("2024-02-26")).not.toContain("claim:shin-6700-containers");
    expect(await find("2024-02-27")).toContain("claim:shin-6700-containers");
  });

  it("filters a neighbourhood and the graph, and keeps every entity whatever the date", async () => {
    const around = (asOf: string) =>
      ids(
        `{ neighbourhood(id: "transfer:eu-artillery-shells-to-ukraine", asOf: "${asOf}") { nodes { id } } }`,
        "neighbourhood",
        (d: { nodes: { id: string }[] }) => d.nodes,
      );
    expect((await around("2024-01")).filter((id) => id.startsWith("claim:"))).toEqual([]);
    expect(await around("2024-02")).toContain("claim:zelensky-eu-sent-30-percent");

    const graph = (args: string) =>
      ids(`{ graph(${args}) { nodes { id } } }`, "graph", (d: { nodes: { id: string }[] }) => d.nodes);
    const now = await graph("limit: 5000");
    const then = await graph('limit: 5000, asOf: "2023"');
    const entities = (list: string[]) => list.filter((id) => !/^(claim|transfer|source):/.test(id));
    expect(entities(then)).toEqual(entities(now));
    expect(then.filter((id) => id.startsWith("claim:"))).toHaveLength(3);
    expect(now.filter((id) => id.startsWith("claim:"))).toHaveLength(31);
    const picked = await graph('ids: ["claim:shin-6700-containers", "state:russia"], asOf: "2024-02-26"');
    expect(picked).toEqual(["state:russia"]);
  });

  it("refuses an asOf that is no date on every field, with the same message", async () => {
    for (const query of [
      '{ graph(asOf: "2024-02-30") { truncated } }',
      '{ claims(asOf: "2024-02-30") { nodes { id } } }',
      '{ search(query: "shells", asOf: "2024-02-30") { id } }',
    ]) {
      const answer = await post(yoga, query);
      expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors?.[0]?.message).toBe(
        "asOf: '2024-02-30' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY",
      );
    }
  });
});

describe("asOf in the exports", () => {
  const base = useKgxHttp(db);

  it("exports the graph as it stood: GET /export/json?asOf= leaves out later claims and keeps the undated", async () => {
    const response = await fetch(`${base()}/export/json?scope=all&asOf=2024-01`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('"claim:shin-6700-containers"');
    expect(text).not.toContain('"transfer:eu-artillery-shells-to-ukraine"');
    expect(text).toContain('"claim:satellite-four-cargo-vessels"');
    expect(text).toContain('"event:putin-kim-summit-september"');
    const now = await (await fetch(`${base()}/export/json?scope=all`)).text();
    expect(now).toContain('"claim:shin-6700-containers"');
  });

  it("refuses a bad asOf on GET /export with a 400 that says what a date looks like", async () => {
    const response = await fetch(`${base()}/export/json?asOf=soon`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(
      "asOf: 'soon' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY",
    );
  });

  it("filters the GraphQL export of a view by asOf too", async () => {
    const query = (asOf: string) =>
      `{ export(format: JSON, ids: ["transfer:eu-artillery-shells-to-ukraine"], depth: 1, asOf: "${asOf}") { content nodes } }`;
    const before = dataOf<{ content: string }>(await post(yoga, query("2024-01")), "export");
    const after = dataOf<{ content: string }>(await post(yoga, query("2024-02")), "export");
    expect(before.content).not.toContain("claim:zelensky-eu-sent-30-percent");
    expect(after.content).toContain("claim:zelensky-eu-sent-30-percent");
  });

  it("exports two steps from the summit as of a date without reaching through a claim said later", async () => {
    // Shin's claim that shipments sped up after the summit is Yonhap's, of 27 February 2024; the export keeps a
    // claim's source, so Yonhap's report comes with it, and only with it.
    const url = (asOf: string) =>
      `${base()}/export/json?ids=event:putin-kim-summit-september&depth=2&asOf=${asOf}`;
    const before = await (await fetch(url("2024-02-26"))).text();
    expect(before).toContain('"person:kim-jong-un"');
    expect(before).not.toContain('"claim:shin-pace-accelerated-since-summit"');
    expect(before).not.toContain('"source:yonhap-shin-containers"');
    const after = await (await fetch(url("2024-02-27"))).text();
    expect(after).toContain('"claim:shin-pace-accelerated-since-summit"');
    expect(after).toContain('"source:yonhap-shin-containers"');
  });
});
