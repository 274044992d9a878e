import { entityRuns, numberWords, tokenSpan } from "./entity-spans.js";
import type { ReadText, Token } from "./tokens.js";
import type { Figure } from "./types.js";

/**
 * Figures: wink's CARDINAL, MONEY, PERCENT and QUANTITY entities as a number and a unit. The span takes in the
 * currency sign before the number, the unit after it ("6,700 containers", "1.5 million artillery shells") and a
 * conversion in brackets ("180 km (110 miles)"), so that the number in the brackets is not a second figure.
 */

const multipliers: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const currencySigns: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
  "₽": "RUB",
};
/** Unit words and what they normalise to. */
const units: Record<string, string> = {
  km: "km",
  kilometer: "km",
  kilometers: "km",
  kilometre: "km",
  kilometres: "km",
  mile: "mi",
  miles: "mi",
  mi: "mi",
  m: "m",
  meter: "m",
  meters: "m",
  metre: "m",
  metres: "m",
  kg: "kg",
  kilogram: "kg",
  kilograms: "kg",
  ton: "t",
  tons: "t",
  tonne: "t",
  tonnes: "t",
  t: "t",
  "%": "percent",
  percent: "percent",
  pct: "percent",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  pound: "GBP",
  pounds: "GBP",
  won: "KRW",
  yen: "JPY",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  mm: "mm",
  cm: "cm",
};
/** Words that say a figure is approximate; they stay in its text but not in its number. */
const hedges =
  /^(about|around|approximately|roughly|nearly|almost|some|over|more|than|up|to|at|least|less|fewer|only|just|an|estimated)$/i;
/** Words that count units of a thing without being the thing: "rounds of 152 mm shells" counts shells. */
const containerWords = new Set([
  "rounds",
  "units",
  "pieces",
  "pairs",
  "tons",
  "tonnes",
  "barrels",
  "batches",
]);
/** Words after a number that are not what it counts: "two more", "one other". */
const notUnits = new Set([
  "more",
  "less",
  "fewer",
  "other",
  "others",
  "additional",
  "new",
  "of",
  "than",
  "times",
]);
/** The units figures normalise to ("km", "USD"): measures, not things a report counts. */
export const standardUnits: ReadonlySet<string> = new Set([
  ...Object.values(units),
  ...Object.values(currencySigns),
]);
const figureTypes = new Set(["CARDINAL", "MONEY", "PERCENT", "QUANTITY"]);

/** The number a figure's words say: "about 6,700" → 6700, "1.5 million" → 1500000, "four" → 4; NaN if none. */
export function quantityOf(words: readonly string[]): number {
  let value = Number.NaN;
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/,/g, "");
    if (/^\d+(\.\d+)?$/.test(word)) value = Number(word);
    else if (word in multipliers && !Number.isNaN(value)) value *= multipliers[word] as number;
    else if (word in numberWords && word !== "a" && word !== "an") {
      value = Number.isNaN(value) ? (numberWords[word] as number) : value + (numberWords[word] as number);
    } else if ((word === "a" || word === "an") && Number.isNaN(value)) value = 1;
    else if (!hedges.test(word) && word !== "-") return Number.isNaN(value) ? Number.NaN : value;
  }
  return value;
}

function isNounLike(token: Token | undefined): token is Token {
  return (
    !!token &&
    (token.pos === "NOUN" || token.pos === "PROPN" || (token.pos === "ADJ" && /^\p{Ll}/u.test(token.text)))
  );
}

/** The unit after a number, as tokens [first, last] and its normalised name; undefined when there is none. */
function unitAfter(tokens: readonly Token[], index: number): { last: number; unit: string } | undefined {
  let k = index;
  const next = tokens[k];
  if (!next) return undefined;
  const word = next.text.toLowerCase();
  if (word in units) return { last: k, unit: units[word] as string };
  // "rounds of 152 mm shells": skip the counting word, "of" and a measure of the thing.
  if (containerWords.has(word) && tokens[k + 1]?.text.toLowerCase() === "of") {
    k += 2;
    if (tokens[k]?.pos === "NUM" && (tokens[k + 1]?.text.toLowerCase() ?? "") in units) k += 2;
  }
  const nouns: Token[] = [];
  if (notUnits.has(tokens[k]?.text.toLowerCase() ?? "")) return undefined;
  while (isNounLike(tokens[k]) && nouns.length < 3) {
    nouns.push(tokens[k] as Token);
    k += 1;
  }
  // The counted thing is the last noun of the run: "artillery shells", "cargo vessels".
  while (nouns.length > 0 && !/^\p{Ll}/u.test((nouns.at(-1) as Token).text)) nouns.pop();
  if (nouns.length === 0) return undefined;
  const last = tokens.indexOf(nouns.at(-1) as Token);
  return { last, unit: nouns.map((t) => t.text.toLowerCase()).join(" ") };
}

/** The figures of a text, in text order. */
export function findFigures(read: ReadText): Figure[] {
  const { tokens } = read;
  const figures: Figure[] = [];
  let coveredUntil = -1;
  const isSign = (before: Token) => before.text in currencySigns;
  for (const run of entityRuns(read, figureTypes, isSign)) {
    if (run.entity.first <= coveredUntil) continue;
    const span = run.tokens;
    let { first, last } = run;
    let unit: string | null = run.leading ? (currencySigns[run.leading.text] as string) : null;
    const sign = span.find((t) => t.text in currencySigns);
    if (sign) unit = currencySigns[sign.text] as string;
    const quantity = quantityOf(span.filter((t) => !(t.text in currencySigns)).map((t) => t.text));
    if (!Number.isFinite(quantity)) continue;
    const inner = span.at(-1)?.text.toLowerCase() ?? "";
    if (inner in units) unit = units[inner] as string;
    if (!unit) {
      const after = unitAfter(tokens, last + 1);
      if (after) {
        last = after.last;
        unit = after.unit;
      }
    } else if (unit !== "percent" && (tokens[last + 1]?.text.toLowerCase() ?? "") in units) {
      last += 1; // "$25 billion dollars" is rare; "€3.5 billion" has no word after it
    }
    // "180 km (110 miles)": the conversion in brackets belongs to the figure.
    if (tokens[last + 1]?.text === "(" && tokens[last + 3] && tokens[last + 4]?.text === ")") {
      if (tokens[last + 2]?.pos === "NUM" && (tokens[last + 3]?.text.toLowerCase() ?? "") in units) last += 4;
    }
    // A number in words with nothing counted ("an invented one", "two more") is not a figure.
    if (!unit && !span.some((t) => /\d/.test(t.text))) continue;
    coveredUntil = last;
    figures.push({ ...tokenSpan(read, first, last), quantity, unit });
  }
  return figures;
}
