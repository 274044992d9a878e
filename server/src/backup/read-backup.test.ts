import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type BackupManifest, backupEnd, backupHeader } from "./backup-format.js";
import { checkBackupFile } from "./read-backup.js";

const folder = mkdtempSync(join(tmpdir(), "kgx-read-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const manifest: BackupManifest = {
  format: 1,
  kgx: "0.1.0",
  neo4j: "5.26.30",
  database: "neo4j",
  at: "2026-11-28T02:40:00.000Z",
  nodes: 2,
  labels: { State: 2 },
  relationships: 1,
  types: { BORDERS: 1 },
  changes: 0,
};
const schema = "CREATE CONSTRAINT `state_id` IF NOT EXISTS FOR (n:`State`) REQUIRE n.`id` IS UNIQUE\n;\n";
const nodes = 'UNWIND [\n{id: "state:a"},\n{id: "state:b"}\n] AS row\nCREATE (n:`State`) SET n = row\n;\n';
const relationships = [
  "UNWIND [",
  '["state:a", "state:b"]',
  "] AS row",
  "MATCH (a:`State` {id: row[0]})",
  "MATCH (b:`State` {id: row[1]})",
  "CREATE (a)-[r:`BORDERS`]->(b) SET r = coalesce(row[2], {})",
  ";",
  "",
].join("\n");
const backup = `${backupHeader(manifest)}${schema}${nodes}${relationships}${backupEnd(manifest)}`;

function check(text: string) {
  const file = join(folder, "backup.cypher");
  writeFileSync(file, text);
  return checkBackupFile(file, "b.cypher");
}

/** The 1-based line of the first line that starts with `start`. */
function lineOf(text: string, start: string): number {
  return text.split("\n").findIndex((line) => line.startsWith(start)) + 1;
}

describe("reading a backup file before restoring it", () => {
  it("accepts a complete backup and counts its schema statements and rows", async () => {
    const checked = await check(backup);
    expect(checked.manifest).toEqual(manifest);
    expect(checked.schema.map((s) => s.line)).toEqual([lineOf(backup, "CREATE CONSTRAINT")]);
    expect(checked.rows).toBe(3);
  });

  it("refuses a backup of another format, naming line 1", async () => {
    await expect(check(backup.replace("format 1", "format 2"))).rejects.toThrow(
      "b.cypher:1: a kgx backup of format 2; this kgx reads format 1; nothing restored",
    );
  });

  it("refuses a manifest that is not JSON or lacks a count, naming its line", async () => {
    const line = lineOf(backup, "// manifest:");
    await expect(check(backup.replace('"nodes":2,', '"nodes":2'))).rejects.toThrow(
      `b.cypher:${line}: the manifest is not valid JSON`,
    );
    await expect(check(backup.replace('"changes":0', '"changez":0'))).rejects.toThrow(
      `b.cypher:${line}: the manifest is not a kgx backup manifest (changes:`,
    );
  });

  it("refuses an end line whose counts differ from the manifest's", async () => {
    await expect(
      check(
        backup.replace(
          "2 node(s), 1 relationship(s), 0 change(s)\n",
          "3 node(s), 1 relationship(s), 0 change(s)\n",
        ),
      ),
    ).rejects.toThrow(/the end line does not match the counts of the manifest/);
  });

  it("refuses a row without its comma, and a schema statement after the data, naming the line", async () => {
    await expect(check(backup.replace('{id: "state:a"},', '{id: "state:a"}'))).rejects.toThrow(
      `b.cypher:${lineOf(backup, '{id: "state:a"}')}: not a row of its statement`,
    );
    const late = `${backupHeader(manifest)}${nodes}${schema}${relationships}${backupEnd(manifest)}`;
    await expect(check(late)).rejects.toThrow(
      `b.cypher:${lineOf(late, "CREATE CONSTRAINT")}: a schema statement after the data`,
    );
  });

  it("refuses an UNWIND statement whose head is not one a backup writes", async () => {
    const text = backup.replace("CREATE (n:`State`) SET n = row", "MERGE (n:`State` {id: row.id})");
    await expect(check(text)).rejects.toThrow(
      `b.cypher:${lineOf(text, "MERGE")}: an UNWIND statement that creates neither nodes nor relationships`,
    );
  });

  it("accepts node rows written as columns, as backups hold them since decision 0059", async () => {
    const columns = backup.replace(
      nodes,
      'UNWIND [\n["state:a", "2024-01-01"],\n["state:b"]\n] AS row\nCREATE (n:`State`) SET n.`id` = row[0], n.`since` = date(row[1])\n;\n',
    );
    expect((await check(columns)).rows).toBe(3);
  });

  it("refuses a column head that sets a property from anything but its row or a temporal function of it", async () => {
    const columns = backup.replace(
      "CREATE (n:`State`) SET n = row",
      "CREATE (n:`State`) SET n.`id` = toUpper(row[0])",
    );
    await expect(check(columns)).rejects.toThrow(
      `b.cypher:${lineOf(columns, "CREATE (n:")}: an UNWIND statement that creates neither nodes nor relationships`,
    );
  });

  it("refuses a file that stops in its header, mid-statement, or before the end line", async () => {
    await expect(check(backup.slice(0, backup.indexOf("// manifest:")))).rejects.toThrow(
      /the file ends in its header: it is cut short/,
    );
    await expect(check(backup.slice(0, backup.indexOf("] AS row")))).rejects.toThrow(
      `b.cypher:${lineOf(backup, "UNWIND [")}: this statement has no ';' line: the file is cut short`,
    );
    await expect(check(backup.slice(0, backup.indexOf("// end of")))).rejects.toThrow(
      /the file ends without the backup's end line: it is cut short/,
    );
    await expect(check(`${backup}MATCH (n) RETURN n\n;\n`)).rejects.toThrow(
      /text after the backup's end line/,
    );
  });

  it("says so when the file is missing or empty", async () => {
    await expect(checkBackupFile(join(folder, "missing"), "missing.cypher")).rejects.toThrow(
      "cannot read missing.cypher: no such file",
    );
    await expect(check("")).rejects.toThrow("b.cypher:1: the file is empty, not a kgx backup");
  });
});
