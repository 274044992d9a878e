import neo4j from "neo4j-driver";
import { cypherLiteral } from "./literal.js";

/**
 * Writes `params` into `query` in place of `$name`, so that a researcher can paste the query into Neo4j Browser
 * (`Subgraph.cypher`). Values are quoted by the exporter's exact literals, never spliced, so no user text can end
 * a literal. Parameters are JavaScript values as a resolver passes them: whole numbers are Cypher Integers (for
 * LIMIT and path bounds). A parameter the query uses but `params` lacks is an error, so a pasted query never fails
 * on a missing `$x`; parameters the query does not use are ignored.
 */
export function inlineParameters(query: string, params: Record<string, unknown>): string {
  return query.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`No value for parameter $${name}`);
    return cypherLiteral(asCypherValue(params[name]));
  });
}

function asCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(asCypherValue);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asCypherValue(item)]));
  }
  return value;
}
