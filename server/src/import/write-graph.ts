import { userInfo } from "node:os";
import type { ManagedTransaction } from "neo4j-driver";
import { recordChange } from "../audit/change-log.js";
import { baseLabelOf } from "../model/kinds.js";
import { commonLabel, modelLabels } from "../model/labels.js";
import { relationshipTypes } from "../model/relationships.js";
import type { NodeRow, RelationshipRow } from "./graph-rows.js";

/** What one import did, by label and by relationship type. */
export interface ImportSummary {
  nodes: Record<string, { created: number; updated: number; unchanged: number }>;
  relationships: Record<string, { created: number; updated: number; unchanged: number; deleted: number }>;
}

const batchSize = 1000;

/** Labels and types cannot be parameters, so they enter Cypher only from the allow-lists, quoted. */
function label(name: string): string {
  if (!(modelLabels as readonly string[]).includes(name) && name !== commonLabel)
    throw new Error(`'${name}' is not a label of the graph model`);
  return `\`${name}\``;
}
function relType(name: string): string {
  if (!(relationshipTypes as readonly string[]).includes(name))
    throw new Error(`'${name}' is not a relationship type`);
  return `\`${name}\``;
}

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const name = key(row);
    const group = groups.get(name);
    if (group) group.push(row);
    else groups.set(name, [row]);
  }
  return groups;
}

/** MERGEs nodes by id in batches; each node's properties become exactly those of the file. */
export async function writeNodes(
  tx: ManagedTransaction,
  rows: readonly NodeRow[],
  summary: ImportSummary,
  progress: (rows: number) => void,
): Promise<void> {
  for (const [labels, group] of groupBy(rows, (row) => row.labels.join(":"))) {
    const all = labels.split(":");
    const main = all.at(-1) ?? "";
    // Kgx: the label every node of the model has, for one index seek by id (docs/decisions/0056-common-label.md).
    const extra = [...all.slice(0, -1), commonLabel].map((l) => `, n:${label(l)}`).join("");
    const query = `UNWIND $rows AS row
OPTIONAL MATCH (old:${label(main)} {id: row.id})
WITH row, old IS NULL AS isNew, properties(old) AS before
MERGE (n:${label(main)} {id: row.id})
SET n = row.props${extra}
WITH isNew, before, properties(n) AS after
RETURN count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN NOT isNew AND before <> after THEN 1 END) AS updated`;
    for (const batch of batches(group)) {
      const result = await tx.run(query, { rows: batch.map((row) => ({ id: row.id, props: row.props })) });
      addCounts(nodeCounts(summary, main), result.records[0]?.toObject(), batch.length);
      progress(batch.length);
    }
  }
}

/** MERGEs relationships between ids in batches; each relationship's properties become those of the file. */
export async function writeRelationships(
  tx: ManagedTransaction,
  rows: readonly RelationshipRow[],
  summary: ImportSummary,
  progress: (rows: number) => void,
): Promise<void> {
  // The same relationship listed twice is one relationship (the last listing's properties win).
  const unique = [...new Map(rows.map((row) => [`${row.type} ${row.from} ${row.to}`, row])).values()];
  const groups = groupBy(unique, (row) => `${row.type}:${baseLabelOf(row.from)}:${baseLabelOf(row.to)}`);
  for (const [key, group] of groups) {
    const [type = "", fromLabel = "", toLabel = ""] = key.split(":");
    const query = `UNWIND $rows AS row
MATCH (a:${label(fromLabel)} {id: row.from})
MATCH (b:${label(toLabel)} {id: row.to})
OPTIONAL MATCH (a)-[old:${relType(type)}]->(b)
WITH a, b, row, old IS NULL AS isNew, properties(old) AS before
MERGE (a)-[r:${relType(type)}]->(b)
SET r = row.props
WITH isNew, before, properties(r) AS after
RETURN count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN NOT isNew AND before <> after THEN 1 END) AS updated`;
    for (const batch of batches(group)) {
      const result = await tx.run(query, { rows: batch });
      addCounts(relationshipCounts(summary, type), result.records[0]?.toObject(), batch.length);
      progress(batch.length);
    }
  }
}

/**
 * Deletes the model's relationships that start at a node of the file but are no longer listed there: the file
 * is the whole truth about its nodes' outgoing relationships (docs/decisions/0011-import-semantics.md).
 */
export async function pruneRelationships(
  tx: ManagedTransaction,
  nodes: readonly NodeRow[],
  relationships: readonly RelationshipRow[],
  summary: ImportSummary,
): Promise<void> {
  const keep = groupBy(relationships, (row) => row.from);
  for (const [base, group] of groupBy(nodes, (row) => baseLabelOf(row.id))) {
    const query = `UNWIND $rows AS row
MATCH (a:${label(base)} {id: row.id})-[r]->(b)
WHERE type(r) IN $types AND NOT (type(r) + ' ' + b.id) IN row.keep
WITH type(r) AS type, r
DELETE r
RETURN type, count(*) AS deleted`;
    for (const batch of batches(group)) {
      const rows = batch.map((n) => ({
        id: n.id,
        keep: (keep.get(n.id) ?? []).map((r) => `${r.type} ${r.to}`),
      }));
      const result = await tx.run(query, { rows, types: relationshipTypes });
      for (const record of result.records) {
        const type = record.get("type") as string;
        relationshipCounts(summary, type).deleted += Number(record.get("deleted"));
      }
    }
  }
}

function addCounts(
  counts: { created: number; updated: number; unchanged: number },
  record: Record<string, unknown> | undefined,
  total: number,
): void {
  const created = Number(record?.created ?? 0);
  const updated = Number(record?.updated ?? 0);
  counts.created += created;
  counts.updated += updated;
  counts.unchanged += total - created - updated;
}

function nodeCounts(summary: ImportSummary, label: string): ImportSummary["nodes"][string] {
  summary.nodes[label] ??= { created: 0, updated: 0, unchanged: 0 };
  return summary.nodes[label];
}

function relationshipCounts(summary: ImportSummary, type: string): ImportSummary["relationships"][string] {
  summary.relationships[type] ??= { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  return summary.relationships[type];
}

/**
 * Logs one import that changed something as one Change (action "import", target the file, `after` the counts);
 * an import that changed nothing logs nothing, so importing a file twice still changes nothing.
 */
export async function recordImport(
  tx: ManagedTransaction,
  file: string,
  summary: ImportSummary,
): Promise<void> {
  const counts: { created: number; updated: number; deleted?: number }[] = [
    ...Object.values(summary.nodes),
    ...Object.values(summary.relationships),
  ];
  const changed = counts.some((c) => c.created + c.updated + (c.deleted ?? 0) > 0);
  if (!changed) return;
  await recordChange(tx, {
    by: localUser(),
    action: "import",
    subject: "graph",
    target: file,
    before: null,
    after: { ...summary },
    via: "import",
  });
}

/** Who runs `kgx import` here (the operating system's user), for the change log. */
function localUser(): string {
  try {
    return userInfo().username || "kgx import";
  } catch {
    // Some containers run as a user id without a name.
    return "kgx import";
  }
}
