import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { repoPath } from "../paths.js";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The built explorer page (`pnpm --filter @kgx/web build` writes it). */
export const webRoot = resolve(repoPath("web", "dist"));

/**
 * Serves the built web app: files under `web/dist`, and `index.html` for any other path without a file
 * extension (the page's own routes). Paths that would leave the folder are refused.
 */
export async function serveWeb(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  root = webRoot,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
    response.end("Only GET and HEAD here.\n");
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendText(response, 400, "Malformed path.\n");
  }
  const file = resolve(root, `.${decoded}`);
  if (decoded.includes("\0") || (file !== root && !file.startsWith(root + sep))) {
    return sendText(response, 404, "Not found.\n");
  }
  if (await isFile(file)) return sendFile(request, response, file, root);
  if (extname(decoded) !== "") return sendText(response, 404, "Not found.\n");
  const index = resolve(root, "index.html");
  if (await isFile(index)) return sendFile(request, response, index, root);
  sendText(response, 404, "The web page is not built yet: run `pnpm build` (or `pnpm start`).\n");
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  root: string,
): Promise<void> {
  // Vite puts a content hash in every asset name, so assets can be cached for good; index.html never.
  const hashed = file.startsWith(resolve(root, "assets") + sep);
  response.writeHead(200, {
    "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (request.method === "HEAD") {
    response.end();
    return Promise.resolve();
  }
  return new Promise((done) => {
    const stream = createReadStream(file);
    stream.on("error", () => {
      response.destroy();
      done();
    });
    stream.on("end", done);
    stream.pipe(response);
  });
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(text);
}

/** Paths that belong to the API: a miss there is a JSON 404, never the page. */
export function isApiPath(pathname: string): boolean {
  return /^\/(graphql|export|health|ready|api)(\/|$)/.test(pathname);
}
