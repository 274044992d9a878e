import { Neo4jError } from "neo4j-driver";
import { quotedName } from "../cypher/literal.js";
import { messageOf, UserError } from "../errors.js";
import { findViolations } from "../model/integrity-checks.js";
import type { Database } from "../neo4j/database.js";
import { type BackupManifest, countDifferences, totals } from "./backup-format.js";
import { backupQuery, readCounts } from "./backup-queries.js";
import { type BackupStatement, type CheckedBackup, dataStatements } from "./read-backup.js";

/** How to restore. */
export interface RestoreOptions {
  /** Called after each data statement with the rows loaded so far and their total. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** The write transaction's timeout (default one hour). */
  timeoutMs?: number;
}

/** The restore was refused or undone; the database is as it was. `details` are lines worth printing first. */
export class RestoreError extends UserError {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/**
 * Loads a checked backup into an empty database: its constraints and indexes first (each on its own, as Neo4j
 * requires), then every node, relationship and change in one write transaction, which commits only when the counts
 * by label, by type and of changes equal the manifest's and the integrity checks of cypher/checks/ find nothing.
 * On any failure the transaction rolls back and the constraints and indexes it created are dropped again.
 */
export async function restoreBackup(
  db: Database,
  backup: CheckedBackup,
  options: RestoreOptions = {},
): Promise<BackupManifest> {
  if (await holdsNodes(db))
    throw new RestoreError(
      `database '${db.name}' holds nodes; kgx restore loads only into an empty database; nothing changed`,
    );
  const before = await schemaNames(db);
  try {
    for (const statement of backup.schema) await runSchema(db, backup, statement);
    // db.awaitIndexes(300) waits up to 300 s; the transaction may last that long.
    await db.query(backupQuery("await-indexes"), {}, "WRITE", 310_000);
    await db.write(async (tx) => {
      let done = 0;
      options.onProgress?.(0, backup.rows);
      for await (const statement of dataStatements(backup)) {
        await tx.run(statement.text).catch((error: unknown) => {
          throw refused(backup, statement, error);
        });
        done += statement.rows;
        options.onProgress?.(done, backup.rows);
      }
      const differences = countDifferences(backup.manifest, await readCounts((q, p) => tx.run(q, p)));
      if (differences.length > 0) {
        // A few differences fit the one line; more are printed first, one a line.
        const shown =
          differences.length > 5
            ? [...differences.slice(0, 5), `${differences.length - 5} more`]
            : differences;
        throw new RestoreError(
          `${backup.shown}: the loaded graph does not match the backup's counts (${shown.join("; ")}); restore undone, the database is empty again`,
          differences.length > 5 ? differences : [],
        );
      }
      const violations = await findViolations(tx);
      if (violations.length > 0)
        throw new RestoreError(
          `${backup.shown}: ${violations.length} integrity check violation(s) (first: ${violations[0]?.id}: ${violations[0]?.problem}); restore undone, the database is empty again`,
          violations.slice(0, 20).map((v) => `${v.id}: ${v.problem} (check ${v.check})`),
        );
    }, options.timeoutMs ?? 3_600_000);
  } catch (error) {
    await dropCreatedSchema(db, before);
    throw error;
  }
  return backup.manifest;
}

/** The one-line summary of a restore. */
export function describeRestore(shown: string, manifest: BackupManifest, seconds: number): string {
  return `restored ${shown} in ${seconds.toFixed(1)} s: ${totals(manifest)} (backup of ${manifest.at} by kgx ${manifest.kgx}); counts and integrity checks match`;
}

async function holdsNodes(db: Database): Promise<boolean> {
  const { records } = await db.query(backupQuery("any-node"), {}, "READ");
  return records[0]?.get("found") === true;
}

async function runSchema(db: Database, backup: CheckedBackup, statement: BackupStatement): Promise<void> {
  try {
    await db.query(statement.text, {}, "WRITE");
  } catch (error) {
    throw refused(backup, statement, error);
  }
}

/** Neo4j's codes for a transaction over its memory limit (as in server/src/import/memory-limit.ts). */
const memoryCodes = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
]);

function refused(backup: CheckedBackup, statement: BackupStatement, error: unknown): Error {
  if (!(error instanceof Neo4jError)) return error as Error;
  // Neo4j calls a memory refusal transient; left as it is, the driver would load the whole backup again, to the
  // same refusal, until its retry time ran out.
  if (memoryCodes.has(error.code)) {
    const setting =
      /([a-z_.]+\.max) threshold reached/.exec(error.message)?.[1] ?? "db.memory.transaction.total.max";
    return new RestoreError(
      `${backup.shown}:${statement.line}: Neo4j refused the restore for lack of transaction memory (${setting} reached); restore undone, the database is empty again. Raise ${setting} in Neo4j's settings (for kgx's embedded Neo4j, raise KGX_NEO4J_HEAP)`,
    );
  }
  if (!error.code.startsWith("Neo.ClientError.")) return error;
  const message = messageOf(error).split("\n")[0];
  return new RestoreError(
    `${backup.shown}:${statement.line}: Neo4j refused this statement (${message}); restore undone, the database is empty again`,
  );
}

type SchemaNames = { constraints: Set<string>; indexes: Set<string> };

async function schemaNames(db: Database): Promise<SchemaNames> {
  const names = async (query: string) => {
    const { records } = await db.query(backupQuery(query), {}, "READ");
    return new Set(records.map((r) => r.get("name") as string));
  };
  return { constraints: await names("constraint-names"), indexes: await names("index-names") };
}

/** Drops the constraints and indexes that were not there before the restore. */
async function dropCreatedSchema(db: Database, before: SchemaNames): Promise<void> {
  const now = await schemaNames(db);
  // Schema names cannot be parameters; they come from the database and are quoted as the exporter quotes them.
  for (const name of now.constraints)
    if (!before.constraints.has(name))
      await db.query(`DROP CONSTRAINT ${quotedName(name)} IF EXISTS`, {}, "WRITE");
  for (const name of now.indexes)
    if (!before.indexes.has(name)) await db.query(`DROP INDEX ${quotedName(name)} IF EXISTS`, {}, "WRITE");
}
