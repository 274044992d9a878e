import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importDataset } from "../src/import/import-dataset.js";
import { DatasetError, formatProblem } from "../src/import/problems.js";
import { useCleanDatabase } from "./neo4j.js";

const db = useCleanDatabase();
let outer = "";
let folder = "";

beforeAll(() => {
  // The dataset folder sits inside `outer`, where the files it must not reach live.
  outer = mkdtempSync(join(tmpdir(), "kgx-dataset-files-"));
  folder = join(outer, "dataset");
  mkdirSync(folder);
  writeFileSync(join(outer, "secret.txt"), "root: the secret next door\n");
  writeFileSync(join(folder, "article.txt"), "root: the article's own words\n");
});
afterAll(() => rmSync(outer, { recursive: true, force: true }));

/** A small valid dataset whose one source reads `textFile`; its quote, "root", is in every file used here. */
function datasetWith(textFile: string, name = "dataset"): string {
  const file = join(folder, `${name}.yaml`);
  writeFileSync(
    file,
    [
      "format: kgx/1",
      "sources:",
      "  - id: source:s",
      "    name: S",
      "    kind: article",
      `    textFile: ${JSON.stringify(textFile)}`,
      "people:",
      "  - id: person:a",
      "    name: A",
      "claims:",
      "  - id: claim:c",
      "    name: C",
      "    text: t",
      "    quote: root",
      "    stance: asserts",
      "    claimedBy: [person:a]",
      "    source: source:s",
      "    about: [person:a]",
      "",
    ].join("\n"),
  );
  return file;
}

async function nodeCount(): Promise<number> {
  return db().read(async (tx) => {
    const result = await tx.run("MATCH (n) RETURN count(n) AS n");
    return Number(result.records[0]?.get("n"));
  });
}

/** The one line a refused import prints, with the database checked to be unchanged. */
async function refusal(file: string): Promise<string> {
  const before = await nodeCount();
  const error = await importDataset(db(), file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  expect(await nodeCount()).toBe(before);
  const problems = (error as DatasetError).problems;
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0] as DatasetError["problems"][number]);
}

const at = (file: string) => `${relative(process.cwd(), file)}:6:15 sources[0].textFile`;

describe("a source's textFile stays inside the dataset's folder", () => {
  test("a text file next to the dataset is read into the graph", async () => {
    await importDataset(db(), datasetWith("article.txt"));
    const text = await db().read(async (tx) => {
      const result = await tx.run("MATCH (s:Source {id: 'source:s'}) RETURN s.text AS text");
      return result.records[0]?.get("text");
    });
    expect(text).toBe("root: the article's own words\n");
  });

  test("an absolute path such as /etc/passwd is refused at the textFile entry", async () => {
    const file = datasetWith("/etc/passwd", "absolute");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile '/etc/passwd' is outside the dataset's folder (${folder}); put the text next to the dataset`,
    );
  });

  test("/proc/self/environ, which would publish the server's environment, is refused", async () => {
    const file = datasetWith("/proc/self/environ", "environ");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile '/proc/self/environ' is outside the dataset's folder (${folder}); put the text next to the dataset`,
    );
  });

  test("a path that leaves the folder with .. is refused", async () => {
    const file = datasetWith("../secret.txt", "dotdot");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile '../secret.txt' is outside the dataset's folder (${folder}); put the text next to the dataset`,
    );
  });

  test("a symbolic link in the folder that points outside it is refused", async () => {
    symlinkSync(join(outer, "secret.txt"), join(folder, "link.txt"));
    const file = datasetWith("link.txt", "symlink");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile 'link.txt' is a symbolic link to ${join(outer, "secret.txt")}, outside the dataset's folder (${folder}); put the text next to the dataset`,
    );
  });

  test("a symbolic link to /proc/self/environ is refused too", async () => {
    symlinkSync("/proc/self/environ", join(folder, "environ.txt"));
    const file = datasetWith("environ.txt", "symlink-environ");
    const line = await refusal(file);
    expect(line.startsWith(`${at(file)}: `)).toBe(true);
    expect(line).toMatch(
      /textFile 'environ.txt' is a symbolic link to \/proc\/\d+\/environ, outside the dataset's folder/,
    );
  });

  test("a folder is not a text file", async () => {
    mkdirSync(join(folder, "texts"));
    const file = datasetWith("texts", "folder");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile 'texts' is not a regular file (a folder); expected a text file next to the dataset`,
    );
  });

  test("a text file with a NUL byte is refused, naming where in the text it is", async () => {
    writeFileSync(join(folder, "nul.txt"), "root\nab\u0000c\n");
    const file = datasetWith("nul.txt", "nul-text");
    expect(await refusal(file)).toBe(
      `${at(file)}: textFile 'nul.txt' holds the control character U+0000 (NUL) at line 2, column 3; remove it`,
    );
  });
});
