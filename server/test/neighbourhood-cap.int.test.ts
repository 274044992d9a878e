import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { entityLabels } from "../src/model/labels.js";
import { useArticleGraph } from "./article.js";
import { dataOf, post, testYoga } from "./graphql-support.js";

// The cap of `neighbourhood` (decision 0057): entities first, then transfers, then claims and sources; each kind
// in id order; the same answer on every call; `truncated` exactly when a neighbour was left out.

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface Sub {
  nodes: { id: string; kind: string }[];
  truncated: boolean;
}

const entityKinds: readonly string[] = entityLabels.map((label) => label.toLowerCase());

/** 0 for an entity, 1 for a transfer, 2 for a claim or a source: the contract's order of kinds. */
function rank(kind: string): number {
  if (entityKinds.includes(kind)) return 0;
  return kind === "transfer" ? 1 : 2;
}

async function neighbourhood(id: string, limit: number): Promise<Sub> {
  const answer = await post(
    yoga,
    `{ neighbourhood(id: "${id}", limit: ${limit}) { nodes { id kind } truncated } }`,
  );
  expect(answer.errors).toBeUndefined();
  return dataOf<Sub>(answer, "neighbourhood");
}

/** How many distinct neighbours of each rank the node has, counted straight from the database. */
async function neighboursByRank(id: string): Promise<number[]> {
  const { records } = await db().driver.executeQuery(
    `MATCH (n:Kgx {id: $id})--(m)
     WITH DISTINCT m
     RETURN CASE WHEN m:Entity THEN 0 WHEN m:Transfer THEN 1 ELSE 2 END AS rank, count(*) AS n`,
    { id },
    db().queryConfig("READ"),
  );
  const counts = [0, 0, 0];
  for (const record of records) counts[Number(record.get("rank"))] = Number(record.get("n"));
  return counts;
}

/** The answer's neighbours (the centre comes first) in order, and whether they are in the contract's order. */
function neighboursOf(sub: Sub, centre: string) {
  expect(sub.nodes[0]?.id).toBe(centre);
  const neighbours = sub.nodes.slice(1);
  const sorted = [...neighbours].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { neighbours, sorted };
}

describe("neighbourhood of a hub, capped", () => {
  it("gives exactly `limit` neighbours of a state, its entities before its transfers, the same on two calls", async () => {
    const centre = "state:russia";
    const [entities = 0, transfers = 0] = await neighboursByRank(centre);
    expect(entities).toBeGreaterThan(0);
    expect(transfers).toBeGreaterThan(1);
    // One more than the state's entities: every entity, and one of its transfers.
    const limit = entities + 1;
    const first = await neighbourhood(centre, limit);
    const { neighbours, sorted } = neighboursOf(first, centre);
    expect(neighbours).toHaveLength(limit);
    expect(first.truncated).toBe(true);
    expect(neighbours.map((n) => rank(n.kind))).toEqual([...Array(entities).fill(0), 1]);
    expect(neighbours).toEqual(sorted);
    expect(await neighbourhood(centre, limit)).toEqual(first);
  });

  it("fills the cap of the article's source with its publisher first, then claims, in id order", async () => {
    const centre = "source:time-nk-russia-arms";
    const [entities = 0, transfers = 0, others = 0] = await neighboursByRank(centre);
    expect(others).toBeGreaterThan(5);
    const first = await neighbourhood(centre, 5);
    const { neighbours, sorted } = neighboursOf(first, centre);
    expect(neighbours).toHaveLength(5);
    expect(first.truncated).toBe(true);
    expect(neighbours.filter((n) => rank(n.kind) === 0)).toHaveLength(Math.min(entities, 5));
    expect(neighbours.filter((n) => rank(n.kind) === 1)).toHaveLength(Math.min(transfers, 5 - entities));
    expect(neighbours).toEqual(sorted);
    expect(await neighbourhood(centre, 5)).toEqual(first);
  });

  it("says truncated only when a neighbour is left out: not at a cap equal to the count, yes at one less", async () => {
    const centre = "state:north-korea";
    const total = (await neighboursByRank(centre)).reduce((sum, n) => sum + n, 0);
    const all = await neighbourhood(centre, total);
    expect(all.nodes).toHaveLength(1 + total);
    expect(all.truncated).toBe(false);
    const { neighbours, sorted } = neighboursOf(all, centre);
    expect(neighbours).toEqual(sorted);
    const fewer = await neighbourhood(centre, total - 1);
    expect(fewer.nodes).toHaveLength(total);
    expect(fewer.truncated).toBe(true);
  });
});
