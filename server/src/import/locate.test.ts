import { describe, expect, test } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { formatPath, locate } from "./locate.js";
import { parseDataset } from "./parse.js";
import { DatasetError } from "./problems.js";

const text = `format: kgx/1
claims:
  - id: claim:a
    quote: first
  - id: claim:b
    about: &targets
      - state:x
    contradicts: *targets
`;

function locateIn(path: (string | number)[]) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return locate(doc, lines, path);
}

describe("locating a path of the data in the YAML text", () => {
  test("a field points at its value's line and column", () => {
    expect(locateIn(["claims", 0, "quote"])).toEqual({ line: 4, column: 12, found: true });
  });

  test("a missing field points at the record that lacks it", () => {
    expect(locateIn(["claims", 1, "quote"])).toEqual({ line: 5, column: 5, found: false });
  });

  test("a path through an alias points at the anchored node", () => {
    expect(locateIn(["claims", 1, "contradicts", 0])).toEqual({ line: 7, column: 9, found: true });
  });

  test("paths read as a person writes them", () => {
    expect(formatPath(["claims", 3, "carries", 0, "item"])).toBe("claims[3].carries[0].item");
  });
});

describe("validating a dataset", () => {
  test("every schema problem is reported at once, each with file, line, path and expectation", () => {
    const bad = `format: kgx/1
claims:
  - id: claim:a
    name: A
    text: t
    quote: q
    stance: maybe
    claimedBy: []
    about: [state:x]
`;
    const error = (() => {
      try {
        parseDataset(bad, "bad.yaml");
      } catch (e) {
        return e as DatasetError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DatasetError);
    expect(error?.message.split("\n").slice(1)).toEqual([
      "bad.yaml:3:5 claims[0].source: missing required field 'source': expected string",
      'bad.yaml:7:13 claims[0].stance: expected one of "asserts"|"denies"|"estimates"|"forecasts"',
      "bad.yaml:8:16 claims[0].claimedBy: expected at least one claimant (CLAIMED_BY)",
    ]);
  });
});
