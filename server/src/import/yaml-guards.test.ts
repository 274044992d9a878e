import { describe, expect, test } from "vitest";
import { parseDataset } from "./parse.js";
import { DatasetError } from "./problems.js";

/** The lines a refused dataset prints, one per problem. */
function refusal(text: string): string[] {
  try {
    parseDataset(text, "bad.yaml");
  } catch (error) {
    if (error instanceof DatasetError) return error.message.split("\n").slice(1);
    throw error;
  }
  throw new Error("the dataset was accepted");
}

const person = (name: string) => `format: kgx/1\npeople:\n  - id: person:a\n    name: ${name}\n`;

describe("YAML aliases", () => {
  test("a billion-laughs file is refused at the alias where the expansion passes the limit", () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(",")}]`);
    }
    const lines = refusal(`format: kgx/1\n${levels.join("\n")}\n`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^bad\.yaml:6:\d+: YAML aliases expand to more than 100000 nodes by here \(\*d, nested aliases multiply\); write the repeated values out$/,
    );
  });

  test("an anchor reused by a few aliases is read as before", () => {
    const text = `format: kgx/1
states:
  - id: state:x
    name: X
    aliases: &names [Ex, Why]
  - id: state:y
    name: Y
    aliases: *names
`;
    expect(parseDataset(text, "ok.yaml").data.states.map((s) => s.aliases)).toEqual([
      ["Ex", "Why"],
      ["Ex", "Why"],
    ]);
  });
});

describe("control characters", () => {
  test("a raw NUL byte in a name is refused at its line and column", () => {
    expect(refusal(person("Kim\u0000Jong"))).toEqual([
      "bad.yaml:4:14: the control character U+0000 (NUL) is not allowed in a dataset; remove it",
    ]);
  });

  test("a raw escape character is refused, and each one is reported", () => {
    expect(refusal(`${person("A\u001b[31m")}    title: \u0007bell\n`)).toEqual([
      "bad.yaml:4:12: the control character U+001B (ESC) is not allowed in a dataset; remove it",
      "bad.yaml:5:12: the control character U+0007 is not allowed in a dataset; remove it",
    ]);
  });

  test("a NUL written as an escape in a quoted string is refused at that string", () => {
    expect(refusal(person('"Kim\\0Jong"'))).toEqual([
      "bad.yaml:4:11: this string holds the control character U+0000 (NUL); remove it",
    ]);
  });

  test("tabs, carriage returns and line feeds stay allowed", () => {
    const text = `format: kgx/1\r\npeople:\r\n  - id: person:a\r\n    name: "Kim\\tJong"\r\n    description: "two\\r\\nlines"\r\n`;
    expect(parseDataset(text, "ok.yaml").data.people[0]?.description).toBe("two\r\nlines");
  });
});
