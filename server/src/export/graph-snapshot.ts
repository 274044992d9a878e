import neo4j, { type Record as Neo4jRecord, type Result, type Transaction } from "neo4j-driver";
import { cypherMap } from "../cypher/literal.js";
import { namedQuery } from "../cypher/named-queries.js";
import { UserError } from "../errors.js";
import type { Database } from "../neo4j/database.js";
import { idKeyLabels } from "./cypher-schema.js";
import { checkedEdgeId, type ExportScope, maxScopeNodes } from "./scope.js";

/** A node as exports see it: its id, its labels (sorted) and its properties as the driver returns them. */
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as exports see it, identified by its type and its end nodes' ids. */
export interface ExportRelationship {
  type: string;
  source: string;
  target: string;
  sourceLabels: string[];
  targetLabels: string[];
  properties: Record<string, unknown>;
}

/** A row of SHOW CONSTRAINTS or SHOW INDEXES, as the schema section needs it. */
export interface SchemaRow {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[];
  properties: string[];
  options?: Record<string, unknown>;
}

/**
 * What a view or subgraph export added so that each of its claims keeps its claimants and its source
 * (docs/decisions/0035-exports-keep-provenance.md): the number of claimant and source nodes that were not in it.
 */
export interface ProvenanceAdded {
  claimants: number;
  sources: number;
}

