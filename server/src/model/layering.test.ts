import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The layering of server/src (docs/architecture.md): the graph model's vocabulary lives in model/, which imports
 * nothing of kgx but cypher/; the importer, the exports and the GraphQL API build on model/, cypher/ and neo4j/,
 * and not on each other; the change log (audit/) serves the importer and the API, so it depends on neither. Below
 * the API: analyze/ reads text and knows only the model; curation/ writes nodes and links for every writer;
 * ingest/ stores a source through curation/ and analyses it; changesets/ commits and reverts a workbench's set
 * through curation/ and ingest/'s checks; console/ and timeline/ answer the API without depending on its schema.
 */
const everything = [
  "import",
  "export",
  "graphql",
  "audit",
  "backup",
  "http",
  "neo4j",
  "analyze",
  "curation",
  "ingest",
  "changesets",
  "console",
  "timeline",
];
const except = (...allowed: string[]) => everything.filter((folder) => !allowed.includes(folder));
const mayNotImport: Readonly<Record<string, readonly string[]>> = {
  model: everything,
  import: ["export", "graphql", "backup", "http", "ingest", "changesets", "console", "timeline"],
  export: ["import", "graphql", "backup", "http", "ingest", "changesets", "console", "timeline"],
  graphql: ["import", "export", "backup", "http"],
  audit: except("neo4j"),
  analyze: everything,
  curation: except("audit", "neo4j"),
  ingest: except("analyze", "curation", "audit", "neo4j"),
  changesets: except("curation", "ingest", "audit", "neo4j"),
  console: except("neo4j"),
  timeline: everything,
};

/**
 * The only files of a forbidden folder one may still import: graphql/errors.ts makes the coded errors (NOT_FOUND,
 * BAD_USER_INPUT) that curation/, ingest/ and changesets/ throw so that a mutation passes them on unchanged, and
 * graph-records.ts the node and edge shapes the console answers with. They import nothing else of graphql/.
 */
const sharedFiles: Readonly<Record<string, readonly string[]>> = {
  curation: ["graphql/errors.js"],
  ingest: ["graphql/errors.js"],
  changesets: ["graphql/errors.js"],
  console: ["graphql/graph-records.js"],
};

const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Every import of a TypeScript file that crosses a forbidden line, as "file imports specifier (rule)". */
export function forbiddenImports(file: string, source: string): string[] {
  const [folder] = file.split("/");
  const banned = folder ? mayNotImport[folder] : undefined;
  if (!banned) return [];
  const found: string[] = [];
  for (const [, specifier = ""] of source.matchAll(importPattern)) {
    if (!specifier.startsWith(".")) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const [targetFolder] = target.split("/");
    if (folder && sharedFiles[folder]?.includes(target)) continue;
    if (targetFolder && targetFolder !== folder && banned.includes(targetFolder))
      found.push(`server/src/${file} imports ${specifier} (${folder}/ may not depend on ${targetFolder}/)`);
  }
  return found;
}

const sourceRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** Every TypeScript file of server/src but this one, whose examples of forbidden imports are strings. */
function typeScriptFiles(): string[] {
  return readdirSync(sourceRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(sourceRoot, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .filter((file) => file !== "model/layering.test.ts")
    .sort();
}

describe("the layering of server/src", () => {
  it("keeps model/ and analyze/ free of the rest, and each folder free of the layers above it", () => {
    const problems = typeScriptFiles().flatMap((file) =>
      forbiddenImports(file, readFileSync(join(sourceRoot, file), "utf8")),
    );
    expect(problems).toEqual([]);
  });

  it("names the file and the import when a forbidden import appears", () => {
    const source = [
      'import { kindOf } from "../model/labels.js";',
      'import type { NodeRecord } from "../graphql/graph-records.js";',
      'export { x } from "../import/graph-rows.js";',
      'const lazy = await import("../graphql/yoga.js");',
      'import "../neo4j/database.js";',
    ].join("\n");
    expect(forbiddenImports("export/json-export.ts", source)).toEqual([
      "server/src/export/json-export.ts imports ../graphql/graph-records.js (export/ may not depend on graphql/)",
      "server/src/export/json-export.ts imports ../import/graph-rows.js (export/ may not depend on import/)",
      "server/src/export/json-export.ts imports ../graphql/yoga.js (export/ may not depend on graphql/)",
    ]);
    expect(
      forbiddenImports("graphql/schema/export.ts", 'import { runExport } from "../../export/x.js";'),
    ).toEqual([
      "server/src/graphql/schema/export.ts imports ../../export/x.js (graphql/ may not depend on export/)",
    ]);
    expect(forbiddenImports("main.ts", 'import { smallExport } from "./export/small-export.js";')).toEqual(
      [],
    );
    expect(
      forbiddenImports(
        "ingest/add-source.ts",
        'import { createNode } from "../graphql/curation.js";\nimport { badInput } from "../graphql/errors.js";',
      ),
    ).toEqual([
      "server/src/ingest/add-source.ts imports ../graphql/curation.js (ingest/ may not depend on graphql/)",
    ]);
    expect(
      forbiddenImports("analyze/name-keys.ts", 'import { foldText } from "../graphql/search-query.js";'),
    ).toEqual([
      "server/src/analyze/name-keys.ts imports ../graphql/search-query.js (analyze/ may not depend on graphql/)",
    ]);
    expect(
      forbiddenImports("curation/writes.ts", 'import { commitChangeSet } from "../changesets/commit.js";'),
    ).toEqual([
      "server/src/curation/writes.ts imports ../changesets/commit.js (curation/ may not depend on changesets/)",
    ]);
  });
});
