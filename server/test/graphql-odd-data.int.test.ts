import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { applySchema } from "../src/import/schema.js";
import { useArticleGraph } from "./article.js";
import { dataOf, type GraphQLAnswer, post, testYoga } from "./graphql-support.js";

// Data written straight through Cypher, around kgx and its rules: the reads must still answer, with codes.
const db = useArticleGraph();
let yoga: KgxYoga;
const nodeEnv = process.env.NODE_ENV;
beforeAll(async () => {
  process.env.NODE_ENV = "production";
  yoga = testYoga(db());
  await db().write(async (tx) => {
    await tx.run(`MATCH (nk:State {id: 'state:north-korea'}), (ru:State {id: 'state:russia'})
      CREATE (nk)-[:CLAIMED_BY]->(ru), (nk)-[:ABOUT]->(ru)
      SET ru:Sanctioned
      CREATE (odd:Claim {id: 'claim:by-an-item', name: 'Odd', text: 't', quote: 'North Korea', stance: 'asserts'})
      CREATE (ship:Entity:Ship {id: 'ship:odd', name: 'A ship'})
      CREATE (odd)-[:CLAIMED_BY]->(ship), (odd)-[:ABOUT]->(ship)`);
  });
  // Nodes written without the common label :Kgx get it when kgx next starts (docs/decisions/0056-common-label.md).
  await applySchema(db());
});
afterAll(() => {
  process.env.NODE_ENV = nodeEnv;
});

const everyEntityField = `__typename id kind name description properties aliases
  claimsAbout { id text quote stance quantity unit statedOn recordedBy recordedAt
    claimant { id name } claimants { id } source { id } about { id kind } contradicts { id } }
  claimsMade { id claimant { id } claimants { id } source { id } about { id } }
  ... on State { transfersOut { id } transfersIn { id } leaders { id } officials { id } }`;

/** Every error carries a code and no message quotes a stored record. */
function expectCodedAndClean(answer: GraphQLAnswer): void {
  for (const error of answer.errors ?? []) {
    expect(error.extensions?.code, error.message).toBeTruthy();
    expect(error.message).not.toMatch(/labels|properties|Expected value of type/);
  }
}

describe("a read over data that breaks the model's rules", () => {
  it("answers the entities at both ends (one with a label of its own), leaving out the odd neighbours of typed fields", async () => {
    for (const id of ["state:north-korea", "state:russia"]) {
      const answer = await post(yoga, `query($id: ID!) { entity(id: $id) { ${everyEntityField} } }`, { id });
      expect(answer.errors).toBeUndefined();
      const entity = answer.data?.entity as {
        id: string;
        claimsAbout: { id: string }[];
        claimsMade: unknown[];
      };
      expect(entity).toMatchObject({ __typename: "State", id });
      expect(entity.claimsAbout.map((c) => c.id)).not.toContain("state:north-korea");
    }
  });

  it("still shows the odd relationships in the generic graph", async () => {
    const answer = await post(
      yoga,
      `{ node(id: "state:north-korea") { id kind labels degree properties }
         neighbourhood(id: "state:north-korea") { nodes { id kind } edges { id type source target } truncated } }`,
    );
    expect(answer.errors).toBeUndefined();
    const edges = dataOf<{ edges: { id: string }[] }>(answer, "neighbourhood").edges.map((e) => e.id);
    expect(edges).toContain("state:north-korea>CLAIMED_BY>state:russia");
  });

  it("answers a claim whose only claimant is outside the model with INTEGRITY_VIOLATION, not internals", async () => {
    const answer = await post(
      yoga,
      `{ claim(id: "claim:by-an-item") { id claimant { id } } claims(about: "ship:odd", first: 100) { nodes { id claimants { id } } } }`,
    );
    expectCodedAndClean(answer);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["INTEGRITY_VIOLATION"]);
    const claims = dataOf<{ nodes: { id: string; claimants: unknown[] }[] }>(answer, "claims").nodes;
    expect(claims.find((c) => c.id === "claim:by-an-item")?.claimants).toEqual([]);
  });

  it("answers a node of a kind the schema does not know with INTEGRITY_VIOLATION, not internals", async () => {
    const answer = await post(
      yoga,
      `{ entity(id: "ship:odd") { id name } node(id: "ship:odd") { id kind } }`,
    );
    expectCodedAndClean(answer);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["INTEGRITY_VIOLATION"]);
    expect(answer.errors?.[0]?.message).not.toMatch(/Ship/);
    expect(answer.data?.node).toEqual({ id: "ship:odd", kind: "entity" });
  });
});
