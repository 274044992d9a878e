import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isApiPath, serveWeb } from "./static-web.js";

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), "kgx-static-"));
  root = join(folder, "dist");
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "index.html"), "<!doctype html><title>kgx</title>");
  await writeFile(join(root, "assets", "index-abc123.js"), "console.log('kgx')");
  await writeFile(join(folder, "secret.txt"), "not for the web");
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://kgx.invalid");
    void serveWeb(req, res, url.pathname, root);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(join(root, ".."), { recursive: true, force: true });
});

/** A raw GET, so that `..` reaches the server as typed instead of being normalised by fetch. */
function get(
  path: string,
  method = "GET",
): Promise<{ status: number; type: string; body: string; cache: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"]),
          cache: String(res.headers["cache-control"]),
          body,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serving the built web page", () => {
  it("serves index.html at / and for the page's own paths, never cached", async () => {
    for (const path of ["/", "/view/anything"]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.type).toBe("text/html; charset=utf-8");
      expect(page.body).toContain("<title>kgx</title>");
      expect(page.cache).toBe("no-cache");
    }
  });

  it("serves hashed assets with their content type, cached for good", async () => {
    const asset = await get("/assets/index-abc123.js");
    expect(asset.type).toBe("text/javascript; charset=utf-8");
    expect(asset.cache).toContain("immutable");
  });

  it("answers 404 for a missing file, and for paths that climb out of the folder", async () => {
    expect((await get("/assets/missing.js")).status).toBe(404);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt"]) {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain("not for the web");
    }
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await get("/", "POST")).status).toBe(405);
  });

  it("leaves API paths to the API", () => {
    expect(["/graphql", "/export/cypher", "/ready", "/health"].every(isApiPath)).toBe(true);
    expect(isApiPath("/graphqlish")).toBe(false);
  });
});
