import type { QueryResult } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";
import type { BackupCounts } from "./backup-format.js";

const file = "backup/backup.cypher";

/** A named query of cypher/backup/backup.cypher. */
export const backupQuery = (name: string): string => namedQuery(file, name);

/** Runs one query in the caller's transaction: a backup's read snapshot or a restore's write transaction. */
export type Run = (query: string, parameters?: Record<string, unknown>) => PromiseLike<QueryResult>;

/** Counts the graph (by label and by type) and the change log, in the caller's transaction. */
export async function readCounts(run: Run): Promise<BackupCounts> {
  const single = async (name: string) => Number((await run(backupQuery(name))).records[0]?.get("count") ?? 0);
  const grouped = async (name: string, key: string) =>
    Object.fromEntries(
      (await run(backupQuery(name))).records.map((r) => [r.get(key) as string, Number(r.get("count"))]),
    );
  const nodes = await single("node-count");
  const labels = await grouped("label-counts", "label");
  const types = await grouped("type-counts", "type");
  const relationships = Object.values(types).reduce((sum, n) => sum + n, 0);
  return { nodes, labels, relationships, types, changes: await single("change-count") };
}
