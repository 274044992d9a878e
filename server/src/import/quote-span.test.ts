import { describe, expect, it } from "vitest";
import { findQuote, normalQuote } from "./quote-span.js";

describe("finding a quote in a source's text", () => {
  const text = "He said  “Kyiv’s stocks\nof ammunition dwindle” — and left.";

  it("finds a quote written with straight quotes and single spaces where the text has curly ones and a line break", () => {
    const span = findQuote(text, "Kyiv's stocks of ammunition dwindle");
    expect(span).toBeDefined();
    const found = text.slice(span?.start, span?.end);
    expect(found).toBe("Kyiv’s stocks\nof ammunition dwindle");
    expect(normalQuote(found)).toBe(normalQuote("Kyiv's stocks of ammunition dwindle"));
  });

  it("gives UTF-16 offsets, so text.slice(start, end) is the quote after characters outside the BMP", () => {
    const emoji = "🚢 ships 🚢 sail to Dunay";
    const span = findQuote(emoji, "sail to Dunay");
    expect(span).toEqual({ start: emoji.indexOf("sail"), end: emoji.length });
  });

  it("finds nothing for words the text does not hold, or for an empty quote", () => {
    expect(findQuote(text, "Kyiv's stocks of shells")).toBeUndefined();
    expect(findQuote(text, "   ")).toBeUndefined();
  });
});
