import { describe, expect, it } from "vitest";
import {
  changeSetOf,
  entityOptions,
  firstChoice,
  type Mention,
  type MentionChoice,
  statedOnProblem,
} from "./draft";
import { cutText } from "./spans";

const text = "Shin said Rajin shipped 6,700 containers, Kim Testperson added.";
const mention = (words: string, entity: { id: string; name: string } | null, kind = "person"): Mention => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, kind, score: 1, entity, candidates: [] };
};
const mentions = [
  mention("Shin", { id: "person:shin-wonsik", name: "Shin Wonsik" }),
  mention("Rajin", { id: "place:najin", name: "Najin" }, "place"),
  mention("Kim Testperson", null),
];

describe("a curator's decisions as a change set", () => {
  it("makes new entities of accepted new mentions, aliases of kept spellings, and claims of spans", () => {
    const choices: MentionChoice[] = mentions.map((m) => ({ ...firstChoice(m), status: "accepted" }));
    choices[1] = { ...(choices[1] as MentionChoice), alias: true };
    const options = entityOptions(mentions, choices);
    expect(options.map((o) => o.label)).toEqual(["Kim Testperson (new person)", "Najin", "Shin Wonsik"]);
    const kim = options[0]?.value as string;
    const start = text.indexOf("Rajin shipped");
    const input = changeSetOf({ name: "Report", text, publishedOn: "" }, mentions, choices, [
      {
        start,
        end: start + 13,
        quote: "Rajin shipped",
        claimant: kim,
        stance: "asserts",
        about: ["place:najin"],
        quantity: 6700,
        unit: "containers",
        statedOn: " 2024-02 ",
      },
    ]);
    expect(input).toEqual({
      source: { new: { name: "Report", text } },
      entities: [{ ref: kim, kind: "person", name: "Kim Testperson" }],
      aliases: [{ entity: "place:najin", alias: "Rajin" }],
      claims: [
        {
          start,
          end: start + 13,
          claimant: kim,
          stance: "asserts",
          about: ["place:najin"],
          figure: { quantity: 6700, unit: "containers" },
          statedOn: "2024-02",
        },
      ],
    });
    expect(kim).not.toContain(":");
  });

  it("leaves rejected and pending mentions out", () => {
    const choices = mentions.map(firstChoice);
    choices[0] = { ...(choices[0] as MentionChoice), status: "rejected" };
    expect(entityOptions(mentions, choices)).toEqual([]);
    expect(changeSetOf({ name: "R", text, publishedOn: "2024-01-02" }, mentions, choices, [])).toMatchObject({
      source: { new: { publishedOn: "2024-01-02" } },
      entities: [],
      aliases: [],
      claims: [],
    });
  });
});

describe("the report's text cut for its highlights", () => {
  it("keeps every character once and marks each piece with its innermost span", () => {
    const spans = [
      { start: 10, end: 40, className: "claim", title: "" },
      { start: 24, end: 29, className: "figure", title: "" },
    ];
    const pieces = cutText(text, spans);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.map((p) => [p.text, p.span?.className])).toEqual([
      ["Shin said ", undefined],
      ["Rajin shipped ", "claim"],
      ["6,700", "figure"],
      [" containers", "claim"],
      [", Kim Testperson added.", undefined],
    ]);
  });
});

describe("a claim's stated-on date", () => {
  it("takes a year, a month or a real day, and names what is wrong otherwise", () => {
    expect(["", "2024", "2024-02", "2024-02-29", " 2023-10-16 "].map(statedOnProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(statedOnProblem("2023-02-29")).toBe(
      'Stated on: "2023-02-29" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(statedOnProblem("Feb 2024")).toBe(
      'Stated on: "Feb 2024" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(statedOnProblem("2024-13")).toMatch(/is not a date/);
  });
});