/** One sentence for an export's header or metadata: what was added for provenance, and why. */
export function provenanceNote({ claimants, sources }: ProvenanceAdded): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(claimants, "claimant")} and ${plural(sources, "source")} added for provenance: every claim in this export comes with its CLAIMED_BY and REPORTED_IN relationships and the nodes they lead to, even those outside the selection.`;
}

/** The relationships that carry a claim's provenance: who made it, and where it was reported. */
export const provenanceTypes: ReadonlySet<string> = new Set(["CLAIMED_BY", "REPORTED_IN"]);

/** One consistent read of the graph for an export. */
export interface GraphSnapshot {
  database: string;
  counts: { nodes: number; relationships: number };
  /** Set for every scope but the whole graph (which holds every claimant and source already). */
  provenance?: ProvenanceAdded | undefined;
  constraints: SchemaRow[];
  indexes: SchemaRow[];
  /** Nodes in `id` order. */
  nodes(): AsyncGenerator<ExportNode>;
  /** Relationships by type, the labels their ends are found by, source id, target id and properties. */
  relationships(): AsyncGenerator<ExportRelationship>;
  /** Runs a further read in the snapshot's transaction (backups read the change log and counts this way). */
  run(query: string, parameters?: Record<string, unknown>): Result;
}

const file = "export/export.cypher";
const query = (name: string) => namedQuery(file, name);

/**
 * Opens one read transaction, resolves the scope (unknown ids and oversized scopes are `UserError`s, raised before
 * `work` runs so that HTTP can still answer 400), and lets `work` stream the graph from it. Records stream from
 * Neo4j as `work` consumes them, so memory does not grow with the graph.
 */
export async function withGraphSnapshot<T>(
  db: Database,
  scope: ExportScope,
  work: (snapshot: GraphSnapshot) => Promise<T>,
  timeoutMs = 600_000,
  asOf: string | null = null,
): Promise<T> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  // An explicit transaction, not executeRead: a retry after part of the export was written would repeat it.
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    const resolved = await resolveIds(tx, scope, asOf);
    const provenance = resolved ? await withProvenance(tx, resolved, asOf) : undefined;
    const ids = provenance?.ids;
    const edgeFilter = scope.kind === "subgraph" && scope.edges ? edgeKeys(scope.edges) : undefined;
    const selected = new Set(resolved);
    const params = ids ? { ids, asOf } : { asOf };
    const suffix = ids ? "in" : "all";
    const constraints = (await tx.run(query("constraints"))).records.map(toSchemaRow);
    const indexes = (await tx.run(query("indexes"))).records.map(toSchemaRow);
    const counted = (await tx.run(query(`count-${suffix}`), params)).records[0];
    const counts = {
      nodes: Number(counted?.get("nodes") ?? 0),
      relationships: Number(counted?.get("relationships") ?? 0),
    };
    const relationships = async function* () {
      const keyLabels = [...idKeyLabels(constraints)];
      const result = tx.run(query(`relationships-${suffix}`), { ...params, keyLabels });
      const rows = mapRecords(result, toRelationship);
      const kept = edgeFilter ? filterEdges(rows, edgeFilter, selected) : rows;
      yield* orderTies(kept, (r) => `${r.type}\u0000${r.source}\u0000${r.target}`);
    };
    if (edgeFilter) {
      counts.relationships = 0;
      for await (const _ of relationships()) counts.relationships++;
    }
    const snapshot: GraphSnapshot = {
      database: db.name,
      counts,
      provenance: provenance?.added,
      constraints,
      indexes,
      nodes: async function* () {
        const rows = mapRecords(tx.run(query(`nodes-${suffix}`), params), toNode);
        yield* orderTies(rows, (n) => n.id);
      },
      relationships,
      run: (text, parameters) => tx.run(text, parameters),
    };
    return await work(snapshot);
  } finally {
    await tx.close();
    await session.close();
  }
}

async function resolveIds(
  tx: Transaction,
  scope: ExportScope,
  asOf: string | null,
): Promise<string[] | undefined> {
  if (scope.kind === "all") return undefined;
  const ids = scope.kind === "ids" ? scope.ids : scope.nodes;
  const found = new Set(
    (await tx.run(query("existing-ids"), { ids })).records.map((r) => r.get("id") as string),
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new UserError(
      `No node has the id${missing.length > 1 ? "s" : ""} ${missing
        .slice(0, 5)
        .map((id) => JSON.stringify(id))
        .join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}.`,
    );
  if (scope.kind === "subgraph" || scope.depth === 0) return ids;
  const limit = neo4j.int(maxScopeNodes + 1);
  const { records } = await tx.run(query(`neighbourhood-${scope.depth}`), { ids, limit, asOf });
  if (records.length > maxScopeNodes)
    throw new UserError(
      `The neighbourhood of depth ${scope.depth} holds more than ${maxScopeNodes} nodes; ask for depth 1, fewer ids, or the whole graph.`,
    );
  return records.map((r) => r.get("id") as string);
}

/**
 * `ids` and the claimants and sources of the claims among them, which an export of a view carries even when the
 * view left them out, and how many of each were added.
 */
async function withProvenance(
  tx: Transaction,
  ids: string[],
  asOf: string | null,
): Promise<{ ids: string[]; added: ProvenanceAdded }> {
  const { records } = await tx.run(query("provenance"), { ids, asOf });
  const claimants = new Set<string>();
  const sources = new Set<string>();
  for (const record of records)
    (record.get("via") === "REPORTED_IN" ? sources : claimants).add(record.get("id") as string);
  const added = new Set([...claimants, ...sources]);
  return { ids: [...ids, ...added], added: { claimants: claimants.size, sources: sources.size } };
}

async function* mapRecords<T>(
  result: AsyncIterable<Neo4jRecord>,
  convert: (record: Neo4jRecord) => T,
): AsyncGenerator<T> {
  for await (const record of result) yield convert(record);
}

function toNode(record: Neo4jRecord): ExportNode {
  const id = record.get("id");
  if (typeof id !== "string")
    throw new UserError(
      `A node with labels ${JSON.stringify(record.get("labels"))} has no string id; kgx exports identify nodes by their id property.`,
    );
  return { id, labels: [...(record.get("labels") as string[])].sort(), properties: record.get("properties") };
}

function toRelationship(record: Neo4jRecord): ExportRelationship {
  const source = record.get("source");
  const target = record.get("target");
  if (typeof source !== "string" || typeof target !== "string")
    throw new UserError(
      `A ${record.get("type")} relationship has an end node without a string id; kgx exports identify nodes by their id property.`,
    );
  return {
    type: record.get("type"),
    source,
    target,
    sourceLabels: [...(record.get("sourceLabels") as string[])].sort(),
    targetLabels: [...(record.get("targetLabels") as string[])].sort(),
    properties: record.get("properties"),
  };
}

/** A row of the `constraints` or `indexes` queries (or any query with their columns) as a SchemaRow. */
export function toSchemaRow(record: Neo4jRecord): SchemaRow {
  const row: SchemaRow = {
    name: record.get("name"),
    type: record.get("type"),
    entityType: record.get("entityType"),
    labelsOrTypes: record.get("labelsOrTypes") ?? [],
    properties: record.get("properties") ?? [],
  };
  if (record.has("options")) row.options = record.get("options");
  return row;
}

function edgeKeys(edgeIds: readonly string[]): Set<string> {
  return new Set(
    edgeIds.map((id) => {
      const { source, type, target } = checkedEdgeId(id);
      return `${source}>${type}>${target}`;
    }),
  );
}

/** The relationships a view shows, and the provenance of the claims it shows (`viewIds`), shown or not. */
async function* filterEdges(
  rows: AsyncIterable<ExportRelationship>,
  keys: Set<string>,
  viewIds: Set<string>,
): AsyncGenerator<ExportRelationship> {
  for await (const row of rows)
    if (
      keys.has(`${row.source}>${row.type}>${row.target}`) ||
      (provenanceTypes.has(row.type) && viewIds.has(row.source) && row.sourceLabels.includes("Claim"))
    )
      yield row;
}

/**
 * Neo4j orders by a key; items with equal keys (parallel relationships, or duplicate ids without a constraint)
 * come in no fixed order, so each run of equal keys is sorted by the text of its properties.
 */
async function* orderTies<T extends { properties: Record<string, unknown> }>(
  items: AsyncIterable<T>,
  keyOf: (item: T) => string,
): AsyncGenerator<T> {
  let run: T[] = [];
  let runKey: string | undefined;
  const flush = function* () {
    if (run.length > 1) {
      const texts = new Map(run.map((item) => [item, cypherMap(item.properties)]));
      run.sort((a, b) => compareText(texts.get(a) ?? "", texts.get(b) ?? ""));
    }
    yield* run;
    run = [];
  };
  for await (const item of items) {
    const key = keyOf(item);
    if (key !== runKey) {
      yield* flush();
      runKey = key;
    }
    run.push(item);
  }
  yield* flush();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
