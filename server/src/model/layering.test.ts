import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The layering of server/src (docs/architecture.md): the graph model's vocabulary lives in model/, which imports
 * nothing of kgx but cypher/; the importer, the exports and the GraphQL API build on model/, cypher/ and neo4j/,
 * and not on each other; the change log (audit/) serves the importer and the API, so it depends on neither.
 */
const mayNotImport: Readonly<Record<string, readonly string[]>> = {
  model: ["import", "export", "graphql", "audit", "backup", "http", "neo4j"],
  import: ["export", "graphql", "backup", "http"],
  export: ["import", "graphql", "backup", "http"],
  graphql: ["import", "export", "backup", "http"],
  audit: ["import", "export", "graphql", "backup", "http"],
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
    if (targetFolder && banned.includes(targetFolder))
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
  it("keeps model/ free of the importer, the exports and the API, and those three free of each other", () => {
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
  });
});
