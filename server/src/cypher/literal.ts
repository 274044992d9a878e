import neo4j, { type Integer } from "neo4j-driver";

/**
 * Exact Cypher literals for the values Neo4j stores as properties, so that a script re-creates every value with
 * its type: Integer `1` against Float `1.0`, strings with any character, lists, temporal values and points.
 * See docs/decisions/0030-cypher-export-format.md.
 */

/** A property value as the driver returns it (lossless integers on). */
export type PropertyValue = unknown;

/** The Cypher literal that evaluates to `value`. */
export function cypherLiteral(value: PropertyValue): string {
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return cypherFloat(value);
  if (typeof value === "bigint") return value.toString();
  if (neo4j.isInt(value)) return (value as Integer).toString();
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (value === null || value === undefined) return "null";
  const temporal = temporalLiteral(value);
  if (temporal) return temporal;
  if (neo4j.isPoint(value)) return pointLiteral(value);
  if (typeof value === "object") return cypherMap(value as Record<string, PropertyValue>);
  throw new Error(`No Cypher literal for a value of type ${typeof value}`);
}

/** A map literal with its keys in code-point order, so the same map always gives the same text. */
export function cypherMap(map: Record<string, PropertyValue>): string {
  const keys = Object.keys(map).sort(compareCodePoints);
  return `{${keys.map((key) => `${cypherName(key)}: ${cypherLiteral(map[key])}`).join(", ")}}`;
}

/** Orders strings by code point (not UTF-16 unit or locale), as Neo4j's ORDER BY does. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]?.codePointAt(0) ?? 0;
    const y = right[i]?.codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Words that would parse as keywords where a name is expected; quoting them is always safe.
const reserved = new Set(
  "all and as asc ascending by call case contains create delete desc descending detach distinct else end ends exists false in is limit match merge not null optional or order remove return set skip starts then true union unwind when where with xor yield".split(
    " ",
  ),
);

/** A label, relationship type or property key as Cypher source, in backticks when it needs them. */
export function cypherName(name: string): string {
  if (plainName.test(name) && !reserved.has(name.toLowerCase())) return name;
  return `\`${name.replaceAll("`", "``")}\``;
}

/** A label, type or key always in backticks (schema statements, where uniform quoting reads best). */
export function quotedName(name: string): string {
  return `\`${name.replaceAll("`", "``")}\``;
}

const escapes: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/**
 * A double-quoted Cypher string. Control characters, line and paragraph separators and lone surrogates become
 * `\uXXXX` escapes so that every statement of a script stays on lines a shell splits safely; everything else,
 * emoji included, is written as itself (UTF-8).
 */
export function cypherString(text: string): string {
  return `"${text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
    /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => escapes[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  )}"`;
}

/** A Float literal: always with a decimal point or exponent, so it never reads back as an Integer. */
export function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  if (Object.is(value, -0)) return "-0.0";
  // JavaScript prints the shortest text that reads back as the same double, as Java's parser does.
  const text = String(value).replace("e+", "e");
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function temporalLiteral(value: unknown): string | undefined {
  if (neo4j.isDate(value)) return `date("${value.toString()}")`;
  if (neo4j.isLocalDateTime(value)) return `localdatetime("${value.toString()}")`;
  if (neo4j.isDateTime(value)) return `datetime("${value.toString()}")`;
  if (neo4j.isLocalTime(value)) return `localtime("${value.toString()}")`;
  if (neo4j.isTime(value)) return `time("${value.toString()}")`;
  if (neo4j.isDuration(value)) {
    const { months, days, seconds, nanoseconds } = value;
    return `duration({months: ${months}, days: ${days}, seconds: ${seconds}, nanoseconds: ${nanoseconds}})`;
  }
  return undefined;
}

function pointLiteral(point: { srid: unknown; x: number; y: number; z?: number | undefined }): string {
  const z = point.z === undefined || Number.isNaN(point.z) ? "" : `, z: ${cypherFloat(point.z)}`;
  return `point({srid: ${String(point.srid)}, x: ${cypherFloat(point.x)}, y: ${cypherFloat(point.y)}${z}})`;
}
