import type { IncomingMessage, ServerResponse } from "node:http";
import { UserError } from "../errors.js";
import { documentText, maxDocumentBytes } from "../ingest/read-document.js";

/**
 * `POST /ingest/extract?name=report.pdf` with the file as the body: its text, as `kgx ingest` reads it (Readability
 * for HTML, pdf.js for PDF), for the workbench page (docs/decisions/0097-extracting-a-report-on-the-server.md).
 * Nothing is stored. One extraction runs at a time per server, so a burst of PDFs cannot take every core.
 */
let running = false;

export async function handleExtract(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (request.method !== "POST") {
    response.setHeader("allow", "POST");
    return sendJson(response, 405, { error: "POST the file to /ingest/extract?name=<file name>" });
  }
  const name = (url.searchParams.get("name") ?? "").slice(0, 200);
  if (!name) return sendJson(response, 400, { error: "name: give the file's name, e.g. ?name=report.pdf" });
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > maxDocumentBytes) return tooLarge(request, response, name);
  if (running) return sendJson(response, 429, { error: "Another file is being read; try again in a moment" });
  running = true;
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxDocumentBytes) return tooLarge(request, response, name);
      chunks.push(chunk as Buffer);
    }
    const { text, title } = await documentText(Buffer.concat(chunks), name);
    sendJson(response, 200, { text, title: title ?? null });
  } catch (error) {
    if (error instanceof UserError) return sendJson(response, 400, { error: error.message });
    throw error;
  } finally {
    running = false;
  }
}

function tooLarge(request: IncomingMessage, response: ServerResponse, name: string): void {
  sendJson(response, 413, {
    error: `${name}: more than the ${maxDocumentBytes / 1024 / 1024} MB the workbench reads`,
  });
  request.resume();
}

// app.ts has its own sendJson; importing it here would make the two modules import each other.
function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
}
