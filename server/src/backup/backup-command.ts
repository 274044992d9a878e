import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { SingleBar } from "cli-progress";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import { withNeo4j } from "../neo4j/with-neo4j.js";
import { totals } from "./backup-format.js";
import { checkBackupFile } from "./read-backup.js";
import { describeRestore, RestoreError, restoreBackup } from "./restore.js";
import { backupToFile } from "./write-backup.js";

/** A file is worth a progress bar from this many rows. */
const progressFrom = 5_000;

/**
 * `kgx backup <file>`: writes the whole graph and its change log, read in one transaction, to `file` (complete or
 * not at all), with a progress bar on a terminal and a one-line summary.
 */
export async function runBackupCommand(
  file: string,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  const path = resolve(file);
  // Say so before starting Neo4j: a backup into a missing folder cannot succeed.
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UserError(`cannot write the backup ${file}: the folder ${folder} does not exist`);
  await withNeo4j(config, log, async (db) => {
    const started = performance.now();
    const bar = progressBar("backing up", "nodes, relationships and changes");
    try {
      const manifest = await backupToFile(db, path, { onProgress: bar.update });
      bar.stop();
      const seconds = (performance.now() - started) / 1000;
      log(`backed up ${totals(manifest)} to ${file} in ${seconds.toFixed(1)} s`);
    } finally {
      bar.stop();
    }
  });
}

/**
 * `kgx restore <file>`: checks the file, then loads it into an empty database, checks the counts and the
 * integrity checks, and undoes the load on any difference, printing what differed.
 */
export async function runRestoreCommand(
  file: string,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  // A file that is not a complete backup is refused before Neo4j starts; messages name it as the user gave it.
  const backup = await checkBackupFile(resolve(file), file);
  await withNeo4j(config, log, async (db) => {
    const started = performance.now();
    const bar = progressBar("restoring", "rows");
    try {
      const manifest = await restoreBackup(db, backup, { onProgress: bar.update });
      bar.stop();
      log(describeRestore(file, manifest, (performance.now() - started) / 1000));
    } catch (error) {
      bar.stop();
      if (error instanceof RestoreError) for (const line of error.details) log(`  ${line}`);
      throw error;
    }
  });
}

/** A progress bar on stderr, shown only on a terminal and for large totals. */
function progressBar(
  doing: string,
  what: string,
): { update: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  let bar: SingleBar | undefined;
  return {
    update: (done, total) => {
      if (!bar && total >= progressFrom) {
        bar = new SingleBar({ format: `kgx: ${doing} [{bar}] {value}/{total} ${what}`, hideCursor: true });
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}
