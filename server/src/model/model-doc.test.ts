import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "../paths.js";
import { kindLabel, kindLists, kinds } from "./kinds.js";
import { entityLabels, modelLabels } from "./labels.js";
import { propertiesOfLabel, storedType } from "./properties.js";
import { bookkeepingProperties, relationshipRules, relationshipTypes } from "./relationships.js";

/** docs/model.md, cut at its headings: heading text → the lines under it up to the next heading. */
function sections(markdown: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of markdown.split("\n")) {
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading?.[1]) {
      current = [];
      found.set(heading[1].trim(), current);
    } else {
      current.push(line);
    }
  }
  return found;
}

/** The body rows of the first table in some lines, as cells without backticks. */
function tableRows(lines: readonly string[] | undefined): string[][] {
  const rows = (lines ?? []).filter((line) => line.startsWith("|"));
  return rows.slice(2).map((row) =>
    row
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim().replaceAll("`", "")),
  );
}

const doc = sections(readFileSync(repoPath("docs", "model.md"), "utf8"));
const section = (heading: string) => {
  const lines = doc.get(heading);
  if (!lines) throw new Error(`docs/model.md has no heading "${heading}"`);
  return lines;
};

/** The labels a relationship end names: "any entity", "any node", or labels separated by commas. */
function endLabels(cell: string): string[] {
  if (cell === "any entity") return ["Entity", ...entityLabels].sort();
  if (cell === "any node") return [...modelLabels].sort();
  return cell
    .split(",")
    .map((label) => label.trim())
    .sort();
}

describe("docs/model.md", () => {
  it("lists every label of the model with its id prefix, and no other", () => {
    const rows = tableRows(section("Labels"));
    expect(rows.map(([label]) => label?.replace(/^:/, "")).sort()).toEqual([...modelLabels].sort());
    for (const list of kindLists) {
      const row = rows.find(([label]) => label === `:${kindLabel(list)}`);
      expect(row?.slice(1, 3), kindLabel(list)).toEqual([kinds[list].prefix, list]);
    }
  });

  it("gives every label's properties with the type and presence the model has, and no others", () => {
    for (const label of modelLabels) {
      const documented = tableRows(section(`\`:${label}\``)).map(([name, type, required]) => ({
        name,
        type,
        required: required === "yes",
      }));
      const modelled = [
        { name: "id", type: "String", required: true },
        ...Object.entries(propertiesOfLabel(label)).map(([name, property]) => ({
          name,
          type: storedType(property.type),
          required: property.required === true,
        })),
      ];
      expect(documented, label).toEqual(modelled);
    }
    const whoAndWhen = tableRows(section("Who and when")).map(([name]) => name);
    expect(whoAndWhen).toEqual([...bookkeepingProperties]);
  });

  it("gives every relationship type with the ends and dataset field the model allows, and no others", () => {
    const rows = tableRows(section("Relationship types"));
    expect(rows.map(([type]) => type)).toEqual(relationshipTypes);
    for (const [type = "", from = "", to = "", field] of rows) {
      const rule = relationshipRules[type as keyof typeof relationshipRules];
      expect({ type, from: endLabels(from), to: endLabels(to), field }).toEqual({
        type,
        from: [...rule.from].sort(),
        to: [...rule.to].sort(),
        field: rule.field,
      });
    }
  });

  it("gives every relationship property with its type and presence, and no others", () => {
    const documented = tableRows(section("Relationship properties")).map(
      ([type, name, stored, required]) => ({
        type,
        name,
        stored,
        required: required === "yes",
      }),
    );
    const modelled = relationshipTypes.flatMap((type) =>
      Object.entries(
        relationshipRules[type].properties as Record<string, { type: string; required?: boolean }>,
      ).map(([name, property]) => ({
        type,
        name,
        stored: property.type === "number" ? storedType("number") : storedType("string"),
        required: property.required === true,
      })),
    );
    expect(documented).toEqual(modelled);
  });
});
