import { describe, expect, it } from "vitest";
import { samePassages, segmentText } from "./segments";
import type { ReaderPassage } from "./store";

const passage = (id: string, start: number, end: number): ReaderPassage => ({
  id,
  stance: "asserts",
  quote: "",
  start,
  end,
  claimants: [],
});

describe("cutting a source's text into highlighted passages", () => {
  const text = "the EU sent 30% of the 1 million shells it pledged, he said";

  it("keeps a quote inside another highlighted, the inner one first where both cover the words", () => {
    const outer = passage("claim:outer", 4, 50);
    const inner = passage("claim:inner", 23, 50);
    const segments = segmentText(text, [outer, inner]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    const shared = segments.find((s) => s.text.startsWith("1 million"));
    expect(shared?.passages.map((p) => p.id)).toEqual(["claim:inner", "claim:outer"]);
    expect(segments[0]?.passages).toEqual([]);
  });

  it("folds claims that quote the same words into one passage", () => {
    const groups = samePassages([passage("b", 4, 10), passage("a", 0, 3), passage("c", 4, 10)]);
    expect(groups.map((group) => group.map((p) => p.id))).toEqual([["a"], ["b", "c"]]);
  });
});
