import { describe, expect, it } from "vitest";
import { foldText } from "../model/fold-text.js";
import { luceneQuery, searchQueries } from "./search-query.js";

/** The query with its quoted phrases taken out: what is left must be kgx's own syntax and bare words. */
function outsideQuotes(query: string): string {
  return query.replace(/"[^"\\]*"/g, "");
}

describe("the Lucene query built from what a person typed", () => {
  it("keeps only words, so Lucene syntax typed by a user never reaches the parser", () => {
    expect(luceneQuery('Kim "Jong', "typos")).toMatch(/^\(name:\(kim\b/);
    for (const text of ["*", "\\", "", '"', "()[]{}~^:!+-/", "AND OR (", "   "]) {
      expect(luceneQuery(text, "typos")).toBeUndefined();
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
      const query = luceneQuery(text, "typos") ?? "";
      // Quotes come in pairs and hold no backslash; outside them only kgx's syntax and letters and digits.
      expect(query.split('"').length % 2).toBe(1);
      expect(outsideQuotes(query)).toMatch(/^[\p{L}\p{N} ():^*~]*$/u);
    }
  });

  it("leaves out the words the index leaves out, and cuts long input to 8 words of 64 characters", () => {
    expect(luceneQuery("the invasion", "prefix")).toBe(luceneQuery("invasion", "prefix"));
    const many = luceneQuery(Array.from({ length: 20 }, (_, i) => `word${i}`).join(" "), "prefix") ?? "";
    expect(many.split(" AND ")).toHaveLength(8);
    expect(luceneQuery("x".repeat(500), "prefix")).toContain(`${"x".repeat(64)}*`);
    expect(luceneQuery("x".repeat(500), "prefix")).not.toContain("x".repeat(65));
  });

  it("adds fuzzy terms for typos only when asked, and never to numbers", () => {
    expect(luceneQuery("Zelensky", "prefix")).not.toContain("~");
    expect(luceneQuery("Zelensky", "prefix")).toContain("zelensky*");
    expect(luceneQuery("Zelensky", "typos")).toContain("zelensky~2");
    expect(luceneQuery("6,700 containers", "typos")).not.toMatch(/\d[~*]/);
  });

  it("asks for whole words only in the exact query, and builds the prefix and typo queries only when they add forms", () => {
    const exact = luceneQuery("Novak", "exact") ?? "";
    expect(exact).toMatch(/\bnovak\b/);
    expect(exact).not.toMatch(/[*~]/);
    expect(luceneQuery("Won-sik Shin", "exact")).toContain('"won-sik"');
    expect(searchQueries("Novak")).toEqual({
      exact,
      prefix: luceneQuery("Novak", "prefix"),
      typos: luceneQuery("Novak", "typos"),
    });
    // A figure and an abbreviation have no partial or misspelt forms: the exact query is all there is to ask.
    expect(searchQueries("6,700")).toEqual({ exact: luceneQuery("6,700", "exact") });
    expect(searchQueries("E.U.")).toEqual({ exact: luceneQuery("E.U.", "exact") });
    // A hyphenated name has a prefix (wonsik*) but no typo form.
    expect(Object.keys(searchQueries("won-sik") ?? {})).toEqual(["exact", "prefix"]);
    expect(searchQueries("the")).toBeUndefined();
  });

  it("finds a figure as written with or without its thousands separator, and a decimal only as written", () => {
    expect(luceneQuery("6,700", "prefix")).toContain('"6,700"');
    expect(luceneQuery("6,700", "prefix")).toMatch(/\b6700\b/);
    expect(luceneQuery("6700", "prefix")).toContain('"6,700"');
    expect(luceneQuery("1,500,000", "prefix")).toMatch(/\b1500000\b/);
    expect(luceneQuery("1.5", "prefix")).toContain('"1.5"');
    expect(luceneQuery("1.5", "prefix")).not.toMatch(/\b15\b/);
    expect(luceneQuery("152mm", "prefix")).toContain('"152 mm"');
  });

  it("joins hyphenated words and abbreviations, and adds the dotted form of a short one", () => {
    expect(luceneQuery("Won-sik", "prefix")).toContain('"won-sik"');
    expect(luceneQuery("Won-sik", "prefix")).toMatch(/\bwonsik\b/);
    expect(luceneQuery("E.U.", "prefix")).toMatch(/\beu\b/);
    expect(luceneQuery("E.U.", "prefix")).not.toContain("eu*");
    expect(luceneQuery("US", "prefix")).toContain('"u.s"');
    expect(luceneQuery("Kyiv’s", "prefix")).toMatch(/\bkyiv\b/);
  });

  it("folds accents and case as the index does", () => {
    expect(foldText("Wŏnsik Zelenský Ørsted Straße Kyïv’s")).toBe("wonsik zelensky orsted strasse kyiv's");
    expect(luceneQuery("Wŏnsik", "prefix")).toContain("wonsik*");
  });
});
