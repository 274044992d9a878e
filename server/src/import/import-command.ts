import { resolve } from "node:path";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import { withNeo4j } from "../neo4j/with-neo4j.js";
import { importDataset } from "./import-dataset.js";
import { IntegrityError } from "./integrity-error.js";
import { DatasetError, formatProblem } from "./problems.js";

/**
 * `kgx import <file>`: connects to Neo4j (starting the embedded one when NEO4J_URI is unset), imports the file,
 * and stops what it started. Every problem of a bad file is printed on its own line, then a one-line summary is
 * thrown as a UserError.
 */
export async function runImportCommand(
  file: string,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  await withNeo4j(config, log, async (db) => {
    try {
      await importDataset(db, resolve(file), { log, progress: process.stderr.isTTY === true });
    } catch (error) {
      if (error instanceof DatasetError) {
        for (const problem of error.problems) log(formatProblem(problem));
        throw new UserError(error.message.split("\n")[0] ?? "the dataset has problems");
      }
      if (error instanceof IntegrityError) {
        for (const line of error.message.split("\n").slice(1)) log(line);
        throw new UserError(error.message.split("\n")[0] ?? "import rolled back");
      }
      throw error;
    }
  });
}
