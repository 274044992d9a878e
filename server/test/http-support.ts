import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../src/config.js";
import { exportService } from "../src/export/http-export.js";
import { createApp } from "../src/http/app.js";
import type { Database } from "../src/neo4j/database.js";

/**
 * Serves kgx's HTTP app over the given database on a free loopback port for the tests of one file (or one
 * `describe`), closing it afterwards. Returns a getter of the base URL, known once `beforeAll` has run.
 */
export function useTestServer(db: () => Database): () => string {
  let server: Server | undefined;
  let base: string | undefined;
  beforeAll(async () => {
    const started = createServer(createApp({ db: db(), exports: exportService(db(), loadConfig({})) }));
    server = started;
    await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const started = server;
    if (!started) return;
    started.closeAllConnections();
    await new Promise((resolve) => started.close(resolve));
  });
  return () => {
    if (!base) throw new Error("The test server starts in beforeAll: use it inside a test or a hook.");
    return base;
  };
}
