import { describe, expect, it } from "vitest";
import { inlineParameters } from "./inline-parameters.js";

describe("inlineParameters", () => {
  it("writes user text as quoted strings that no character can end", () => {
    expect(
      inlineParameters("MATCH (n) WHERE n.id IN $ids RETURN n", {
        ids: ['"}) MATCH (n) DETACH DELETE n //', "a\nb"],
      }),
    ).toBe('MATCH (n) WHERE n.id IN ["\\"}) MATCH (n) DETACH DELETE n //", "a\\nb"] RETURN n');
  });

  it("writes whole numbers as Integers, so that LIMIT and path bounds stay valid Cypher", () => {
    expect(inlineParameters("RETURN $n LIMIT $limit", { n: null, limit: 5 })).toBe("RETURN null LIMIT 5");
  });

  it("refuses a query whose parameter has no value", () => {
    expect(() => inlineParameters("RETURN $missing", {})).toThrow("No value for parameter $missing");
  });
});
