import { cypherLiteral, cypherMap, quotedName } from "../cypher/literal.js";
import { idKeyLabels, schemaStatements } from "./cypher-schema.js";
import { type ExportRelationship, type GraphSnapshot, provenanceNote } from "./graph-snapshot.js";
import { nodeStatements } from "./node-columns.js";

/** How a Cypher script writes the graph: into an empty database, or as an idempotent upsert by `id`. */
export type CypherMode = "create" | "merge";

/** Options of a Cypher export. */
export interface CypherScriptOptions {
  mode: CypherMode;
  /** What the export covers, for the header. */
  scope: string;
  /** Written in the header only when given: without it the same graph gives the same bytes. */
  generatedAt?: Date | undefined;
  /**
   * Create mode: begin with a statement that refuses a database holding nodes, and write only while this load is
   * under way (decision 0039). Every export sets it; backups, which restore checks and loads itself into an empty
   * database, leave it out.
   */
  loadGuard?: boolean | undefined;
  /** Called after each statement with the nodes and relationships written so far. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Rows per relationship statement (a statement also closes once its rows pass about 1 MB). Neo4j compiles every
 * statement afresh; a row that is a list of literals is extracted as one parameter, which keeps that cheap.
 * Measured: docs/decisions/0030 (node statements: node-columns.ts).
 */
const relationshipBatchRows = 400;
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
  const guarded = options.mode === "create" && options.loadGuard === true;
  if (guarded) yield guardStatement;
  for (const statement of schemaStatements(graph.constraints, graph.indexes)) yield `${statement}\n;\n`;
  const keyLabels = idKeyLabels(graph.constraints);
  const statements = [
    nodeStatements(graph.nodes(), keyLabels, options.mode, guarded ? whileLoading : ""),
    batches(
      options.mode === "merge" ? countCopies(graph.relationships()) : single(graph.relationships()),
      (rel) => relationshipStatementHead(rel, keyLabels, options.mode),
      relationshipRow,
      relationshipBatchRows,
      guarded ? whileLoading : "",
    ),
  ];
  for (const stream of statements) {
    for await (const { text, rows } of stream) {
      yield text;
      done += rows;
      options.onProgress?.(done, total);
    }
  }
  if (guarded) yield loadDone;
}

/**
 * A create script refuses a database that holds nodes (decision 0039): loading it twice would duplicate every
 * relationship, and cypher-shell's `--fail-at-end` runs the statements after a failed one. So the first statement
 * fails with a message when the database is not empty (Cypher has no `assert`: `date()` of the message fails and
 * prints it; CASE evaluates only the branch it takes) and otherwise marks the load as under way with a
 * `:KgxLoading` node; every data statement writes only while that mark exists, and the last one removes it.
 */
const guardStatement = `// Refuses a database that holds nodes already (see the header), and marks this load as under way.
CALL () { MATCH (n) WHERE NOT n:Change RETURN count(n) AS existing }
WITH existing WHERE CASE existing WHEN 0 THEN true ELSE date("kgx refuses to load: this database already holds " + existing + " node(s), and a create script loads into an EMPTY database only. Export with mode=merge (GET /export/cypher?mode=merge) to load into this one.") IS NULL END
CREATE (:KgxLoading)
;
`;

/** The first line of every data statement of a create script: it writes only while its load is under way. */
const whileLoading = "WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }\n";

const loadDone = `// The load is complete: remove its mark.
MATCH (mark:KgxLoading) DELETE mark
;
`;

const nodeRowNote =
  "A node row lists its property values in the columns its statement sets (id first; null where it has none).";

function header(graph: GraphSnapshot, options: CypherScriptOptions): string {
  const { nodes, relationships } = graph.counts;
  const lines = [
    `kgx Cypher export of ${options.scope} from database '${graph.database}'.`,
    `${nodes} node(s), ${relationships} relationship(s); constraints and indexes first, then nodes by id, then relationships.`,
    ...(graph.provenance ? [provenanceNote(graph.provenance)] : []),
    ...(options.generatedAt ? [`Exported at ${options.generatedAt.toISOString()}.`] : []),
    options.mode === "create"
      ? `Mode create: load it into an EMPTY database (it creates every node and relationship).${options.loadGuard ? " Its first statement fails, and nothing is written, if the database holds any node: use the mode=merge export there." : ""}`
      : "Mode merge: an upsert by node id; safe to run twice or into a database that holds part of the graph.",
    "Load it with cypher-shell: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher",
    "or paste it into Neo4j Browser, or send each statement (they end with a ';' line) through a driver.",
    options.mode === "create"
      ? `${nodeRowNote} A relationship row is [source id, target id] and then its properties, if any.`
      : `${nodeRowNote} A relationship row is [source id, target id], then its properties if any or if copies, then the number of identical copies if more than one.`,
  ];
  return `${lines.map((line) => `// ${line}`).join("\n")}\n\n`;
}

/** The label scripts use to find a node by id: one with a uniqueness constraint on id, else any label. */
function findLabel(labels: readonly string[], keyLabels: Set<string>): string | undefined {
  return labels.find((label) => keyLabels.has(label)) ?? labels[0];
}

function endNode(variable: string, labels: readonly string[], keyLabels: Set<string>, index: number): string {
  const label = findLabel(labels, keyLabels);
  return `MATCH (${variable}${label ? `:${quotedName(label)}` : ""} {id: row[${index}]})`;
}

function relationshipStatementHead(rel: Counted, keyLabels: Set<string>, mode: CypherMode): string {
  const type = quotedName(rel.type);
  const ends = `${endNode("a", rel.sourceLabels, keyLabels, 0)}\n${endNode("b", rel.targetLabels, keyLabels, 1)}`;
  if (mode === "create") return `${ends}\nCREATE (a)-[r:${type}]->(b) SET r = coalesce(row[2], {})`;
  return [
    ends,
    "WITH a, b, row, coalesce(row[2], {}) AS properties",
    // A relationship has no id: merge counts the copies with exactly these properties and adds the missing ones.
    // Cypher's = holds between 1 and 1.0: comparing the value types too keeps Integer and Float apart.
    `OPTIONAL MATCH (a)-[existing:${type}]->(b) WHERE properties(existing) = properties`,
    "  AND [k IN keys(existing) | valueType(existing[k])] = [k IN keys(existing) | valueType(properties[k])]",
    "WITH a, b, row, properties, count(existing) AS found",
    "UNWIND range(found + 1, coalesce(row[3], 1)) AS copy",
    `CREATE (a)-[r:${type}]->(b) SET r = properties`,
  ].join("\n");
}

/**
 * `[source, target]`, then the properties when there are any (or copies to count), then the count of identical
 * copies when above one (merge only). A row of string literals alone is one parameter to Neo4j, so it compiles fast.
 */
function relationshipRow(rel: Counted): string {
  const ends = `${cypherLiteral(rel.source)}, ${cypherLiteral(rel.target)}`;
  const hasProperties = Object.keys(rel.properties).length > 0;
  if (rel.count > 1) return `[${ends}, ${cypherMap(rel.properties)}, ${rel.count}]`;
  return hasProperties ? `[${ends}, ${cypherMap(rel.properties)}]` : `[${ends}]`;
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
  prefix: string,
): AsyncGenerator<{ text: string; rows: number }> {
  let head: string | undefined;
  let rows: string[] = [];
  let bytes = 0;
  const flush = () => {
    const text = `${prefix}UNWIND [\n${rows.join(",\n")}\n] AS row\n${head}\n;\n`;
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
