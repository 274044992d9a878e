import { cypherLiteral, quotedName } from "../cypher/literal.js";
import type { SchemaRow } from "./graph-snapshot.js";

/**
 * The schema section of a Cypher export: the database's own constraints and indexes (kgx's, from
 * cypher/schema.cypher, and any a researcher added), each `IF NOT EXISTS`, by name. Index options other than the
 * full-text analyzer settings are left to the target database's defaults.
 */
export function schemaStatements(constraints: readonly SchemaRow[], indexes: readonly SchemaRow[]): string[] {
  return [...constraints.map(constraintStatement), ...indexes.map(indexStatement)].filter(
    (statement) => statement !== "",
  );
}

/** The labels that have a uniqueness constraint (or node key) on `id` alone: how scripts find nodes fast. */
export function idKeyLabels(constraints: readonly SchemaRow[]): Set<string> {
  return new Set(
    constraints
      .filter(
        (c) =>
          c.entityType === "NODE" &&
          (c.type === "UNIQUENESS" || c.type === "NODE_KEY") &&
          c.properties.length === 1 &&
          c.properties[0] === "id",
      )
      .flatMap((c) => c.labelsOrTypes),
  );
}

function pattern(row: SchemaRow, variable: string): string {
  const names = row.labelsOrTypes.map(quotedName).join("|");
  return row.entityType === "NODE" ? `(${variable}:${names})` : `()-[${variable}:${names}]-()`;
}

function propertyList(row: SchemaRow, variable: string): string {
  const list = row.properties.map((p) => `${variable}.${quotedName(p)}`).join(", ");
  return row.properties.length === 1 ? list : `(${list})`;
}

function constraintStatement(row: SchemaRow): string {
  const v = row.entityType === "NODE" ? "n" : "r";
  const head = `CREATE CONSTRAINT ${quotedName(row.name)} IF NOT EXISTS FOR ${pattern(row, v)} REQUIRE ${propertyList(row, v)}`;
  switch (row.type) {
    case "UNIQUENESS":
    case "RELATIONSHIP_UNIQUENESS":
      return `${head} IS UNIQUE`;
    case "NODE_KEY":
    case "RELATIONSHIP_KEY":
      return `${head} IS KEY`;
    case "NODE_PROPERTY_EXISTENCE":
    case "RELATIONSHIP_PROPERTY_EXISTENCE":
      return `${head} IS NOT NULL`;
    default:
      // Property type constraints need their type, which SHOW CONSTRAINTS gives only in its full form.
      return `// constraint ${quotedName(row.name)} (${row.type}) is not exported`;
  }
}

function indexStatement(row: SchemaRow): string {
  const v = row.entityType === "NODE" ? "n" : "r";
  const name = quotedName(row.name);
  const on = row.properties.map((p) => `${v}.${quotedName(p)}`).join(", ");
  switch (row.type) {
    case "RANGE":
      return `CREATE INDEX ${name} IF NOT EXISTS FOR ${pattern(row, v)} ON (${on})`;
    case "TEXT":
    case "POINT":
      return `CREATE ${row.type} INDEX ${name} IF NOT EXISTS FOR ${pattern(row, v)} ON (${on})`;
    case "FULLTEXT": {
      const config = fulltextConfig(row.options);
      return `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR ${pattern(row, v)} ON EACH [${on}]${config}`;
    }
    default:
      return `// index ${name} (${row.type}) is not exported`;
  }
}

function fulltextConfig(options: Record<string, unknown> | undefined): string {
  const config = (options?.indexConfig ?? {}) as Record<string, unknown>;
  const keys = Object.keys(config)
    .filter((key) => key.startsWith("fulltext."))
    .sort();
  if (keys.length === 0) return "";
  const entries = keys.map((key) => `${quotedName(key)}: ${cypherLiteral(config[key])}`).join(", ");
  return ` OPTIONS {indexConfig: {${entries}}}`;
}
