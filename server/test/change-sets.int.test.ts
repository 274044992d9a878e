import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupToFile } from "../src/backup/write-backup.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { codes, dataOf, dumpGraph, post, testYoga, withToken } from "./graphql-support.js";

const db = useArticleGraph();
const secret = "change-set-token";
const auth = { authorization: `Bearer ${secret}` };
let yoga: KgxYoga;
let folder: string;
beforeAll(async () => {
  yoga = testYoga(db(), withToken(`desk-3:${secret}`));
  folder = await mkdtemp(join(tmpdir(), "kgx-change-sets-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

// A test report written for these tests (not real reporting).
const report =
  "Test fixture report. Defence official Kim Testperson said on Monday that about 9,000 containers had left Rajin. " +
  "Russia denied receiving any shipments, according to the Testland foreign ministry.";
const span = (words: string) => {
  const start = report.indexOf(words);
  return { start, end: start + words.length };
};

const commit = `mutation($input: ChangeSetInput!) { commitChangeSet(input: $input) {
  id by action source created changed deleted reverts revertedBy } }`;
const revert = `mutation($id: ID!) { revertChangeSet(id: $id) { id action reverts created changed deleted } }`;

interface SetAnswer {
  id: string;
  by: string;
  action: string;
  source: string;
  created: string[];
  changed: string[];
  deleted: string[];
  reverts: string | null;
  revertedBy: string | null;
}

/** The graph's nodes and relationships without the change log and without who-and-when, sorted. */
async function modelGraph(): Promise<string> {
  const bookkeeping = new Set(["createdBy", "createdAt", "updatedBy", "updatedAt"]);
  const clean = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => !bookkeeping.has(key))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, value]) => [key, String(value)]),
    );
  const { records } = await db().driver.executeQuery(
    `MATCH (n) WHERE NOT n:Change RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props
     UNION ALL
     MATCH (a)-[r]->(b) RETURN 'edge' AS kind, [a.id, type(r), b.id] AS labels, properties(r) AS props`,
    {},
    db().queryConfig("READ"),
  );
  return records
    .map((r) => JSON.stringify([r.get("kind"), r.get("labels"), clean(r.get("props"))]))
    .sort()
    .join("\n");
}

function aSet(name: string) {
  return {
    source: { new: { name, text: report, publisher: "Fixture Press", publishedOn: "2024-02-27" } },
    entities: [{ ref: "kim", kind: "person", name: `Kim ${name}`, aliases: ["Kim"] }],
    aliases: [{ entity: "state:north-korea", alias: `Testland North (${name})` }],
    claims: [
      {
        ...span("about 9,000 containers had left Rajin"),
        claimant: "kim",
        stance: "estimates",
        about: ["state:north-korea", "state:russia"],
        figure: { quantity: 9000, unit: "containers" },
        statedOn: "2024-02-26",
      },
      {
        ...span("Russia denied receiving any shipments"),
        claimant: "state:russia",
        stance: "denies",
        about: ["state:russia"],
      },
    ],
  };
}

const claimQuery = `query($id: ID!) { claim(id: $id) { quote stance quantity unit
  claimant { id } about { id } source { id } quoteSpan { start end source { id } } } }`;

