/** A stance as a mark a reader takes in at a glance, and the word a screen reader says for it. */
export interface StanceMark {
  mark: string;
  label: string;
}

const marks: Readonly<Record<string, string>> = {
  asserts: "✓",
  denies: "✗",
  estimates: "≈",
  forecasts: "→",
};

/** The mark of a stance: ✓ asserts, ✗ denies, ≈ estimates, → forecasts; another stance shows as its word. */
export function stanceMark(stance: string): StanceMark {
  return { mark: marks[stance] ?? "•", label: stance };
}

/** The stances with a mark, in the order a legend lists them. */
export const markedStances = Object.keys(marks);
