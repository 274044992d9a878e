import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoPath } from "../paths.js";

/** A Cypher statement kept in `cypher/` under `// name: <name>`. */
export interface NamedQuery {
  name: string;
  /** The file it comes from, relative to `cypher/`. */
  file: string;
  text: string;
}

const cypherRoot = repoPath("cypher");

/**
 * Reads the named blocks of one `.cypher` file (relative to `cypher/`). A block starts at a `// name: x` line and
 * runs to the next one; its text is valid Cypher that a researcher can paste into Neo4j Browser.
 */
export function readNamedQueries(file: string): NamedQuery[] {
  const source = readFileSync(join(cypherRoot, file), "utf8");
  const queries: NamedQuery[] = [];
  let current: { name: string; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const text = current.lines.join("\n").trim().replace(/;\s*$/, "");
    if (text) queries.push({ name: current.name, file, text });
  };
  for (const line of source.split("\n")) {
    const header = /^\/\/\s*name:\s*([\w-]+)\s*$/.exec(line);
    if (header?.[1]) {
      flush();
      current = { name: header[1], lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return queries;
}

/** Every named query of every `.cypher` file in a folder of `cypher/` (recursively), by file then position. */
export function readNamedQueriesIn(folder: string): NamedQuery[] {
  const dir = join(cypherRoot, folder);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".cypher"))
    .map((entry) => relative(cypherRoot, join(entry.parentPath, entry.name)))
    .sort()
    .flatMap(readNamedQueries);
}

/** One named query from a file of `cypher/`; throws if it is not there, so a typo fails at start, not per request. */
export function namedQuery(file: string, name: string): string {
  const query = readNamedQueries(file).find((q) => q.name === name);
  if (!query) throw new Error(`No query named '${name}' in cypher/${file}`);
  return query.text;
}
