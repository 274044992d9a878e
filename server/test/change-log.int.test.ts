import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { importDataset } from "../src/import/import-dataset.js";
import { articleDataset, useArticleGraph } from "./article.js";
import { exportCypher } from "./export-support.js";
import { codes, dataOf, post, testYoga, withToken } from "./graphql-support.js";

const db = useArticleGraph();
const secret = "change-log-token";
const auth = { authorization: `Bearer ${secret}` };
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db(), withToken(`alice:${secret}`));
});

interface ChangeAnswer {
  id: string;
  at: string;
  by: string;
  action: string;
  subject: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  via: string;
}

/** The log, newest first, as a reader without the token sees it. */
async function changes(target?: string, first = 100): Promise<ChangeAnswer[]> {
  const answer = await post(
    yoga,
    `query($target: ID, $first: Int) { changes(target: $target, first: $first) {
      nodes { id at by action subject target before after via } pageInfo { hasNextPage endCursor } } }`,
    { target, first },
  );
  return dataOf<{ nodes: ChangeAnswer[] }>(answer, "changes").nodes;
}

const carries = "transfer:north-korea-arms-to-russia>CARRIES>item:food";
const linkFood = (quantity: number, unit: string) =>
  post(
    yoga,
    `mutation($quantity: Float, $unit: String) { link(input: { source: "transfer:north-korea-arms-to-russia",
      type: "CARRIES", target: "item:food", quantity: $quantity, unit: $unit }) { id properties } }`,
    { quantity, unit },
    auth,
  );

describe("the change log", () => {
  it("records the import that loaded the graph, and none for an import that changes nothing", async () => {
    const before = await changes();
    expect(before).toMatchObject([{ action: "import", subject: "graph", via: "import", before: null }]);
    expect(before[0]?.target).toMatch(/article\.yaml$/);
    expect(before[0]?.after).toMatchObject({ nodes: { Claim: { created: expect.any(Number) } } });
    await importDataset(db(), articleDataset);
    expect(await changes()).toEqual(before);
  });

  it("records a link twice on one pair as a create and an update, with what changed and who changed it", async () => {
    dataOf(await linkFood(10, "t"), "link");
    const second = dataOf<{ properties: Record<string, unknown> }>(await linkFood(12, "t"), "link");
    expect(second.properties).toMatchObject({ quantity: 12, createdBy: "alice", updatedBy: "alice" });
    expect(Date.parse(String(second.properties.updatedAt))).not.toBeNaN();
    const log = await changes(carries);
    expect(log).toMatchObject([
      {
        action: "update",
        subject: "relationship",
        by: "alice",
        via: "link",
        before: { quantity: 10 },
        after: { quantity: 12 },
      },
      {
        action: "create",
        subject: "relationship",
        by: "alice",
        via: "link",
        before: null,
        after: { quantity: 10, unit: "t" },
      },
    ]);
    expect(Date.parse(log[0]?.at ?? "")).toBeGreaterThanOrEqual(Date.parse(log[1]?.at ?? ""));
  });

  it("records nothing for a link that changes nothing", async () => {
    const before = await changes();
    dataOf(await linkFood(12, "t"), "link");
    expect(await changes()).toEqual(before);
  });

  it("records an unlink as a delete with the properties the relationship had", async () => {
    const unlink = await post(
      yoga,
      'mutation { unlink(source: "transfer:north-korea-arms-to-russia", type: "CARRIES", target: "item:food") }',
      {},
      auth,
    );
    expect(dataOf(unlink, "unlink")).toBe(true);
    expect((await changes(carries))[0]).toMatchObject({
      action: "delete",
      subject: "relationship",
      by: "alice",
      via: "unlink",
      before: { quantity: 12, unit: "t" },
      after: null,
    });
  });

  it("records an entity's creation and the fields an update changed", async () => {
    await post(
      yoga,
      'mutation { createEntity(input: { kind: "person", id: "person:log-test", name: "Log Test" }) { id } }',
      {},
      auth,
    );
    await post(
      yoga,
      'mutation { updateEntity(id: "person:log-test", fields: { description: "Tested" }) { id } }',
      {},
      auth,
    );
    expect(await changes("person:log-test")).toMatchObject([
      {
        action: "update",
        subject: "node",
        via: "updateEntity",
        before: { description: null },
        after: { description: "Tested" },
      },
      {
        action: "create",
        subject: "node",
        via: "createEntity",
        before: null,
        after: { id: "person:log-test", name: "Log Test" },
      },
    ]);
  });

  it("records nothing of a rejected change", async () => {
    const before = await changes();
    const answer = await post(
      yoga,
      'mutation { unlink(source: "transfer:aurus-limousine-to-kim", type: "FROM", target: "person:vladimir-putin") }',
      {},
      auth,
    );
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(await changes()).toEqual(before);
  });

  it("pages newest first with a cursor", async () => {
    const all = await changes();
    const page = await post(
      yoga,
      "{ changes(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }",
    );
    const first = dataOf<{ nodes: { id: string }[]; pageInfo: { endCursor: string } }>(page, "changes");
    expect(first.nodes.map((c) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    const next = await post(
      yoga,
      "query($after: String) { changes(first: 2, after: $after) { nodes { id } } }",
      {
        after: first.pageInfo.endCursor,
      },
    );
    expect(dataOf<{ nodes: { id: string }[] }>(next, "changes").nodes.map((c) => c.id)).toEqual(
      all.slice(2, 4).map((c) => c.id),
    );
    expect([...all.map((c) => c.id)].sort().reverse()).toEqual(all.map((c) => c.id));
  });

  it("is left out of exports, search and the generic graph", async () => {
    const script = await exportCypher(db());
    // No change-log node, label or id: the load guard names :Change only to leave a change log aside (decision 0039).
    expect(script).not.toMatch(/change:|`Change`/);
    expect(script).toContain("MATCH (n) WHERE NOT n:Change RETURN count(n) AS existing");
    const answer = await post(yoga, '{ search(query: "alice") { id } graph(limit: 1000) { nodes { id } } }');
    expect(JSON.stringify(answer)).not.toMatch(/change:/);
  });
});
