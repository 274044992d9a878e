import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { repoPath } from "../paths.js";
import { schema } from "./schema/index.js";

/** Where the printed schema lives: the web app generates its types from it. */
export const schemaFile = repoPath("server", "schema.graphql");

/** The schema's SDL as committed in `server/schema.graphql` (sorted, with a trailing newline). */
export function printKgxSchema(): string {
  return `${printSchema(schema)}\n`;
}

// `node server/dist/graphql/print-schema.js --write` refreshes the committed file.
if (process.argv[1]?.endsWith("print-schema.js") && process.argv.includes("--write")) {
  writeFileSync(schemaFile, printKgxSchema());
  console.log(`Wrote ${schemaFile}`);
}
