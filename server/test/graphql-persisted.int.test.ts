import { beforeAll, describe, expect, it } from "vitest";
import { readPageOperations } from "../src/graphql/persisted.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { codes, type GraphQLAnswer, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

/** Posts a request that names an operation by its hash only, as the page does. */
async function postHash(hash: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
  const response = await yoga.fetch("http://kgx.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, "status">) };
}

/** The hash of the page's operation named `name` (from the codegen's list of the page's operations). */
function hashOf(name: string): string {
  const found = [...readPageOperations()].find(([, text]) => new RegExp(`query ${name}\\b`).test(text));
  if (!found) throw new Error(`The page has no operation named ${name}: run the web codegen.`);
  return found[0];
}

describe("persisted operations", () => {
  it("answers one of the page's operations sent by its hash alone", async () => {
    const answer = await postHash(hashOf("Node"), { id: "state:russia" });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ node: { id: "state:russia", name: "Russia" } });
  });

  it("still answers an operation sent as text, which the page never sent", async () => {
    const answer = await post(yoga, '{ node(id: "state:north-korea") { name } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ node: { name: "North Korea" } });
  });

  it("says that it does not know a hash, so that a client can send the text instead", async () => {
    const answer = await postHash("0".repeat(64), {});
    expect(codes(answer)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(answer.errors?.[0]?.message).toMatch(/send its text in `query`/);
  });

  it("checks the variables of an operation sent by hash as it checks them for one sent as text", async () => {
    const [, text] = [...readPageOperations()].find(([hash]) => hash === hashOf("Neighbourhood")) ?? [];
    const variables = { id: "state:russia", depth: 99 };
    const byHash = await postHash(hashOf("Neighbourhood"), variables);
    const byText = await post(yoga, text ?? "", variables);
    expect(codes(byHash)).toEqual(codes(byText));
    expect(codes(byHash)).not.toEqual([]);
  });
});