describe("committing a change set", () => {
  it("writes the source, the new entity, the alias and claims whose quotes are the text's spans", async () => {
    const set = dataOf<SetAnswer>(
      await post(yoga, commit, { input: aSet("Fixture report one") }, auth),
      "commitChangeSet",
    );
    expect(set).toMatchObject({
      by: "desk-3",
      action: "commit",
      source: "source:fixture-report-one",
      reverts: null,
    });
    expect(set.created).toEqual([
      "source:fixture-report-one",
      "person:kim-fixture-report-one",
      `claim:fixture-report-one-${span("about 9,000").start}-${span("about 9,000 containers had left Rajin").end}`,
      `claim:fixture-report-one-${span("Russia denied").start}-${span("Russia denied receiving any shipments").end}`,
    ]);
    expect(set.changed).toEqual(["state:north-korea"]);
    const claim = dataOf<Record<string, unknown>>(
      await post(yoga, claimQuery, { id: set.created[2] }),
      "claim",
    );
    expect(claim).toEqual({
      quote: "about 9,000 containers had left Rajin",
      stance: "estimates",
      quantity: 9000,
      unit: "containers",
      claimant: { id: "person:kim-fixture-report-one" },
      about: expect.arrayContaining([{ id: "state:north-korea" }, { id: "state:russia" }]),
      source: { id: "source:fixture-report-one" },
      quoteSpan: {
        ...span("about 9,000 containers had left Rajin"),
        source: { id: "source:fixture-report-one" },
      },
    });
    const korea = await post(yoga, '{ entity(id: "state:north-korea") { properties } }');
    expect(dataOf<{ properties: { aliases: string[] } }>(korea, "entity").properties.aliases).toContain(
      "Testland North (Fixture report one)",
    );
  });

  it("lists the set newest first, and logs each of its changes under it", async () => {
    const sets = dataOf<SetAnswer[]>(
      await post(yoga, "{ changeSets { id action source created } }"),
      "changeSets",
    );
    expect(sets[0]).toMatchObject({ action: "commit", source: "source:fixture-report-one" });
    const changes = dataOf<{ nodes: { via: string; target: string }[] }>(
      await post(yoga, "{ changes(first: 100) { nodes { via target } } }"),
      "changes",
    );
    const mine = changes.nodes.filter((c) => c.via === "commitChangeSet").map((c) => c.target);
    expect(mine).toContain("source:fixture-report-one");
    expect(mine).toContain("state:north-korea");
    expect(
      mine.filter((t) => t.startsWith("claim:fixture-report-one-") && t.includes(">CLAIMED_BY>")),
    ).toHaveLength(2);
  });

  it("stores nothing and names the claim when a quote's span lies outside the text", async () => {
    const before = await dumpGraph(db());
    const input = aSet("Fixture report two");
    input.claims[1] = {
      ...input.claims[1],
      start: report.length - 3,
      end: report.length + 40,
    } as (typeof input.claims)[1];
    const answer = await post(yoga, commit, { input }, auth);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.message).toMatch(/^claims\[1\]: the quote's span \[\d+, \d+\) is not inside/);
    expect(await dumpGraph(db())).toBe(before);
  });

  it("stores nothing and names the item when a claim names an unknown entity or a kind is wrong", async () => {
    const before = await dumpGraph(db());
    const unknown = aSet("Fixture report three");
    unknown.claims[0] = { ...unknown.claims[0], claimant: "nobody" } as (typeof unknown.claims)[0];
    const first = await post(yoga, commit, { input: unknown }, auth);
    expect(first.errors?.[0]?.message).toMatch(/^claims\[0\]: "nobody" is neither an id nor a ref/);
    const badKind = aSet("Fixture report three");
    badKind.entities[0] = { ...badKind.entities[0], kind: "planet" } as (typeof badKind.entities)[0];
    const second = await post(yoga, commit, { input: badKind }, auth);
    expect(second.errors?.[0]?.message).toMatch(
      /^entities\[0\] \(Kim Fixture report three\): kind must be one of/,
    );
    expect(await dumpGraph(db())).toBe(before);
  });

  it("needs the write token", async () => {
    expect(codes(await post(yoga, commit, { input: aSet("Fixture report four") }))).toEqual(["FORBIDDEN"]);
  });
});

