import { describe, expect, it } from "vitest";
import { compareIntervals, overlaps, parsePartialDate, requirePartialDate, startsBy } from "./dates.js";

const d = (text: string) => requirePartialDate(text, "date");

describe("partial dates", () => {
  it("reads a month as the whole month, leap years included", () => {
    expect(d("2023-09")).toEqual({
      text: "2023-09",
      precision: "month",
      start: "2023-09-01",
      end: "2023-09-30",
    });
    expect(d("2024-02").end).toBe("2024-02-29");
    expect(d("2023-02").end).toBe("2023-02-28");
  });

  it("reads a year as the whole year and a day as itself", () => {
    expect(d("2022")).toMatchObject({ precision: "year", start: "2022-01-01", end: "2022-12-31" });
    expect(d("2023-10-16")).toMatchObject({ precision: "day", start: "2023-10-16", end: "2023-10-16" });
  });

  it("refuses a text that is no date, or a day the month does not have, naming the field", () => {
    expect(parsePartialDate("2023-02-30")).toBeUndefined();
    expect(parsePartialDate("September 2023")).toBeUndefined();
    expect(() => requirePartialDate("2023-13", "asOf")).toThrow(
      "asOf: '2023-13' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY",
    );
  });

  it("orders by start, and at the same start puts the year before the month before the day", () => {
    const texts = ["2024-02-27", "2023-09-01", "2024-02", "2022", "2023-09", "2023", "2024"];
    const sorted = texts
      .map(d)
      .sort(compareIntervals)
      .map((i) => i.text);
    expect(sorted).toEqual(["2022", "2023", "2023-09", "2023-09-01", "2024", "2024-02", "2024-02-27"]);
  });

  it("counts a month as said by a day inside it, but not by the day before it starts", () => {
    expect(startsBy(d("2024-02"), d("2024-02-15"))).toBe(true);
    expect(startsBy(d("2024-02"), d("2024-01-31"))).toBe(false);
    expect(startsBy(d("2024-02-27"), d("2024-02"))).toBe(true);
    expect(startsBy(d("2024-02-27"), d("2024-02-26"))).toBe(false);
  });

  it("sees a day inside a month as overlapping it and the next month as not", () => {
    expect(overlaps(d("2023-09"), d("2023-09-13"))).toBe(true);
    expect(overlaps(d("2023-09"), d("2023-10"))).toBe(false);
  });
});
