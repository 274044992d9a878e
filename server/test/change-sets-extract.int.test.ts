import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { repoPath } from "../src/paths.js";
import { useTestServer } from "./http-support.js";
import { useCleanDatabase } from "./neo4j.js";

/** POST /ingest/extract: the workbench's way to read an .html or .pdf report as `kgx ingest` does. */
const db = useCleanDatabase();
const base = useTestServer(db);

const fixture = (name: string) => readFile(repoPath("server", "test", "ingest-fixtures", name));
const extract = (name: string, body: Buffer | string) =>
  fetch(`${base()}/ingest/extract?name=${encodeURIComponent(name)}`, {
    method: "POST",
    body: typeof body === "string" ? body : new Uint8Array(body),
  });

describe("extracting a report's text for the workbench", () => {
  it("answers an HTML page's article text and title, without its menus, and stores nothing", async () => {
    const response = await extract("report.html", await fixture("report.html"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text: string; title: string | null };
    expect(body.text).toMatch(/Kyiv has received only 18% of the 500,000 rounds/);
    expect(body.text).not.toMatch(/Subscribe now|Cookie settings/);
    expect(body.title).toMatch(/invented test fixture/i);
    const nodes = await db().driver.executeQuery(
      "MATCH (n) RETURN count(n) AS n",
      {},
      db().queryConfig("READ"),
    );
    expect(Number(nodes.records[0]?.get("n"))).toBe(0);
  });

  it("refuses, in one line naming the file, a page without an article, a binary .pdf and an unknown extension", async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      [
        "no-article.html",
        await fixture("no-article.html"),
        /^no-article\.html: no article found in the page/,
      ],
      [
        "fake.pdf",
        Buffer.from([0, 1, 2, 3, 4, 5, 6]),
        /^fake\.pdf: not a PDF file \(it does not start with %PDF-\)$/,
      ],
      [
        "report.docx",
        "text",
        /^report\.docx: kgx ingest reads \.txt, \.md, \.html and \.pdf files, not '\.docx'$/,
      ],
    ];
    for (const [name, body, message] of cases) {
      const response = await extract(name, body);
      expect(response.status, name).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });

  it("refuses a file over 10 MB with 413, and anything but a POST", async () => {
    const big = await extract("big.txt", Buffer.alloc(10 * 1024 * 1024 + 1, 97));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toBe(
      "big.txt: more than the 10 MB the workbench reads",
    );
    const get = await fetch(`${base()}/ingest/extract?name=a.txt`);
    expect(get.status).toBe(405);
  });
});
