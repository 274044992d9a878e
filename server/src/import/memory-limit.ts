import { type ManagedTransaction, Neo4jError } from "neo4j-driver";
import { DatasetError } from "./problems.js";

/** Neo4j's codes for a transaction that would use more memory than its settings allow. */
const memoryCodes = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
]);

/**
 * Wraps an import's transaction work so that Neo4j refusing it for memory becomes one line naming the file
 * and the setting to raise. Neo4j calls that refusal transient, so without this the driver would run the
 * whole import again, to the same refusal, until its retry time ran out.
 */
export function refuseOnMemoryLimit<T>(
  shown: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): (tx: ManagedTransaction) => Promise<T> {
  return async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      throw memoryRefusal(error, shown) ?? error;
    }
  };
}

/** The DatasetError for a memory refusal by Neo4j, or undefined for any other error. */
export function memoryRefusal(error: unknown, shown: string): DatasetError | undefined {
  if (!(error instanceof Neo4jError) || !memoryCodes.has(error.code)) return undefined;
  const setting =
    /([a-z_.]+\.max) threshold reached/.exec(error.message)?.[1] ?? "db.memory.transaction.total.max";
  const message =
    `Neo4j refused the import for lack of transaction memory (${setting} reached), so nothing was imported; ` +
    `split the file, or raise ${setting} in Neo4j's settings (for kgx's embedded Neo4j, raise KGX_NEO4J_HEAP)`;
  return new DatasetError([{ file: shown, line: 0, column: 0, path: "", message }]);
}
