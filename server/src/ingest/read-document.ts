import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { UserError } from "../errors.js";

/**
 * The text of a report file for `kgx ingest` (docs/decisions/0092-sources-in-their-own-words.md): .txt and .md as
 * they are, .html through Readability (the article, without menus and footers), .pdf through pdfjs-dist's text
 * layer. Each refusal is one line that names the file and what is wrong with it.
 */

/** The largest file kgx ingest opens: a PDF is larger than its text, but a report is not 10 MB of it. */
export const maxDocumentBytes = 10 * 1024 * 1024;

/** What a file gave: its text and a title when the file has one (an HTML title, PDF metadata). */
export interface DocumentText {
  text: string;
  title: string | undefined;
}

const readers: Record<string, (bytes: Buffer, shown: string) => Promise<DocumentText>> = {
  ".txt": async (bytes, shown) => ({ text: utf8(bytes, shown), title: undefined }),
  ".md": async (bytes, shown) => ({ text: utf8(bytes, shown), title: undefined }),
  ".html": async (bytes, shown) => htmlText(utf8(bytes, shown), shown),
  ".htm": async (bytes, shown) => htmlText(utf8(bytes, shown), shown),
  ".pdf": pdfText,
};

/** Reads a report file's text; a UserError says why not. */
export async function readDocument(file: string): Promise<DocumentText> {
  const shown = basename(file);
  readerOf(shown);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${shown}: no such file`);
  if (info.size > maxDocumentBytes) throw new UserError(tooLarge(shown, info.size));
  return documentText(await readFile(file), shown);
}

/**
 * The text of a file's bytes, read by the reader its name's extension picks: `kgx ingest` and the workbench's
 * `POST /ingest/extract` (docs/decisions/0097-extracting-a-report-on-the-server.md) both come here.
 */
export async function documentText(bytes: Buffer, shown: string): Promise<DocumentText> {
  const reader = readerOf(shown);
  if (bytes.length > maxDocumentBytes) throw new UserError(tooLarge(shown, bytes.length));
  const { text, title } = await reader(bytes, shown);
  if (text.trim().length === 0) throw new UserError(`${shown}: the file has no text`);
  return { text, title };
}

function readerOf(shown: string) {
  const extension = extname(shown).toLowerCase();
  const reader = readers[extension];
  if (!reader) {
    throw new UserError(
      `${shown}: kgx ingest reads .txt, .md, .html and .pdf files, not '${extension || "(no extension)"}'`,
    );
  }
  return reader;
}

function tooLarge(shown: string, size: number): string {
  return `${shown}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${maxDocumentBytes / 1024 / 1024} MB kgx ingest reads`;
}

function utf8(bytes: Buffer, shown: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
  } catch {
    throw new UserError(`${shown}: the file is not UTF-8 text; save it as UTF-8`);
  }
}

/** The main text of a page, paragraphs separated by blank lines, as Readability finds it. */
function htmlText(html: string, shown: string): DocumentText {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.textContent?.trim() ?? "";
  if (!article || text.length < 200) {
    throw new UserError(`${shown}: no article found in the page (Readability found no main text)`);
  }
  // textContent runs paragraphs together; rebuild them from the article's HTML blocks.
  const { document: body } = parseHTML(`<html><body>${article.content ?? ""}</body></html>`);
  const blocks = [...body.querySelectorAll("p, h1, h2, h3, h4, li, blockquote")]
    .filter((block) => !block.querySelector("p, li"))
    .map((block) => (block.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { text: blocks.length > 0 ? blocks.join("\n\n") : text, title: article.title ?? undefined };
}

/** The text layer of a PDF, a page per paragraph block; a scan without a text layer has none. */
async function pdfText(bytes: Buffer, shown: string): Promise<DocumentText> {
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
    throw new UserError(`${shown}: not a PDF file (it does not start with %PDF-)`);
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new UserError(`${shown}: the PDF cannot be read (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let line = "";
      let lineY: number | undefined;
      const lines: string[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        // A new baseline is a new line, whether or not the PDF marks the end of the last one.
        const y = item.transform[5] as number;
        if (line && lineY !== undefined && Math.abs(y - lineY) > 1) {
          lines.push(line);
          line = "";
        }
        line += item.str;
        lineY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join("\n").trim());
    }
    const text = pages.filter(Boolean).join("\n\n");
    if (!text.trim()) {
      throw new UserError(`${shown}: the PDF has no text layer (a scan?); run OCR on it first`);
    }
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    return { text, title: info?.Title || undefined };
  } finally {
    await task.destroy();
  }
}
