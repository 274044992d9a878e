import { describe, expect, test } from "vitest";
import { firstInvalidUtf8, positionOfByte } from "./read-file.js";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("finding bytes that are not UTF-8", () => {
  test("valid text of one to four bytes per character has no invalid byte", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("Najin – 나진 – 🚢"))).toBeUndefined();
  });

  test("a Latin-1 byte is found at its offset", () => {
    expect(firstInvalidUtf8(bytes(0x53, 0x68, 0xf6, 0x6e))).toBe(2);
  });

  test("a truncated sequence, an overlong form and a surrogate are invalid", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
  });

  test("the position of a byte is its line and its column in characters", () => {
    const text = [...new TextEncoder().encode("a: 1\nname: Sh–"), 0xf6];
    expect(positionOfByte(Uint8Array.from(text), text.length - 1)).toEqual({ line: 2, column: 10 });
  });
});
