import { type KindList, kinds } from "../model/kinds.js";
import { type RelationshipRule, relationshipRules, relationshipTypes } from "../model/relationships.js";
import type { Dataset } from "./dataset-schema.js";
import { formatPath, locate } from "./locate.js";
import type { ParsedDataset } from "./parse.js";
import type { DatasetProblem } from "./problems.js";

/** The field of a nested reference record that holds the id (`leads: [{state, title}]`). */
const nestedId: Readonly<Record<string, string>> = { leads: "state", officialOf: "state", carries: "item" };

/**
 * Which kinds each reference field may point to: list, field (dotted for nested records), allowed id prefixes.
 * Derived from the model's relationship rules (server/src/model/relationships.ts), so the file and the mutations
 * follow one set of rules.
 */
export const referenceFields: ReadonlyArray<readonly [KindList, string, readonly string[]]> =
  relationshipTypes.map((type) => {
    const rule: RelationshipRule = relationshipRules[type];
    const lists = Object.keys(kinds) as KindList[];
    const fits = (list: KindList, labels: readonly string[]) =>
      kinds[list].labels.some((label) => labels.includes(label));
    const list = lists.find((l) => fits(l, rule.from)) ?? "sources";
    const nested = nestedId[rule.field];
    const field = nested ? `${rule.field}.${nested}` : rule.field;
    return [list, field, lists.filter((l) => fits(l, rule.to)).map((l) => kinds[l].prefix)] as const;
  });

type Path = (string | number)[];

/** Every reference of a record for one field spec, with its path in the data. */
export function referencesOf(record: unknown, field: string, path: Path): { id: string; path: Path }[] {
  const [head, ...rest] = field.split(".");
  if (!head || typeof record !== "object" || record === null) return [];
  const value = (record as Record<string, unknown>)[head];
  const here = [...path, head];
  const visit = (v: unknown, p: Path) =>
    rest.length > 0 ? referencesOf(v, rest.join("."), p) : typeof v === "string" ? [{ id: v, path: p }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => visit(v, [...here, i]));
  return value === undefined ? [] : visit(value, here);
}

/** Duplicate ids, ids in the wrong list, and references to ids that do not exist or are of the wrong kind. */
export function checkReferences(parsed: ParsedDataset): DatasetProblem[] {
  const { data } = parsed;
  const problems: DatasetProblem[] = [];
  const at = (path: Path, message: string) => {
    const { line, column } = locate(parsed.doc, parsed.lines, path);
    problems.push({ file: parsed.file, line, column, path: formatPath(path), message });
  };
  const defined = new Map<string, Path>();
  for (const list of Object.keys(kinds) as KindList[]) {
    data[list].forEach((record, i) => {
      const first = defined.get(record.id);
      if (first) {
        const { line } = locate(parsed.doc, parsed.lines, first);
        at(
          [list, i, "id"],
          `duplicate id '${record.id}': expected ids to be unique (first defined at line ${line})`,
        );
      } else {
        defined.set(record.id, [list, i, "id"]);
      }
    });
  }
  for (const [list, field, allowed] of referenceFields) {
    (data[list] as unknown[]).forEach((record, i) => {
      for (const ref of referencesOf(record, field, [list, i])) {
        const prefix = ref.id.slice(0, ref.id.indexOf(":"));
        if (!defined.has(ref.id)) {
          at(
            ref.path,
            `unknown id '${ref.id}': expected the id of a ${allowed.join(" or ")} defined in this file`,
          );
        } else if (!allowed.includes(prefix)) {
          at(ref.path, `'${ref.id}' is a ${prefix}: expected a ${allowed.join(" or ")}`);
        }
      }
    });
  }
  return problems;
}

/** Every id the file defines, in file order. */
export function definedIds(data: Dataset): string[] {
  return (Object.keys(kinds) as KindList[]).flatMap((list) => data[list].map((record) => record.id));
}
