import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printKgxSchema, schemaFile } from "./print-schema.js";

describe("the committed GraphQL schema", () => {
  it("matches the schema the server builds (refresh it with `pnpm --filter @kgx/server schema`)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printKgxSchema());
  });

  it("keeps the generic graph's names that the web page and outside scripts rely on", () => {
    const sdl = printKgxSchema();
    for (const field of [
      "search(asOf: String, first: Int = 20, kinds: [String!], query: String!): [GraphNode!]!",
      "node(id: ID!): GraphNode",
      "neighbourhood(asOf: String, depth: Int = 1, edgeTypes: [String!], id: ID!, limit: Int = 200): Subgraph!",
      "paths(asOf: String, from: ID!, includeClaims: Boolean = false, limit: Int = 5, maxLength: Int = 6, to: ID!): [Subgraph!]!",
      "graph(asOf: String, ids: [ID!], kinds: [String!], limit: Int = 2000): Subgraph!",
    ]) {
      expect(sdl).toContain(field);
    }
  });
});
