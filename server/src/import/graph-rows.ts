import { UserError } from "../errors.js";
import { type KindList, kinds } from "../model/kinds.js";
import {
  endsProblem,
  propertyProblems,
  type RelationshipType,
  relationshipRules,
  relationshipTypes,
} from "../model/relationships.js";
import { toNeo4jValue } from "../model/values.js";
import type { Dataset } from "./dataset-schema.js";
import type { LocatedQuote } from "./quotes.js";

/** A node to write: its labels (from the model's kinds) and its properties, id included. */
export interface NodeRow {
  id: string;
  labels: readonly string[];
  props: Record<string, unknown>;
}

/** A relationship to write between two ids; the base labels let the write use the `id` constraints' indexes. */
export interface RelationshipRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Each reference field of the file and the relationship it becomes, from the model's rules. */
const relationshipOf: Readonly<Record<string, RelationshipType>> = Object.fromEntries(
  relationshipTypes.map((type) => [relationshipRules[type].field, type]),
);

/**
 * The nodes and relationships a dataset describes; `sourceTexts` become the `text` of their Source nodes, and
 * `quotes` (where each claim's quote lies in a text) the `quoteStart`, `quoteEnd` and `quoteIn` of their claims.
 */
export function graphRows(
  data: Dataset,
  sourceTexts: Map<string, string>,
  quotes: ReadonlyMap<string, LocatedQuote> = new Map(),
): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  for (const list of Object.keys(kinds) as KindList[]) {
    for (const record of data[list] as Record<string, unknown>[]) {
      const id = record.id as string;
      const props: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(record)) {
        const type = relationshipOf[key];
        if (type) {
          relationships.push(...relationshipsOf(id, type, value));
        } else if (key === "figures") {
          for (const [figure, n] of Object.entries(value as Record<string, number>))
            props[figure] = toNeo4jValue(figure, n);
        } else if (value !== undefined) {
          props[key] = toNeo4jValue(key, value);
        }
      }
      const text = sourceTexts.get(id);
      if (list === "sources" && text !== undefined) props.text = text;
      const quote = quotes.get(id);
      if (list === "claims" && quote) {
        props.quoteStart = toNeo4jValue("quoteStart", quote.start);
        props.quoteEnd = toNeo4jValue("quoteEnd", quote.end);
        props.quoteIn = quote.in;
      }
      nodes.push({ id, labels: kinds[list].labels, props });
    }
  }
  checkRules(nodes, relationships);
  return { nodes, relationships };
}

/**
 * Checks every relationship against the model's rules, with the messages the mutations give. references.ts has
 * already checked the kinds with the file's lines (from the same rules), so this is the last guard before writing.
 */
function checkRules(nodes: readonly NodeRow[], relationships: readonly RelationshipRow[]): void {
  const labelsOf = new Map(nodes.map((node) => [node.id, node.labels]));
  const problems = relationships.flatMap((row) => {
    const from = { id: row.from, labels: labelsOf.get(row.from) ?? [] };
    const to = { id: row.to, labels: labelsOf.get(row.to) ?? [] };
    const ends = labelsOf.has(row.to) ? endsProblem(row.type, from, to) : undefined;
    return [...(ends ? [ends] : []), ...propertyProblems(row.type, row.props)].map(
      (problem) => `${row.from}>${row.type}>${row.to}: ${problem}`,
    );
  });
  if (problems.length > 0)
    throw new UserError(
      `the dataset breaks the graph model's rules, nothing imported\n${problems.join("\n")}`,
    );
}

function relationshipsOf(from: string, type: RelationshipType, value: unknown): RelationshipRow[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((v, index) => {
    // A route is a list in the file, in travel order; the graph keeps that order on each VIA (0 first).
    if (typeof v === "string")
      return { type, from, to: v, props: type === "VIA" ? { order: toNeo4jValue("order", index) } : {} };
    // A nested reference: `{state, title}` for roles, `{item, quantity, unit}` for CARRIES.
    const { state, item, ...rest } = v as Record<string, unknown>;
    const props = Object.fromEntries(
      Object.entries(rest)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, toNeo4jValue(k, x)]),
    );
    return { type, from, to: String(state ?? item), props };
  });
}
