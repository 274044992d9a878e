import { beforeAll, describe, expect, it } from "vitest";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { dumpGraph, type GraphQLAnswer, post, testYoga, withToken } from "./graphql-support.js";

const db = useArticleGraph();
const token = "battery:0123456789abcdef0123";
let yoga: KgxYoga;
let before: string;
beforeAll(async () => {
  yoga = testYoga(db(), withToken(token));
  before = await dumpGraph(db());
});

const payloads = [
  "'",
  '"',
  "`",
  "}) MATCH (n) DETACH DELETE n //",
  "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  "`) DETACH DELETE n //",
  '+-&&||!(){}[]^"~*?:\\/ AND OR NOT',
  'Kim "Jong',
  "*",
  "\\",
  "\u0000\u0001\u0007\u001b\u001f\u007f",
  "Ким Чен Ын 金正恩 🚀 \u202e\u2028\u2029",
  "$id",
  "a".repeat(100_000),
];

/** Every string argument of the API, as a query with one variable $s (a String or ID), and a list variant. */
const reads = [
  "query($s: String!) { search(query: $s) { id } }",
  'query($s: String!) { search(query: "kim", kinds: [$s]) { id } }',
  "query($s: ID!) { node(id: $s) { id } }",
  "query($s: ID!) { neighbourhood(id: $s) { truncated } }",
  'query($s: String!) { neighbourhood(id: "state:russia", edgeTypes: [$s]) { truncated } }',
  'query($s: ID!) { paths(from: $s, to: "state:russia") { truncated } }',
  'query($s: ID!) { paths(from: "state:russia", to: $s) { truncated } }',
  "query($s: String!) { graph(kinds: [$s]) { truncated } }",
  "query($s: ID!) { transfers(from: $s) { nodes { id } } }",
  "query($s: ID!) { transfers(to: $s) { nodes { id } } }",
  "query($s: ID!) { transfers(item: $s) { nodes { id } } }",
  "query($s: String!) { transfers(status: $s) { nodes { id } } }",
  "query($s: String!) { transfers(after: $s) { nodes { id } } }",
  "query($s: ID!) { claims(about: $s) { nodes { id } } }",
  "query($s: ID!) { claims(claimant: $s) { nodes { id } } }",
  "query($s: ID!) { claims(source: $s) { nodes { id } } }",
  "query($s: String!) { claims(stance: $s) { nodes { id } } }",
  "query($s: String!) { claims(after: $s) { nodes { id } } }",
  "query($s: String!) { entities(kinds: [$s]) { nodes { id } } }",
  "query($s: String!) { sources(after: $s) { nodes { id } } }",
  "query($s: ID!) { entity(id: $s) { id } transfer(id: $s) { id } claim(id: $s) { id } source(id: $s) { id } }",
];

/** Mutations whose string arguments must be refused (ids, kinds, types): with the token, they change nothing. */
const writes = [
  'mutation($s: String!) { createEntity(input: { kind: $s, id: "person:x", name: "X" }) { id } }',
  'mutation($s: ID!) { createEntity(input: { kind: "person", id: $s, name: "X" }) { id } }',
  'mutation($s: ID!) { updateEntity(id: $s, fields: { name: "X" }) { id } }',
  'mutation($s: String!) { link(input: { source: "state:russia", type: $s, target: "state:ukraine" }) { id } }',
  'mutation($s: ID!) { link(input: { source: $s, type: "CITES", target: "source:time-nk-russia-arms" }) { id } }',
  'mutation($s: String!) { unlink(source: "person:vladimir-putin", type: $s, target: "state:russia") }',
  `mutation($s: ID!) { addClaim(input: { id: $s, name: "n", text: "t", quote: "North Korea", stance: "asserts",
     claimedBy: ["state:russia"], source: "source:time-nk-russia-arms", about: ["state:russia"] }) { id } }`,
  `mutation($s: String!) { addClaim(input: { id: "claim:battery", name: "n", text: "t", quote: "North Korea",
     stance: $s, claimedBy: ["state:russia"], source: "source:time-nk-russia-arms", about: ["state:russia"] }) { id } }`,
];

const knownCodes = ["BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "QUERY_TIMEOUT"];

function expectClean(answer: GraphQLAnswer, payload: string, label: string): void {
  expect(answer.status, label).toBeLessThan(500);
  for (const error of answer.errors ?? []) {
    expect(knownCodes, `${label}: ${error.message}`).toContain(error.extensions?.code);
    expect(error.message.length, label).toBeLessThan(400);
  }
  // Messages may quote the user's text back; apart from it, nothing of Neo4j, Cypher or a stack shows.
  const shown = JSON.stringify(answer.errors ?? []).replaceAll(
    JSON.stringify(payload.slice(0, 200)).slice(1, -1),
    "",
  );
  expect(shown, label).not.toMatch(/Neo4jError|gqlStatus|stack|\.js:\d|Cypher|Unexpected error/);
}

describe("the injection battery", () => {
  it("answers every read argument cleanly, whatever the string", async () => {
    for (const query of reads) {
      for (const s of payloads)
        expectClean(await post(yoga, query, { s }), s, `${query} <- ${JSON.stringify(s.slice(0, 40))}`);
    }
  });

  it("refuses hostile ids, kinds, types and quotes in mutations without changing anything", async () => {
    for (const query of writes) {
      for (const s of payloads) {
        const answer = await post(yoga, query, { s }, { authorization: `Bearer ${token.split(":")[1]}` });
        expectClean(answer, s, `${query} <- ${JSON.stringify(s.slice(0, 40))}`);
        expect(answer.errors?.length, query).toBeGreaterThan(0);
      }
    }
  });

  it("leaves the graph exactly as it was", async () => {
    expect(await dumpGraph(db())).toBe(before);
  });
});
