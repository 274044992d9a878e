import { describe, expect, it } from "vitest";
import { foldText } from "../model/fold-text.js";
import { luceneQuery } from "./search-query.js";

/** The query with its quoted phrases taken out: what is left must be kgx's own syntax and bare words. */
function outsideQuotes(query: string): string {
  return query.replace(/"[^"\\]*"/g, "");
}

describe("the Lucene query built from what a person typed", () => {
  it("keeps only words, so Lucene syntax typed by a user never reaches the parser", () => {
    expect(luceneQuery('Kim "Jong', true)).toMatch(/^\(name:\(kim\b/);
    for (const text of ["*", "\\", "", '"', "()[]{}~^:!+-/", "AND OR (", "   "]) {
      expect(luceneQuery(text, true)).toBeUndefined();
    }
    const hostile = [
      'Kim "Jong',
      'a"b\\"c',
      "name:kim~",
      "[a TO z]",
      "x-y:z",
      "won-sik\\",
      'u.s.")',
      "o'brien*",
    ];
    for (const text of hostile) {
      const query = luceneQuery(text, true) ?? "";
      // Quotes come in pairs and hold no backslash; outside them only kgx's syntax and letters and digits.
      expect(query.split('"').length % 2).toBe(1);
      expect(outsideQuotes(query)).toMatch(/^[\p{L}\p{N} ():^*~]*$/u);
    }
  });

  it("leaves out the words the index leaves out, and cuts long input to 8 words of 64 characters", () => {
    expect(luceneQuery("the invasion", false)).toBe(luceneQuery("invasion", false));
    const many = luceneQuery(Array.from({ length: 20 }, (_, i) => `word${i}`).join(" "), false) ?? "";
    expect(many.split(" AND ")).toHaveLength(8);
    expect(luceneQuery("x".repeat(500), false)).toContain(`${"x".repeat(64)}*`);
    expect(luceneQuery("x".repeat(500), false)).not.toContain("x".repeat(65));
  });

  it("adds fuzzy terms for typos only when asked, and never to numbers", () => {
    expect(luceneQuery("Zelensky", false)).not.toContain("~");
    expect(luceneQuery("Zelensky", false)).toContain("zelensky*");
    expect(luceneQuery("Zelensky", true)).toContain("zelensky~2");
    expect(luceneQuery("6,700 containers", true)).not.toMatch(/\d[~*]/);
  });

  it("finds a figure as written with or without its thousands separator, and a decimal only as written", () => {
    expect(luceneQuery("6,700", false)).toContain('"6,700"');
    expect(luceneQuery("6,700", false)).toMatch(/\b6700\b/);
    expect(luceneQuery("6700", false)).toContain('"6,700"');
    expect(luceneQuery("1,500,000", false)).toMatch(/\b1500000\b/);
    expect(luceneQuery("1.5", false)).toContain('"1.5"');
    expect(luceneQuery("1.5", false)).not.toMatch(/\b15\b/);
    expect(luceneQuery("152mm", false)).toContain('"152 mm"');
  });

  it("joins hyphenated words and abbreviations, and adds the dotted form of a short one", () => {
    expect(luceneQuery("Won-sik", false)).toContain('"won-sik"');
    expect(luceneQuery("Won-sik", false)).toMatch(/\bwonsik\b/);
    expect(luceneQuery("E.U.", false)).toMatch(/\beu\b/);
    expect(luceneQuery("E.U.", false)).not.toContain("eu*");
    expect(luceneQuery("US", false)).toContain('"u.s"');
    expect(luceneQuery("Kyiv’s", false)).toMatch(/\bkyiv\b/);
  });

  it("folds accents and case as the index does", () => {
    expect(foldText("Wŏnsik Zelenský Ørsted Straße Kyïv’s")).toBe("wonsik zelensky orsted strasse kyiv's");
    expect(luceneQuery("Wŏnsik", false)).toContain("wonsik*");
  });
});
