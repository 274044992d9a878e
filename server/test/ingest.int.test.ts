import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoPath } from "../src/paths.js";
import { useArticleGraph } from "./article.js";
import { dumpGraph } from "./graphql-support.js";
import { runKgx } from "./kgx-cli.js";
import { testNeo4jEnv } from "./neo4j.js";

const db = useArticleGraph();
const folder = mkdtempSync(join(tmpdir(), "kgx-ingest-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const fixture = (name: string) => repoPath("server", "test", "ingest-fixtures", name);
const report = (name: string) => repoPath("data", "test-reports", name);

/** A PDF with the first lines of an invented report as its text layer, or, without lines, only a drawn box. */
async function makePdf(file: string, lines: string[]): Promise<string> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("Shells and denials (invented test fixture)");
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (lines.length === 0)
    page.drawRectangle({ x: 50, y: 600, width: 300, height: 150, color: rgb(0.4, 0.4, 0.4) });
  lines.forEach((line, i) => {
    page.drawText(line, { x: 40, y: 800 - i * 16, size: 10, font });
  });
  writeFileSync(file, await pdf.save());
  return file;
}

let textPdf: string;
let scanPdf: string;
beforeAll(async () => {
  const lines = readFileSync(report("shells-and-denials.txt"), "utf8")
    .split(/(?<=\.)\s+/)
    .map((sentence) =>
      sentence.replace(/[“”€]/g, (c) => ({ "“": '"', "”": '"', "€": "EUR " })[c] ?? c).trim(),
    )
    .filter(Boolean);
  textPdf = await makePdf(join(folder, "shells.pdf"), lines);
  scanPdf = await makePdf(join(folder, "scan.pdf"), []);
});

const ingest = (file: string, ...options: string[]) => runKgx(["ingest", file, ...options], testNeo4jEnv());

async function storedText(id: string): Promise<string | undefined> {
  const { records } = await db().driver.executeQuery(
    "MATCH (s:Source {id: $id}) RETURN s.text AS text",
    { id },
    db().queryConfig("READ"),
  );
  return records[0]?.get("text");
}

describe("kgx ingest", () => {
  it("stores a .txt report in its own words and prints the analysis, with progress on stderr", async () => {
    const file = report("ports-and-ships.txt");
    const result = await ingest(file, "--published-on", "2024-03-14", "--publisher", "kgx tests");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/kgx: reading ports-and-ships\.txt\nkgx: read [\d,]+ characters/);
    expect(result.stderr).toMatch(/kgx: storing and analysing against \d+ entities/);
    expect(result.stdout).toMatch(/^source:ports-and-ships: stored [\d,]+ characters\nmentions: \d+/);
    expect(result.stdout).toMatch(
      /denies \(North Korea\): "Pyongyang denied that any of the vessels carried weapons"/,
    );
    expect(await storedText("source:ports-and-ships")).toBe(readFileSync(file, "utf8"));
  });

  it("stores a .md report as it is written", async () => {
    const file = join(folder, "aid.md");
    writeFileSync(file, `# Aid pledges\n\n${readFileSync(report("aid-and-forecasts.txt"), "utf8")}`);
    const result = await ingest(file, "--name", "Aid pledges (markdown)");
    expect(result.code).toBe(0);
    expect(await storedText("source:aid-pledges-markdown")).toMatch(
      /^# Aid pledges\n\n\[INVENTED TEST FIXTURE/,
    );
  });

  it("stores the article of an .html page without its menus and footer, named by its title", async () => {
    const result = await ingest(fixture("report.html"));
    expect(result.code).toBe(0);
    const text = await storedText("source:aid-pledges-fall-short-envoy-says-invented-test-fixture");
    expect(text).toMatch(/Kyiv has received only 18% of the 500,000 rounds/);
    expect(text).not.toMatch(/Subscribe now|Cookie settings/);
    expect(result.stdout).toMatch(/asserts \(European Union\): "it had delivered 90,000 rounds/);
  });

  it("stores the text layer of a .pdf", async () => {
    const result = await ingest(textPdf, "--published-on", "2024-05-16");
    expect(result.code).toBe(0);
    const text = await storedText("source:shells-and-denials-invented-test-fixture");
    expect(text).toMatch(/about 2\.4 million artillery shells had left the north/);
    expect(result.stdout).toMatch(/\(Shin Wonsik\)/);
  });

  it("refuses each bad file in one line, exits 1 and stores nothing", async () => {
    const before = await dumpGraph(db());
    const empty = join(folder, "empty.txt");
    writeFileSync(empty, " \n\n ");
    const huge = join(folder, "huge.txt");
    writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024, "a"));
    const binary = join(folder, "binary.pdf");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const word = join(folder, "report.docx");
    writeFileSync(word, "PK");
    const cases: [string, RegExp][] = [
      [empty, /^kgx: empty\.txt: the file has no text$/],
      [huge, /^kgx: huge\.txt: the file is 20\.0 MB, more than the 10 MB kgx ingest reads$/],
      [binary, /^kgx: binary\.pdf: not a PDF file \(it does not start with %PDF-\)$/],
      [fixture("no-article.html"), /^kgx: no-article\.html: no article found in the page/],
      [scanPdf, /^kgx: scan\.pdf: the PDF has no text layer \(a scan\?\); run OCR on it first$/],
      [word, /^kgx: report\.docx: kgx ingest reads \.txt, \.md, \.html and \.pdf files, not '\.docx'$/],
    ];
    for (const [file, message] of cases) {
      const result = await ingest(file);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n").at(-1)).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await dumpGraph(db())).toBe(before);
  });
});
