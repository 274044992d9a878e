import { buildSchema, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { selects } from "./selection.js";

const schema = buildSchema(`
  type Query { graph: Subgraph }
  type Subgraph { nodes: [Node!]! }
  type Node { id: ID! said: Said }
  type Said { dates: [String!]! }
`);

/** Runs `query` on a small schema and tells whether the `graph` resolver saw `nodes { said }` asked for. */
async function asksForSaid(query: string, variableValues?: Record<string, unknown>): Promise<boolean> {
  let seen = false;
  const result = await graphql({
    schema,
    source: query,
    variableValues,
    rootValue: {
      graph: (_args: unknown, _context: unknown, info: Parameters<typeof selects>[0]) => {
        seen = selects(info, ["nodes", "said"]);
        return { nodes: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe("which fields a query asks for below a resolver", () => {
  it("sees a nested field written out, and not one that is absent", async () => {
    expect(await asksForSaid("{ graph { nodes { id said { dates } } } }")).toBe(true);
    expect(await asksForSaid("{ graph { nodes { id } } }")).toBe(false);
  });

  it("sees it through named and inline fragments, as the page writes its queries", async () => {
    expect(
      await asksForSaid(`
        query Graph { graph { ...SubgraphFields } }
        fragment SubgraphFields on Subgraph { nodes { ...NodeFields } }
        fragment NodeFields on Node { id said { dates } }`),
    ).toBe(true);
    expect(
      await asksForSaid("{ graph { ... on Subgraph { nodes { ... on Node { said { dates } } } } } }"),
    ).toBe(true);
  });

  it("does not see a field that @include or @skip leaves out, as the page's first view asks", async () => {
    const query = `query Graph($said: Boolean!) { graph { nodes { id said @include(if: $said) { dates } } } }`;
    expect(await asksForSaid(query, { said: false })).toBe(false);
    expect(await asksForSaid(query, { said: true })).toBe(true);
    expect(await asksForSaid("{ graph { nodes { id said @skip(if: true) { dates } } } }")).toBe(false);
  });
});
