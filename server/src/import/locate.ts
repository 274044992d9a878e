import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
} from "yaml";

/** Where a path into the data sits in the YAML text: the 1-based position, and whether the path itself exists. */
export interface Located {
  line: number;
  column: number;
  /** False when the last step is missing (e.g. a required field): the position is then its parent's. */
  found: boolean;
}

/**
 * Finds the position in the YAML text of `path` (as zod reports it: keys and array indexes), following aliases.
 * A missing step points at the deepest node that exists, so "missing field" lands on the record that lacks it.
 */
export function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Located {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  let found = true;
  let deepest: unknown = node;
  for (const step of path) {
    node = resolve(doc, node);
    const next = childOf(node, step);
    if (!next) {
      found = false;
      break;
    }
    keyNode = next.key;
    node = next.value;
    deepest = node ?? keyNode;
  }
  // A key with no value (`quote:`) has no node of its own; point at its key.
  const target = isNode(deepest) ? deepest : isNode(keyNode) ? keyNode : doc.contents;
  const offset = isNode(target) && target.range ? target.range[0] : 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col, found };
}

function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function childOf(node: unknown, step: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(step));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof step === "number") {
    const item = node.items[step];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === "string" ? key : undefined;
}

/** A zod-style path as a reader writes it: `claims[3].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((step, i) => (typeof step === "number" ? `[${step}]` : `${i === 0 ? "" : "."}${String(step)}`))
    .join("");
}

/** The node type yaml exposes, re-exported for signatures elsewhere. */
export type YamlNode = Node;
