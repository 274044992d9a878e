import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { watchReader } from "./http-export.js";

const idleMs = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let close: () => Promise<void> = async () => {};

/** A real HTTP server whose one route hands its response to `respond`, watched as exports are. */
async function serve(respond: (response: ServerResponse) => Promise<void>): Promise<number> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/plain" });
    const stop = watchReader(response, idleMs, 60_000);
    void respond(response).finally(stop);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  close = async () => {
    server.closeAllConnections();
    server.close();
  };
  return (server.address() as AddressInfo).port;
}

afterEach(() => close());

describe("the export idle watch", () => {
  it("keeps a download open while the server is slow to produce bytes, however long", async () => {
    const port = await serve(async (response) => {
      response.write("first line\n");
      await sleep(idleMs * 4);
      response.end("last line\n");
    });
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(body).toBe("first line\nlast line\n");
  });

  it("cuts off a client that stops reading while bytes wait for it", async () => {
    const port = await serve(async (response) => {
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < 2_000 && !response.destroyed; i++)
        if (!response.write(chunk)) await Promise.race([once(response, "drain"), once(response, "close")]);
      response.end();
    });
    const client = connect({ host: "127.0.0.1", port });
    client.on("error", () => {});
    client.write("GET / HTTP/1.1\r\nHost: kgx\r\n\r\n");
    client.pause();
    const closed = once(client, "close");
    await sleep(idleMs * 5);
    // Reading again finds the connection ended by the server, after far less than the 128 MB it offered.
    let received = 0;
    client.on("data", (data: Buffer) => {
      received += data.length;
    });
    client.resume();
    await closed;
    expect(received).toBeLessThan(32 * 1024 * 1024);
  });
});
