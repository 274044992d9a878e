import { type Document, isAlias, isCollection, isPair, isScalar, type LineCounter, visit } from "yaml";
import type { DatasetProblem } from "./problems.js";
import { controlCharacters, controlName, firstControlCharacter } from "./text-file.js";

/**
 * How many nodes aliases may add to a document in all. Reusing a block of fifty nodes two thousand times stays
 * under it; nested aliases that multiply (a "billion laughs" file) pass it within a few levels, long before
 * the expansion costs memory.
 */
export const maxAliasExpansion = 100_000;

/** Reports only this many control characters: the first ones say enough, and a binary file has millions. */
const maxControlProblems = 20;

/**
 * Raw C0 control characters (other than tab, line feed and carriage return) in the text, each at its own
 * line and column. A NUL stored in the graph breaks exports and other tools, and is never meant.
 */
export function rawControlCharacters(text: string, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!controlCharacters.test(text)) return problems;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length && problems.length < maxControlProblems; i++) {
    const char = text[i] ?? "";
    if (char === "\n") {
      line++;
      lineStart = i + 1;
    } else if (controlCharacters.test(char)) {
      const column = [...text.slice(lineStart, i)].length + 1;
      problems.push({
        file,
        line,
        column,
        path: "",
        message: `the control character ${controlName(char)} is not allowed in a dataset; remove it`,
      });
    }
  }
  return problems;
}

/** String values that hold a C0 control character through an escape (`"\0"`, `"\x1b"`), at the value's place. */
export function escapedControlCharacters(doc: Document, lines: LineCounter, file: string): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string" || problems.length >= maxControlProblems) return;
      const found = firstControlCharacter(node.value);
      if (!found) return;
      const pos = lines.linePos(node.range?.[0] ?? 0);
      problems.push({
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: `this string holds the control character ${found.name}; remove it`,
      });
    },
  });
  return problems;
}

/**
 * The first alias at which the nodes that aliases add, counted in document order, pass maxAliasExpansion, as a
 * problem at that alias; undefined when the document stays under the limit.
 */
export function aliasBomb(doc: Document, lines: LineCounter, file: string): DatasetProblem | undefined {
  const sizes = new Map<unknown, number>();
  const size = (node: unknown, open: Set<unknown>): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return 1; // an alias inside its own anchor: yaml keeps it as a cycle, not a copy
    open.add(node);
    let n = 1;
    if (isAlias(node)) n = size(node.resolve(doc), open);
    else if (isPair(node)) n = size(node.key, open) + size(node.value, open);
    else if (isCollection(node)) for (const item of node.items) n += size(item, open);
    else if (!isScalar(node)) n = 0;
    open.delete(node);
    sizes.set(node, Math.min(n, Number.MAX_SAFE_INTEGER));
    return n;
  };
  let added = 0;
  let bomb: DatasetProblem | undefined;
  visit(doc, {
    Alias(_key, node) {
      added += size(node, new Set());
      if (added <= maxAliasExpansion) return undefined;
      const pos = lines.linePos(node.range?.[0] ?? 0);
      bomb = {
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: `YAML aliases expand to more than ${maxAliasExpansion} nodes by here (*${node.source}, nested aliases multiply); write the repeated values out`,
      };
      return visit.BREAK;
    },
  });
  return bomb;
}
