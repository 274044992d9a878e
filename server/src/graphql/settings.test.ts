import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { writerOf } from "./auth.js";
import { graphqlSettings, parseWriteTokens } from "./settings.js";

describe("GraphQL settings", () => {
  it("turns GraphiQL on in development and off in production unless KGX_GRAPHIQL says otherwise", () => {
    expect(graphqlSettings(loadConfig({}), "development").graphiql).toBe(true);
    expect(graphqlSettings(loadConfig({}), "production").graphiql).toBe(false);
    expect(graphqlSettings(loadConfig({ KGX_GRAPHIQL: "true" }), "production").graphiql).toBe(true);
    expect(graphqlSettings(loadConfig({ KGX_GRAPHIQL: "false" }), "development").graphiql).toBe(false);
  });

  it("allows no other origin unless KGX_CORS_ORIGINS lists some", () => {
    expect(graphqlSettings(loadConfig({})).corsOrigins).toEqual([]);
    expect(
      graphqlSettings(loadConfig({ KGX_CORS_ORIGINS: "https://a.example, https://b.example" })).corsOrigins,
    ).toEqual(["https://a.example", "https://b.example"]);
  });

  it("reads named and bare write tokens, and recognises only a matching bearer token", () => {
    const tokens = parseWriteTokens("alice:0123456789abcdef,fedcba9876543210");
    expect(tokens).toEqual([
      { name: "alice", secret: "0123456789abcdef" },
      { name: "curator", secret: "fedcba9876543210" },
    ]);
    expect(writerOf("Bearer 0123456789abcdef", tokens)).toEqual({ name: "alice" });
    expect(writerOf("Bearer fedcba9876543210", tokens)).toEqual({ name: "curator" });
    expect(writerOf("Bearer nope", tokens)).toHaveProperty("refused");
    expect(writerOf(null, [])).toEqual({ refused: expect.stringMatching(/read-only/) });
  });
});
