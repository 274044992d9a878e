import neo4j from "neo4j-driver";
import { ConsoleError } from "./console-error.js";

/** Limits on a console query's parameters: a question needs a few small values. */
const maxParams = 50;
const maxParamBytes = 100_000;
const paramName = /^[\p{L}_][\p{L}\p{N}_]{0,99}$/u;

/**
 * A console query's parameters: a JSON map (or nothing) of at most 50 named values and 100 kB. They reach Neo4j as
 * parameters, never as text of the query; whole numbers go as Integers, as Cypher's own literals would (LIMIT $n).
 */
export function checkParams(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== "object" || Array.isArray(params))
    throw new ConsoleError(
      "CYPHER_BAD_PARAMS",
      'params must be a JSON object of named values, as {"name": value}.',
    );
  const entries = Object.entries(params);
  if (entries.length > maxParams)
    throw new ConsoleError(
      "CYPHER_BAD_PARAMS",
      `${entries.length} params given; the console takes at most ${maxParams}.`,
    );
  const bad = entries.find(([name]) => !paramName.test(name));
  if (bad)
    throw new ConsoleError(
      "CYPHER_BAD_PARAMS",
      `The param name ${JSON.stringify(bad[0].slice(0, 40))} is not a Cypher parameter name (letters, digits, _).`,
    );
  const bytes = JSON.stringify(params).length;
  if (bytes > maxParamBytes)
    throw new ConsoleError(
      "CYPHER_BAD_PARAMS",
      `The params are ${bytes} bytes as JSON; the console takes at most ${maxParamBytes}.`,
    );
  return Object.fromEntries(entries.map(([name, value]) => [name, withIntegers(value)]));
}

function withIntegers(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIntegers(item)]));
  return value;
}
