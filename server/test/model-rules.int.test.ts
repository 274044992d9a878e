import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { findViolations } from "../src/model/integrity-checks.js";
import { useArticleGraph } from "./article.js";
import { codes, dataOf, dumpGraph, post, testYoga, withToken } from "./graphql-support.js";

const db = useArticleGraph();
const secret = "rules-test-token";
const auth = { authorization: `Bearer ${secret}` };
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db(), withToken(`alice:${secret}`));
});

const link = (source: string, type: string, target: string, extra = "") =>
  `mutation { link(input: { source: "${source}", type: "${type}", target: "${target}"${extra} }) { id } }`;

describe("the model's relationship rules", () => {
  it("accept the whole article graph: its import passes and no check finds a broken rule", async () => {
    expect(await db().read((tx) => findViolations(tx))).toEqual([]);
  });

  const refused: [string, string, RegExp][] = [
    [
      "a CLAIMED_BY from a State to a State",
      link("state:north-korea", "CLAIMED_BY", "state:russia"),
      /CLAIMED_BY goes from a Claim to a Person, State or Organization; state:north-korea is a State/,
    ],
    [
      "an ABOUT from a State",
      link("state:north-korea", "ABOUT", "state:russia"),
      /ABOUT goes from a Claim to any node of the model; state:north-korea is a State/,
    ],
    [
      "a CARRIES with a negative quantity",
      link("transfer:north-korea-arms-to-russia", "CARRIES", "item:food", ', quantity: -1, unit: "t"'),
      /CARRIES quantity must be at least 0/,
    ],
    [
      "a CARRIES to a State",
      link("transfer:north-korea-arms-to-russia", "CARRIES", "state:russia"),
      /CARRIES goes from a Transfer to an Item; state:russia is a State/,
    ],
    [
      "a title on VIA",
      link("transfer:north-korea-arms-to-russia", "VIA", "place:najin-port", ', title: "Port"'),
      /VIA has no property title \(it takes only order\)/,
    ],
    ["a LEADS without its title", link("person:kim-jong-un", "LEADS", "state:russia"), /LEADS needs title/],
    [
      "a claim that contradicts a State",
      `mutation { addClaim(input: { id: "claim:contradicts-a-state", name: "n", text: "t", quote: "North Korea",
        stance: "denies", claimedBy: ["state:north-korea"], source: "source:time-nk-russia-arms",
        about: ["state:russia"], contradicts: ["state:russia"] }) { id } }`,
      /CONTRADICTS goes from a Claim to a Claim; state:russia is a State/,
    ],
    [
      "a claim whose claimant is an Item",
      `mutation { addClaim(input: { id: "claim:said-by-food", name: "n", text: "t", quote: "North Korea",
        stance: "asserts", claimedBy: ["item:food"], source: "source:time-nk-russia-arms",
        about: ["state:russia"] }) { id } }`,
      /CLAIMED_BY goes from a Claim to a Person, State or Organization; item:food is an Item/,
    ],
  ];

  it.each(refused)(
    "refuse %s with BAD_USER_INPUT naming the rule, and change nothing",
    async (_what, mutation, message) => {
      const before = await dumpGraph(db());
      const answer = await post(yoga, mutation, {}, auth);
      expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors?.[0]?.message).toMatch(message);
      expect(await dumpGraph(db())).toBe(before);
    },
  );

  it("let a link that keeps them through", async () => {
    const answer = await post(
      yoga,
      link("transfer:north-korea-arms-to-russia", "CARRIES", "item:food", ', quantity: 0, unit: "t"'),
      {},
      auth,
    );
    expect(dataOf(answer, "link")).toEqual({ id: "transfer:north-korea-arms-to-russia>CARRIES>item:food" });
  });

  it("are checked on data written around kgx, with the same messages", async () => {
    const problems = await db().write(async (tx) => {
      await tx.run(`MATCH (a:State {id: 'state:north-korea'}), (b:State {id: 'state:russia'}),
        (t:Transfer {id: 'transfer:north-korea-arms-to-russia'}), (i:Item {id: 'item:food'})
        CREATE (a)-[:CLAIMED_BY]->(b), (t)-[:CARRIES {quantity: -5, colour: 'red'}]->(i)`);
      const violations = await findViolations(tx);
      // Rolled back: the violations are all this test needs.
      await tx.run("MATCH (:State {id: 'state:north-korea'})-[r:CLAIMED_BY]->() DELETE r");
      await tx.run(
        "MATCH (:Transfer {id: 'transfer:north-korea-arms-to-russia'})-[r:CARRIES {colour: 'red'}]->() DELETE r",
      );
      return violations;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          check: "relationship-ends",
          id: "state:north-korea>CLAIMED_BY>state:russia",
          problem:
            "CLAIMED_BY goes from a Claim to a Person, State or Organization; state:north-korea is a State",
        },
        {
          check: "relationship-properties",
          id: "transfer:north-korea-arms-to-russia>CARRIES>item:food",
          problem: "CARRIES quantity must be at least 0",
        },
        {
          check: "relationship-properties",
          id: "transfer:north-korea-arms-to-russia>CARRIES>item:food",
          problem: "CARRIES has no property colour (it takes only quantity, unit)",
        },
      ]),
    );
    expect(await db().read((tx) => findViolations(tx))).toEqual([]);
  });
});
