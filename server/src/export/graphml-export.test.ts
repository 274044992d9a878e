import { describe, expect, it } from "vitest";
import { graphmlText, nameToken } from "./graphml-export.js";

describe("nameToken", () => {
  it("leaves kgx ids and plain keys as they are", () => {
    for (const text of [
      "person:vladimir-putin",
      "claim:shin-6700-containers",
      "statedOn",
      "ünï",
      "1st",
      "북한",
    ])
      expect(nameToken(text)).toBe(text);
  });

  it("escapes what an XML name token cannot hold as _x<code point>_", () => {
    expect(nameToken("key with space")).toBe("key_x0020_with_x0020_space");
    expect(nameToken("back`tick")).toBe("back_x0060_tick");
    expect(nameToken("emoji 🚀")).toBe("emoji_x0020__x1F680_");
    expect(nameToken("")).toBe("_x_");
  });

  it("gives distinct tokens for distinct texts, even ones that look escaped already", () => {
    const texts = ["a b", "a_x0020_b", "_x_", "", "a_b", "a_xb"];
    expect(new Set(texts.map(nameToken)).size).toBe(texts.length);
    expect(nameToken("a_x0020_b")).toBe("a_x005F_x0020_b");
  });
});

describe("graphmlText", () => {
  it("keeps the sign of -0.0 on a double key, which JavaScript would print as 0", () => {
    expect(graphmlText(-0, "double")).toBe("-0.0");
    expect(graphmlText(0, "double")).toBe("0");
    expect(graphmlText(-1.5, "double")).toBe("-1.5");
    expect(graphmlText([-0, 2.5], "string")).toBe("[-0.0,2.5]");
  });
});
