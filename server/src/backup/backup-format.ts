import { z } from "zod";

/**
 * The text that frames a kgx backup: its first line, the manifest (versions, time and counts) in the header, and
 * the end line that tells a complete file from a truncated one. See docs/decisions/0015-backup-and-restore.md.
 */

/** The backup format this kgx writes and reads. */
export const backupFormat = 1;

/** The first line of every kgx backup. */
export const firstLine = `// kgx backup, format ${backupFormat}`;

const manifestPrefix = "// manifest: ";
const endPrefix = "// end of kgx backup: ";

/** What a backup holds, counted in its read transaction; a restore checks the database against it. */
export interface BackupCounts {
  /** Nodes of the graph, the change log left out. */
  nodes: number;
  /** Nodes by label: a node counts under each of its labels. */
  labels: Record<string, number>;
  relationships: number;
  types: Record<string, number>;
  /** `:Change` nodes (the change log). */
  changes: number;
}

/** The header's machine-readable line. */
export interface BackupManifest extends BackupCounts {
  format: number;
  kgx: string;
  neo4j: string;
  database: string;
  /** ISO 8601 instant of the backup. */
  at: string;
}

const countMap = z.record(z.string(), z.number().int().nonnegative());
const count = z.number().int().nonnegative();
const manifestSchema = z.object({
  format: z.literal(backupFormat),
  kgx: z.string(),
  neo4j: z.string(),
  database: z.string(),
  at: z.string(),
  nodes: count,
  labels: countMap,
  relationships: count,
  types: countMap,
  changes: count,
});

/** The header: the first line, what the file is and how to load it, the manifest, a blank line. */
export function backupHeader(manifest: BackupManifest): string {
  const lines = [
    firstLine,
    `The whole graph of database '${manifest.database}' and its change log, read in one transaction by kgx ${manifest.kgx} from Neo4j ${manifest.neo4j} at ${manifest.at}.`,
    `${totals(manifest)}; by label and by type in the manifest below, which \`kgx restore\` checks after loading.`,
    "Restore it with `kgx restore FILE` into an empty database: it checks the counts and the integrity checks, and undoes a load that fails.",
    "cypher-shell -f FILE also loads it into an empty database (without those checks).",
    "Constraints and indexes first, then nodes by id, then relationships, then the change log (:Change nodes); the last line marks the end.",
  ];
  const text = lines.map((line, i) => (i === 0 ? line : `// ${line}`)).join("\n");
  return `${text}\n${manifestPrefix}${JSON.stringify(manifest)}\n\n`;
}

/** The last line: a file without it was cut short. */
export function backupEnd(counts: BackupCounts): string {
  return `${endPrefix}${totals(counts)}\n`;
}

/** "80 node(s), 160 relationship(s), 3 change(s)". */
export function totals(counts: Pick<BackupCounts, "nodes" | "relationships" | "changes">): string {
  return `${counts.nodes} node(s), ${counts.relationships} relationship(s), ${counts.changes} change(s)`;
}

/** The manifest of a header line, or a one-line reason why the line is not one. */
export function parseManifestLine(line: string): BackupManifest | string | undefined {
  if (!line.startsWith(manifestPrefix)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(manifestPrefix.length));
  } catch {
    return "the manifest is not valid JSON";
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `the manifest is not a kgx backup manifest (${issue?.path.join(".") || "value"}: ${issue?.message})`;
  }
  return parsed.data;
}

/** Whether a line is the end line, and if so whether it agrees with the manifest. */
export function checkEndLine(line: string, manifest: BackupManifest): "not-end" | "ok" | "mismatch" {
  if (!line.startsWith(endPrefix)) return "not-end";
  return line === backupEnd(manifest).trimEnd() ? "ok" : "mismatch";
}

/** The differences between two sets of counts, as short phrases ("label Claim: 31 in the backup, 30 loaded"). */
export function countDifferences(
  expected: BackupCounts,
  actual: BackupCounts,
  [want, got]: [string, string] = ["in the backup", "loaded"],
): string[] {
  const differences: string[] = [];
  const compare = (what: string, expectedCount: number, actualCount: number) => {
    if (expectedCount !== actualCount)
      differences.push(`${what}: ${expectedCount} ${want}, ${actualCount} ${got}`);
  };
  compare("nodes", expected.nodes, actual.nodes);
  compare("relationships", expected.relationships, actual.relationships);
  compare("changes", expected.changes, actual.changes);
  const compareMap = (kind: string, want: Record<string, number>, got: Record<string, number>) => {
    for (const key of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort())
      compare(`${kind} ${key}`, want[key] ?? 0, got[key] ?? 0);
  };
  compareMap("label", expected.labels, actual.labels);
  compareMap("type", expected.types, actual.types);
  return differences;
}
