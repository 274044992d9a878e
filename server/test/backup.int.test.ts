import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBackupFile } from "../src/backup/read-backup.js";
import { restoreBackup } from "../src/backup/restore.js";
import { backupToFile } from "../src/backup/write-backup.js";
import { useArticleGraph } from "./article.js";
import { addChangeLog, changeLog, findLine, schemaNames, withoutLine } from "./backup-support.js";
import { canonicalGraph, exportCypher, loadWithCypherShell } from "./export-support.js";
import { clearDatabase, testNeo4jTarget } from "./neo4j.js";

const folder = mkdtempSync(join(tmpdir(), "kgx-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Restores `text` (written to a file of its own) into the test database. */
async function restoreText(db: Parameters<typeof restoreBackup>[0], text: string, name: string) {
  const file = join(folder, name);
  writeFileSync(file, text);
  return restoreBackup(db, await checkBackupFile(file, name));
}

describe("a backup of the article graph and its change log", () => {
  const db = useArticleGraph();
  const file = join(folder, "article.kgx-backup.cypher");
  let original: string[];
  let schema: string[];
  let text: string;
  let log: string[];
  let changes: number;

  beforeAll(async () => {
    await addChangeLog(db());
    original = await canonicalGraph(db());
    log = await changeLog(db());
    // The three of addChangeLog, and any that kgx's own writes (the import) logged.
    changes = log.length;
    schema = await schemaNames(db());
    await backupToFile(db(), file);
    text = readFileSync(file, "utf8");
  });

  it("is a file only its owner reads, with no partial file left beside it", () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it("starts with a header that records the format, the versions, the time and the counts, and ends with its end line", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("// kgx backup, format 1");
    expect(lines[1]).toMatch(/by kgx 0\.1\.0 from Neo4j 5\.\d+\.\d+ at \d{4}-\d\d-\d\dT/);
    const manifest = JSON.parse((lines.find((l) => l.startsWith("// manifest: ")) ?? "").slice(13));
    expect(changes).toBeGreaterThanOrEqual(3);
    expect(manifest).toMatchObject({ format: 1, nodes: 80, changes, database: "neo4j" });
    expect(manifest.labels.Claim).toBe(31);
    expect(manifest.types.CONTRADICTS).toBe(16);
    expect(manifest.labels.Change).toBeUndefined();
    expect(text).not.toContain("// kgx Cypher export");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      `// end of kgx backup: 80 node(s), ${manifest.relationships} relationship(s), ${changes} change(s)`,
    );
  });

  it("holds the change log once, after the graph, with its datetimes and JSON text exact", () => {
    expect(text.match(/CREATE \(n:`Change`\) SET n\.`id` = row\[0\]/g)).toHaveLength(1);
    expect(text.indexOf("CREATE (n:`Change`)")).toBeGreaterThan(text.lastIndexOf("SET r = coalesce"));
    // Every change's `at` is a datetime: the column holds its text and the statement converts it.
    expect(text).toMatch(/CREATE \(n:`Change`\) SET .*n\.`at` = datetime\(row\[\d+\]\)/);
    expect(text).toContain('"2026-11-27T19:05:00+09:00[Asia/Pyongyang]"');
    expect(text).toContain('"{\\"name\\":\\"Kim \\\\\\"the\\\\\\" one\\"}"');
  });

  it("restores into the emptied database as exactly the same graph, change log and schema", async () => {
    await clearDatabase(db());
    await restoreBackup(db(), await checkBackupFile(file, "article backup"));
    const restored = await canonicalGraph(db());
    expect(restored).toEqual(original);
    expect(await changeLog(db())).toEqual(log);
    expect(await schemaNames(db())).toEqual(schema);
  });

  it("refuses to restore into a database that holds nodes, and changes nothing", async () => {
    await expect(restoreBackup(db(), await checkBackupFile(file, "again"))).rejects.toThrow(
      /^database 'neo4j' holds nodes; kgx restore loads only into an empty database; nothing changed$/,
    );
    expect(await canonicalGraph(db())).toEqual(original);
    expect(await changeLog(db())).toEqual(log);
  });

  it("refuses a backup whose counts do not match what it holds, says what differed, and leaves the database empty", async () => {
    await clearDatabase(db());
    const tampered = text.replace(/"Claim":31\b/, '"Claim":30');
    await expect(restoreText(db(), tampered, "count.cypher")).rejects.toThrow(
      /^count\.cypher: the loaded graph does not match the backup's counts \(label Claim: 30 in the backup, 31 loaded\); restore undone, the database is empty again$/,
    );
    expect(await canonicalGraph(db())).toEqual([]);
    expect(await changeLog(db())).toEqual([]);
    expect(await schemaNames(db())).toEqual([]);
  });

  it("refuses a backup with one row line removed, and leaves the database empty", async () => {
    // Node statements come first: the first row after a row is a node's.
    const row = findLine(text, (line, previous) => line.startsWith("[") && previous.startsWith("["));
    await expect(restoreText(db(), withoutLine(text, row), "row.cypher")).rejects.toThrow(
      /^row\.cypher: the loaded graph does not match the backup's counts \(nodes: 80 in the backup, 79 loaded;.*restore undone/,
    );
    expect(await canonicalGraph(db())).toEqual([]);
    expect(await changeLog(db())).toEqual([]);
    expect(await schemaNames(db())).toEqual([]);
  });

  it("undoes the restore when Neo4j refuses a statement, naming the statement's line", async () => {
    const row = findLine(text, (line, previous) => line.startsWith("[") && previous === "UNWIND [");
    const lines = text.split("\n");
    lines[row - 1] = `["broken" "row"],`;
    await expect(restoreText(db(), lines.join("\n"), "broken.cypher")).rejects.toThrow(
      new RegExp(
        `^broken\\.cypher:${row - 1}: Neo4j refused this statement \\(.*\\); restore undone, the database is empty again$`,
      ),
    );
    expect(await canonicalGraph(db())).toEqual([]);
    expect(await changeLog(db())).toEqual([]);
    expect(await schemaNames(db())).toEqual([]);
  });

  it("refuses a truncated backup before touching the database, saying where it ends", async () => {
    const half = text.slice(0, Math.floor(text.length / 2));
    await expect(restoreText(db(), half, "half.cypher")).rejects.toThrow(
      /^half\.cypher:\d+: this statement has no ';' line: the file is cut short; nothing restored$/,
    );
    const statements = text.slice(0, text.lastIndexOf("\n;\n") + 3);
    await expect(restoreText(db(), statements, "cut.cypher")).rejects.toThrow(
      /^cut\.cypher:\d+: the file ends without the backup's end line: it is cut short; nothing restored$/,
    );
    expect(await schemaNames(db())).toEqual([]);
  });

  it("refuses a file that is not a kgx backup, or a statement no backup holds, naming the line", async () => {
    await expect(restoreText(db(), await exportCypher(db()), "export.cypher")).rejects.toThrow(
      /^export\.cypher:1: not a kgx backup \(its first line should be '\/\/ kgx backup, format 1'\); nothing restored$/,
    );
    const header = text.slice(0, text.indexOf("\n\n") + 2);
    const injected = `${header}MATCH (n) DETACH DELETE n\n;\n${text.slice(header.length)}`;
    const line = header.split("\n").length;
    await expect(restoreText(db(), injected, "injected.cypher")).rejects.toThrow(
      `injected.cypher:${line}: not a statement of a kgx backup`,
    );
    expect(await canonicalGraph(db())).toEqual([]);
  });

  it("loads with cypher-shell into an empty database as the same graph and change log", {
    timeout: 300_000,
  }, async () => {
    await clearDatabase(db());
    await loadWithCypherShell(testNeo4jTarget(), text);
    expect(await canonicalGraph(db())).toEqual(original);
    expect(await changeLog(db())).toEqual(log);
  });

  it("leaves no file behind when it cannot be written", async () => {
    const missing = join(folder, "no-such-folder", "backup.cypher");
    await expect(backupToFile(db(), missing)).rejects.toThrow(/^cannot write the backup .*\.partial: ENOENT/);
    expect(existsSync(missing)).toBe(false);
  });
});
