import { describe, expect, it } from "vitest";
import { dateText, factsOf } from "./format";

describe("a node's properties in words", () => {
  it("says dates as a reader does, marking the inferred ones", () => {
    expect(dateText("2024-02", true)).toBe("Feb 2024 (inferred)");
    expect(dateText("2024-02-27")).toBe("27 Feb 2024");
    expect(dateText("2024")).toBe("2024");
  });

  it("lists facts without raw flags, ids or the source's whole text, numbers in words", () => {
    const facts = factsOf({
      id: "claim:x",
      name: "x",
      quantity: 1_500_000,
      statedOn: "2024-02",
      statedOnInferred: true,
      quoteStart: 3,
      text: "the whole article",
    });
    expect(facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      "Quantity: 1.5 million",
      "Stated on: Feb 2024 (inferred)",
    ]);
  });
});
