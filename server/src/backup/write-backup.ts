import { createWriteStream } from "node:fs";
import { open, readFile, rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserError } from "../errors.js";
import { cypherScript } from "../export/cypher-script.js";
import {
  type ExportNode,
  type GraphSnapshot,
  type SchemaRow,
  toSchemaRow,
  withGraphSnapshot,
} from "../export/graph-snapshot.js";
import type { Database } from "../neo4j/database.js";
import { repoPath } from "../paths.js";
import {
  type BackupCounts,
  type BackupManifest,
  backupEnd,
  backupFormat,
  backupHeader,
  countDifferences,
} from "./backup-format.js";
import { backupQuery, readCounts } from "./backup-queries.js";

/** How to back up. */
export interface BackupOptions {
  /** Called as the file grows, with the nodes, relationships and changes written so far and their total. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** The read transaction's timeout (default one hour). */
  timeoutMs?: number;
}

/** The label of the change log's nodes, which the exports leave out and a backup keeps. */
const changeLabel = "Change";

/**
 * Writes a backup of the whole graph and its change log to `file`, read in one read transaction: first to
 * `file.partial` (mode 0600), synced, then renamed, so that `file` is either a complete backup or absent (or the
 * previous one). A failure removes the partial file.
 */
export async function backupToFile(
  db: Database,
  file: string,
  options: BackupOptions = {},
): Promise<BackupManifest> {
  const partial = `${file}.partial`;
  // A stale partial file would keep its old mode: start from a new one.
  await rm(partial, { force: true });
  try {
    const manifest = await withGraphSnapshot(
      db,
      { kind: "all" },
      async (graph) => {
        const manifest = await readManifest(graph, db.name);
        const schema = await withChangeLogSchema(graph);
        const sink = createWriteStream(partial, { mode: 0o600, flags: "wx" });
        await pipeline(Readable.from(backupText(schema, manifest, options.onProgress)), sink);
        return manifest;
      },
      options.timeoutMs ?? 3_600_000,
    );
    const handle = await open(partial, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code))
      throw new UserError(`cannot write the backup ${partial}: ${(error as Error).message}`);
    throw error;
  }
}

async function readManifest(graph: GraphSnapshot, database: string): Promise<BackupManifest> {
  const run = graph.run.bind(graph);
  const version = (await run(backupQuery("version"))).records[0]?.get("version");
  const counts = await readCounts(run);
  return {
    format: backupFormat,
    kgx: await kgxVersion(),
    neo4j: typeof version === "string" ? version : "unknown",
    database,
    at: new Date().toISOString(),
    ...counts,
  };
}

/**
 * The snapshot with the change log's constraints and indexes added to the graph's (the exports leave them out),
 * so that the backup's schema section, which comes before all data, re-creates them too.
 */
async function withChangeLogSchema(graph: GraphSnapshot): Promise<GraphSnapshot> {
  const rows = async (query: string) => (await graph.run(backupQuery(query))).records.map(toSchemaRow);
  return {
    ...graph,
    constraints: byName(graph.constraints, await rows("change-constraints")),
    indexes: byName(graph.indexes, await rows("change-indexes")),
  };
}

/** Both lists in one, by name as the exports order them, each name once. */
function byName(rows: SchemaRow[], more: SchemaRow[]): SchemaRow[] {
  const all = new Map([...rows, ...more].map((row) => [row.name, row]));
  return [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function kgxVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(repoPath("server", "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "unknown";
}

/**
 * The backup's text: header, then the export's create-mode script of the graph without its header (the schema,
 * nodes, relationships), then the change log as create-mode node statements, then the end line. It counts what it
 * writes: Neo4j reads are read-committed, so a write during the backup could make the file disagree with the
 * counts of its header; then it fails rather than write the end line.
 */
async function* backupText(
  graph: GraphSnapshot,
  manifest: BackupManifest,
  onProgress: ((done: number, total: number) => void) | undefined,
): AsyncGenerator<string> {
  const written: BackupCounts = { nodes: 0, labels: {}, relationships: 0, types: {}, changes: 0 };
  const graphTotal = manifest.nodes + manifest.relationships;
  const total = graphTotal + manifest.changes;
  onProgress?.(0, total);
  const model: GraphSnapshot = {
    ...graph,
    counts: { nodes: manifest.nodes, relationships: manifest.relationships },
    nodes: () => countNodes(graph.nodes(), written),
    relationships: () => countRelationships(graph, written),
  };
  yield backupHeader(manifest);
  const graphProgress = (done: number) => onProgress?.(done, total);
  yield* withoutHeader(
    cypherScript(model, { mode: "create", scope: "the whole graph", onProgress: graphProgress }),
  );
  yield `// The change log: ${manifest.changes} :${changeLabel} node(s), not connected to the graph.\n\n`;
  const changeLog: GraphSnapshot = {
    ...graph,
    counts: { nodes: manifest.changes, relationships: 0 },
    constraints: [],
    indexes: [],
    nodes: () => changes(graph, written),
    relationships: async function* () {},
  };
  const progress = (done: number) => onProgress?.(graphTotal + done, total);
  yield* withoutHeader(
    cypherScript(changeLog, { mode: "create", scope: "the change log", onProgress: progress }),
  );
  const differences = countDifferences(manifest, written, ["counted", "read"]);
  if (differences.length > 0)
    throw new UserError(
      `the graph changed while it was backed up (${differences[0]}); no backup was written, run it again`,
    );
  yield backupEnd(manifest);
}

/** Leaves out the export's own header (its first chunk): the backup has its header, with the manifest. */
async function* withoutHeader(script: AsyncGenerator<string>): AsyncGenerator<string> {
  const first = await script.next();
  if (!first.done && !first.value.startsWith("// kgx Cypher export"))
    throw new Error("The Cypher export no longer starts with its header; the backup writer needs updating.");
  yield* script;
}

/** The graph's nodes without the change log (the exports may or may not leave it out), counted as they pass. */
async function* countNodes(
  nodes: AsyncIterable<ExportNode>,
  written: BackupCounts,
): AsyncGenerator<ExportNode> {
  for await (const node of nodes) {
    if (node.labels.includes(changeLabel)) continue;
    written.nodes++;
    for (const label of node.labels) written.labels[label] = (written.labels[label] ?? 0) + 1;
    yield node;
  }
}

async function* countRelationships(graph: GraphSnapshot, written: BackupCounts) {
  for await (const rel of graph.relationships()) {
    written.relationships++;
    written.types[rel.type] = (written.types[rel.type] ?? 0) + 1;
    yield rel;
  }
}

async function* changes(graph: GraphSnapshot, written: BackupCounts): AsyncGenerator<ExportNode> {
  for await (const record of graph.run(backupQuery("changes"))) {
    written.changes++;
    const labels = [...(record.get("labels") as string[])].sort();
    yield { id: String(record.get("id")), labels, properties: record.get("properties") };
  }
}
