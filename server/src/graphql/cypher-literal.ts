/**
 * Cypher literals for `Subgraph.cypher`: a named query with its parameters written in, so that a researcher can
 * paste it into Neo4j Browser. Values are quoted, never spliced: strings escape backslashes, quotes and every
 * control or line-separator character, so no user text can end the literal.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return quoteString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${quoteKey(key)}: ${cypherLiteral(item)}`);
    return `{${entries.join(", ")}}`;
  }
  throw new Error(`Cannot write a ${typeof value} as a Cypher literal`);
}

function quoteString(text: string): string {
  let out = "'";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === "'") out += "\\'";
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += char;
  }
  return `${out}'`;
}

function quoteKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replaceAll("`", "``")}\``;
}

/**
 * Writes `params` into `query` in place of `$name`. Parameters that the query does not use are ignored; a
 * parameter the query uses but `params` lacks is an error, so a pasted query never fails on a missing `$x`.
 */
export function inlineParameters(query: string, params: Record<string, unknown>): string {
  return query.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`No value for parameter $${name}`);
    return cypherLiteral(params[name]);
  });
}