describe("reverting a change set", () => {
  it("deletes what the set created and puts back what it changed, as a change set of its own", async () => {
    const before = await post(yoga, '{ entity(id: "state:north-korea") { properties } }');
    const aliases = dataOf<{ properties: { aliases?: string[] } }>(before, "entity").properties.aliases;
    const set = dataOf<SetAnswer>(
      await post(yoga, commit, { input: aSet("Fixture report five") }, auth),
      "commitChangeSet",
    );
    const undone = dataOf<SetAnswer>(await post(yoga, revert, { id: set.id }, auth), "revertChangeSet");
    expect(undone).toMatchObject({
      action: "revert",
      reverts: set.id,
      created: [],
      changed: ["state:north-korea"],
    });
    expect([...undone.deleted].sort()).toEqual([...set.created].sort());
    for (const id of set.created) {
      expect(dataOf(await post(yoga, "query($id: ID!) { node(id: $id) { id } }", { id }), "node")).toBeNull();
    }
    const after = await post(yoga, '{ entity(id: "state:north-korea") { properties } }');
    expect(dataOf<{ properties: { aliases?: string[] } }>(after, "entity").properties.aliases).toEqual(
      aliases,
    );
    const sets = dataOf<SetAnswer[]>(await post(yoga, "{ changeSets { id revertedBy } }"), "changeSets");
    expect(sets.find((s) => s.id === set.id)?.revertedBy).toBe(undone.id);
  });

  it("refuses to revert a set twice, and re-applies the set when its revert is reverted", async () => {
    const graphBefore = await modelGraph();
    const set = dataOf<SetAnswer>(
      await post(yoga, commit, { input: aSet("Fixture report redo") }, auth),
      "commitChangeSet",
    );
    const graphWithSet = await modelGraph();
    const undone = dataOf<SetAnswer>(await post(yoga, revert, { id: set.id }, auth), "revertChangeSet");
    const again = await post(yoga, revert, { id: set.id }, auth);
    expect(again.errors?.[0]?.message).toBe(`${set.id} was already reverted by ${undone.id}`);
    expect(await modelGraph()).toBe(graphBefore);

    const redone = dataOf<SetAnswer>(await post(yoga, revert, { id: undone.id }, auth), "revertChangeSet");
    expect(redone).toMatchObject({ action: "revert", reverts: undone.id, deleted: [] });
    expect([...redone.created].sort()).toEqual([...set.created].sort());
    expect(redone.changed).toEqual(["state:north-korea"]);
    // The same nodes, properties, aliases and relationships as the commit wrote (who and when aside).
    expect(await modelGraph()).toBe(graphWithSet);

    const undoneAgain = dataOf<SetAnswer>(
      await post(yoga, revert, { id: redone.id }, auth),
      "revertChangeSet",
    );
    expect([...undoneAgain.deleted].sort()).toEqual([...set.created].sort());
    expect(await modelGraph()).toBe(graphBefore);
  });

  it("refuses, naming the later change, when a later change depends on the set", async () => {
    const set = dataOf<SetAnswer>(
      await post(yoga, commit, { input: aSet("Fixture report six") }, auth),
      "commitChangeSet",
    );
    const person = set.created[1] as string;
    const update = `mutation($id: ID!) { updateEntity(id: $id, fields: { description: "Edited later" }) { id } }`;
    dataOf(await post(yoga, update, { id: person }, auth), "updateEntity");
    const before = await dumpGraph(db());
    const answer = await post(yoga, revert, { id: set.id }, auth);
    expect(answer.errors?.[0]?.message).toMatch(
      new RegExp(
        `cannot be reverted: later changes depend on what it wrote — change:\\S+ \\(desk-3: updateEntity update ${person}\\)`,
      ),
    );
    expect(await dumpGraph(db())).toBe(before);
  });

  it("keeps change sets in a backup with the rest of the change log", async () => {
    const file = join(folder, "with-sets.cypher");
    await backupToFile(db(), file);
    const text = await readFile(file, "utf8");
    expect(text).toContain("CREATE (n:`Change`:`ChangeSet`) SET n.`id` = row[0]");
    expect(text).toContain("source:fixture-report-six");
  });
});
