import { resolve } from "node:path";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import { connect } from "../neo4j/connect.js";
import { provisionNeo4j } from "../neo4j/provision.js";
import { importDataset } from "./import-dataset.js";
import { IntegrityError } from "./integrity-checks.js";
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
  const neo4j = await provisionNeo4j(config, log);
  try {
    const { db } = await connect(neo4j.target, config.KGX_QUERY_TIMEOUT_MS);
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
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.embedded?.stop();
  }
}
