import { cypherLiteral, cypherMap, quotedName } from "../cypher/literal.js";
import { idKeyLabels, schemaStatements } from "./cypher-schema.js";
import type { ExportNode, ExportRelationship, GraphSnapshot } from "./graph-snapshot.js";

/** How a Cypher script writes the graph: into an empty database, or as an idempotent upsert by `id`. */
export type CypherMode = "create" | "merge";

/** Options of a Cypher export. */
export interface CypherScriptOptions {
  mode: CypherMode;
  /** What the export covers, for the header. */
  scope: string;
  /** Written in the header only when given: without it the same graph gives the same bytes. */
  generatedAt?: Date | undefined;
  /** Rows per UNWIND statement (a statement also closes once its rows pass about 1 MB). */
  batchRows?: number;
  /** Called after each statement with the nodes and relationships written so far. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const maxStatementBytes = 1 << 20;

/**
 * A Cypher script for a graph, streamed as text chunks: header, schema, nodes, relationships, each statement
 * ending with a `;` on its own line (no string literal spans lines, so splitting there is always safe).
 * See docs/decisions/0030-cypher-export-format.md.
 */
export async function* cypherScript(
  graph: GraphSnapshot,
  options: CypherScriptOptions,
): AsyncGenerator<string> {
  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  yield header(graph, options);
  for (const statement of schemaStatements(graph.constraints, graph.indexes)) yield `${statement}\n;\n`;
  const keyLabels = idKeyLabels(graph.constraints);
  // Neo4j parses a literal list in time that grows faster than its length: measured here, a 500-row statement
  // took 5.8 s to run and a 100-row one 0.34 s (3.4× less per row); see docs/decisions/0030.
  const batchRows = options.batchRows ?? 100;
  const statements = [
    batches(graph.nodes(), (node) => nodeStatementHead(node, keyLabels, options.mode), nodeRow, batchRows),
    batches(
      options.mode === "merge" ? countCopies(graph.relationships()) : single(graph.relationships()),
      (rel) => relationshipStatementHead(rel, keyLabels, options.mode),
      (rel) => relationshipRow(rel, options.mode),
      batchRows,
    ),
  ];
  for (const stream of statements) {
    for await (const { text, rows } of stream) {
      yield text;
      done += rows;
      options.onProgress?.(done, total);
    }
  }
}

function header(graph: GraphSnapshot, options: CypherScriptOptions): string {
  const { nodes, relationships } = graph.counts;
  const lines = [
    `kgx Cypher export of ${options.scope} from database '${graph.database}'.`,
    `${nodes} node(s), ${relationships} relationship(s); constraints and indexes first, then nodes by id, then relationships.`,
    ...(options.generatedAt ? [`Exported at ${options.generatedAt.toISOString()}.`] : []),
    options.mode === "create"
      ? "Mode create: load it into an EMPTY database (it creates every node and relationship)."
      : "Mode merge: an upsert by node id; safe to run twice or into a database that holds part of the graph.",
    "Load it with cypher-shell: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher",
    "or paste it into Neo4j Browser, or send each statement (they end with a ';' line) through a driver.",
  ];
  return `${lines.map((line) => `// ${line}`).join("\n")}\n\n`;
}

function nodeRow(node: ExportNode): string {
  return cypherMap(node.properties);
}

function labelsText(labels: readonly string[]): string {
  return labels.map((label) => `:${quotedName(label)}`).join("");
}

/** The label scripts use to find a node by id: one with a uniqueness constraint on id, else any label. */
function findLabel(labels: readonly string[], keyLabels: Set<string>): string | undefined {
  return labels.find((label) => keyLabels.has(label)) ?? labels[0];
}

function nodeStatementHead(node: ExportNode, keyLabels: Set<string>, mode: CypherMode): string {
  if (mode === "create") return `CREATE (n${labelsText(node.labels)}) SET n = row`;
  const key = node.labels.find((label) => keyLabels.has(label));
  if (!key) return `MERGE (n${labelsText(node.labels)} {id: row.id}) SET n += row`;
  const others = node.labels.filter((label) => label !== key);
  return `MERGE (n:${quotedName(key)} {id: row.id}) SET n += row${others.length ? `, n${labelsText(others)}` : ""}`;
}

function endNode(variable: string, labels: readonly string[], keyLabels: Set<string>, field: string): string {
  const label = findLabel(labels, keyLabels);
  return `MATCH (${variable}${label ? `:${quotedName(label)}` : ""} {id: row.${field}})`;
}

function relationshipStatementHead(rel: Counted, keyLabels: Set<string>, mode: CypherMode): string {
  const type = quotedName(rel.type);
  const ends = `${endNode("a", rel.sourceLabels, keyLabels, "source")}\n${endNode("b", rel.targetLabels, keyLabels, "target")}`;
  if (mode === "create") return `${ends}\nCREATE (a)-[r:${type}]->(b) SET r = row.properties`;
  return [
    ends,
    // A relationship has no id: merge counts the copies with exactly these properties and adds the missing ones.
    // Cypher's = holds between 1 and 1.0: comparing the value types too keeps Integer and Float apart.
    `OPTIONAL MATCH (a)-[existing:${type}]->(b) WHERE properties(existing) = row.properties`,
    "  AND [k IN keys(existing) | valueType(existing[k])] = [k IN keys(existing) | valueType(row.properties[k])]",
    "WITH a, b, row, count(existing) AS found",
    "UNWIND range(found + 1, row.count) AS copy",
    `CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
  ].join("\n");
}

function relationshipRow(rel: Counted, mode: CypherMode): string {
  const count = mode === "merge" ? `, count: ${rel.count}` : "";
  return `{source: ${cypherLiteral(rel.source)}, target: ${cypherLiteral(rel.target)}, properties: ${cypherMap(rel.properties)}${count}}`;
}

type Counted = ExportRelationship & { count: number };

async function* single(rels: AsyncIterable<ExportRelationship>): AsyncGenerator<Counted> {
  for await (const rel of rels) yield { ...rel, count: 1 };
}

/** Folds identical relationships (adjacent, since they come sorted) into one row with a count. */
async function* countCopies(rels: AsyncIterable<ExportRelationship>): AsyncGenerator<Counted> {
  let previous: { rel: Counted; text: string } | undefined;
  for await (const rel of rels) {
    const text = `${rel.type}\u0000${rel.source}\u0000${rel.target}\u0000${cypherMap(rel.properties)}`;
    if (previous && previous.text === text) {
      previous.rel.count++;
      continue;
    }
    if (previous) yield previous.rel;
    previous = { rel: { ...rel, count: 1 }, text };
  }
  if (previous) yield previous.rel;
}

/**
 * Groups consecutive items that share a statement head into `UNWIND [...] AS row` statements of at most
 * `batchRows` rows (and about 1 MB), one row per line.
 */
async function* batches<T>(
  items: AsyncIterable<T>,
  headOf: (item: T) => string,
  rowOf: (item: T) => string,
  batchRows: number,
): AsyncGenerator<{ text: string; rows: number }> {
  let head: string | undefined;
  let rows: string[] = [];
  let bytes = 0;
  const flush = () => {
    const text = `UNWIND [\n${rows.join(",\n")}\n] AS row\n${head}\n;\n`;
    const count = rows.length;
    rows = [];
    bytes = 0;
    return { text, rows: count };
  };
  for await (const item of items) {
    const itemHead = headOf(item);
    if (rows.length > 0 && (itemHead !== head || rows.length >= batchRows || bytes >= maxStatementBytes))
      yield flush();
    head = itemHead;
    const row = rowOf(item);
    rows.push(row);
    bytes += row.length;
  }
  if (rows.length > 0) yield flush();
}
