import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { cypherFloat, cypherLiteral, cypherMap, cypherName, cypherString } from "./literal.js";

describe("Cypher literals", () => {
  it("keeps Integers and Floats apart: 1 against 1.0, and writes the floats JSON cannot", () => {
    expect(cypherLiteral(neo4j.int(1))).toBe("1");
    expect(cypherLiteral(1)).toBe("1.0");
    expect(cypherLiteral(neo4j.int("9223372036854775807"))).toBe("9223372036854775807");
    expect([1e300, 5e-324, 0.1, -0, Number.NaN, Number.POSITIVE_INFINITY].map(cypherFloat)).toEqual([
      "1e300",
      "5e-324",
      "0.1",
      "-0.0",
      "NaN",
      "Infinity",
    ]);
  });

  it("escapes quotes, backslashes and line breaks so that no string spans two lines", () => {
    expect(cypherString(`a"b\\c\nd\r\te`)).toBe(String.raw`"a\"b\\c\nd\r\te"`);
    expect(cypherString("\u0000\u2028")).toBe(String.raw`"\u0000\u2028"`);
    expect(cypherString("\ud800x")).toBe(String.raw`"\ud800x"`);
  });

  it("writes unicode and emoji as themselves", () => {
    expect(cypherString("북한 🇰🇵 👩🏽‍🔬")).toBe('"북한 🇰🇵 👩🏽‍🔬"');
  });

  it("puts names in backticks only when they need them, doubling backticks inside", () => {
    expect(["name", "Person", "key with space", "back`tick", "1st", "match", "ünï"].map(cypherName)).toEqual([
      "name",
      "Person",
      "`key with space`",
      "`back``tick`",
      "`1st`",
      "`match`",
      "`ünï`",
    ]);
  });

  it("writes maps with their keys in a fixed order, and lists and temporal values exactly", () => {
    expect(cypherMap({ b: [neo4j.int(1), 2.5], a: [] })).toBe("{a: [], b: [1, 2.5]}");
    expect(cypherLiteral(new neo4j.types.Date(2024, 2, 27))).toBe('date("2024-02-27")');
    expect(cypherLiteral(new neo4j.types.Duration(14, -3, 5, 7))).toBe(
      "duration({months: 14, days: -3, seconds: 5, nanoseconds: 7})",
    );
    expect(cypherLiteral(new neo4j.types.Point(4326, 130.3, 42))).toBe(
      "point({srid: 4326, x: 130.3, y: 42.0})",
    );
  });
});
