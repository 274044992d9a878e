import { cypherLiteral } from "../src/cypher/literal.js";
import type { Database } from "../src/neo4j/database.js";

/**
 * Three entries of a change log as the curation mutations write them (`:Change` nodes, not connected to the graph),
 * created with plain Cypher so that backups are tested whether or not the change log is written yet. Their values
 * cover what a backup must keep exactly: datetimes with nanoseconds and a named zone, JSON text with quotes, a
 * curly apostrophe and a line break, and absent (null) fields.
 */
export async function addChangeLog(db: Database): Promise<void> {
  await db.driver.executeQuery(
    `CREATE (:Change {id: "change:2026-11-27T10:00:00.123456789Z-1", at: datetime("2026-11-27T10:00:00.123456789Z"),
       by: "curator", action: "createEntity", subject: "person:test-curator-made", after: '{"name":"Kim \\\\"the\\\\" one"}',
       via: "graphql"})
     CREATE (:Change {id: "change:2026-11-27T10:05:00Z-2", at: datetime("2026-11-27T19:05:00+09:00[Asia/Pyongyang]"),
       by: "ana", action: "updateEntity", subject: "state:russia", before: '{"name":"Russia"}',
       after: '{"name":"Russia’s\\\\nfederation"}', via: "graphql"})
     CREATE (:Change {id: "change:2026-11-27T11:00:00Z-3", at: datetime("2026-11-27T11:00:00Z"), by: "curator",
       action: "link", subject: "claim:shin-6700-containers", target: "state:russia", via: "import"})`,
    {},
    db.queryConfig("WRITE"),
  );
}

/** The lines of a file with `line` (1-based) left out. */
export function withoutLine(text: string, line: number): string {
  const lines = text.split("\n");
  lines.splice(line - 1, 1);
  return lines.join("\n");
}

/** The 1-based number of the first line after the first that `test` accepts, given the line before it. */
export function findLine(text: string, test: (line: string, previous: string) => boolean): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line, i) => i > 0 && test(line, lines[i - 1] ?? ""));
  if (index < 0) throw new Error("No line matches");
  return index + 1;
}

/** The constraint and index names of the database, sorted. */
export async function schemaNames(db: Database): Promise<string[]> {
  const config = db.queryConfig("READ");
  const constraints = await db.driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name", {}, config);
  const indexes = await db.driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    config,
  );
  return [...constraints.records, ...indexes.records].map((r) => r.get("name") as string).sort();
}

/**
 * The change log as sorted lines: each `:Change` node's labels and properties, every value with its Cypher type
 * and exact literal (as canonicalGraph does for the graph, which leaves the change log out).
 */
export async function changeLog(db: Database): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (c:Change) RETURN labels(c) AS labels, properties(c) AS properties,
       [k IN keys(c) | [k, valueType(c[k])]] AS types`,
    {},
    db.queryConfig("READ"),
  );
  return records
    .map((r) => {
      const properties = r.get("properties") as Record<string, unknown>;
      const types = new Map(r.get("types") as [string, string][]);
      const fields = Object.keys(properties)
        .sort()
        .map((key) => `${JSON.stringify(key)}: ${types.get(key)} ${cypherLiteral(properties[key])}`);
      return `${[...(r.get("labels") as string[])].sort().join(":")} {${fields.join(", ")}}`;
    })
    .sort();
}
