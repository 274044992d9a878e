import { Neo4jError } from "neo4j-driver";
import { namedQuery, readNamedQueries, readNamedQueriesIn } from "../cypher/named-queries.js";
import type { Database } from "../neo4j/database.js";
import { ConsoleError } from "./console-error.js";
import { fromNeo4jFailure } from "./neo4j-failure.js";
import { checkText } from "./text-check.js";

/** A query the console offers in its menu, read-only: its text is loaded into the editor, never run as it is. */
export interface MenuQuery {
  name: string;
  /** Its file under `cypher/`: `console/examples.cypher` for the examples, `queries/…` for kgx's own queries. */
  file: string;
  text: string;
  /** The parameters it needs (`$id` → `id`), which the user fills in. */
  parameters: string[];
}

function menuQuery(name: string, file: string, text: string): MenuQuery {
  const parameters = [...new Set([...text.matchAll(/\$([\p{L}_][\p{L}\p{N}_]*)/gu)].map((m) => m[1] ?? ""))];
  return { name, file, text, parameters };
}

/** Whether the console's text check takes a query: kgx's queries that write are not offered. */
function passesTextCheck(text: string): boolean {
  try {
    checkText(text);
    return true;
  } catch (error) {
    if (error instanceof ConsoleError) return false;
    throw error;
  }
}

/**
 * The example questions for the article, then the named queries of `cypher/queries/` that only read, read once
 * (the files are part of the release, not data).
 */
export const consoleMenu: readonly MenuQuery[] = [
  ...readNamedQueries("console/examples.cypher"),
  ...readNamedQueriesIn("queries"),
]
  .filter((query) => passesTextCheck(query.text))
  .map((query) => menuQuery(query.name, query.file, query.text));

const schemaQuery = namedQuery("console/console.cypher", "schema");

/** The names the editor completes: the labels, relationship types and property keys in use. */
export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** Reads the labels, relationship types and property keys in use (db.labels() and its siblings). */
export async function consoleSchema(db: Database): Promise<ConsoleSchema> {
  try {
    const { records } = await db.query(schemaQuery, {}, "READ");
    const record = records[0];
    const list = (key: string) => (record ? (record.get(key) as string[]).slice().sort() : []);
    return {
      labels: list("labels"),
      relationshipTypes: list("relationshipTypes"),
      propertyKeys: list("propertyKeys"),
    };
  } catch (error) {
    throw error instanceof Neo4jError ? fromNeo4jFailure(error) : error;
  }
}
