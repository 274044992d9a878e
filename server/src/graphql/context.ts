import neo4j, { type RecordShape } from "neo4j-driver";
import type { Database } from "../neo4j/database.js";
import { type Writer, writerOf } from "./auth.js";
import { fromNeo4jError } from "./errors.js";
import { createLoaders, type Loaders } from "./loaders.js";
import type { GraphQLSettings } from "./settings.js";

/** What every resolver gets: made fresh for each request, so loaders never share results between users. */
export interface GraphQLContext {
  db: Database;
  settings: GraphQLSettings;
  writer: Writer;
  loaders: Loaders;
  read(query: string, params: Record<string, unknown>, timeoutMs?: number): Promise<RecordShape[]>;
}

/** The context of one request. */
export function createContext(db: Database, settings: GraphQLSettings, request: Request): GraphQLContext {
  const read = (query: string, params: Record<string, unknown>, timeoutMs?: number) =>
    readRecords(db, query, params, timeoutMs);
  return {
    db,
    settings,
    writer: writerOf(request.headers.get("authorization"), settings.writeTokens),
    loaders: createLoaders(read),
    read,
  };
}

/** One statement in a read transaction (routed to a reader on a cluster), with a timeout; records as objects. */
export async function readRecords(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  timeoutMs = db.timeoutMs,
): Promise<RecordShape[]> {
  try {
    const { records } = await db.query(query, withIntegers(params), "READ", timeoutMs);
    return records.map((record) => record.toObject());
  } catch (error) {
    throw fromNeo4jError(error);
  }
}

/** JavaScript numbers reach Cypher as floats, which LIMIT refuses: whole numbers among the arguments go as Integers. */
function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === "number" && Number.isSafeInteger(value) ? neo4j.int(value) : value,
    ]),
  );
}
