import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { launchChromium, viewport } from "@kgx/chromium/dist/launch.js";
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { freePort } from "../../server/src/neo4j/ports.js";
import { repoPath } from "../../server/src/paths.js";
import { useArticleGraph } from "../../server/test/article.js";
import { spawnKgx, waitForOutput } from "../../server/test/kgx-cli.js";
import { testNeo4jTarget } from "../../server/test/neo4j.js";

/** The screens the browser tests use: a desktop with a mouse and a phone with a touch screen. */
export type Device = "desktop" | "phone";
const devices = {
  desktop: { viewport },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
} as const;

/** The running explorer for one test file: the kgx server's address and a fresh page per test. */
export interface Explorer {
  url(): string;
  browser(): Browser;
  /**
   * A new browser context and page (its own downloads and storage), closed after the file: a 1440x900 desktop, or
   * with `{ device: "phone" }` a 390x844 phone with a touch screen. Any console error or warning, and any
   * uncaught exception, on the page fails the test that opened it.
   */
  newPage(options?: { device?: Device }): Promise<Page>;
}

/**
 * Loads the article graph into the run's Neo4j, starts the built kgx server against it on a free port (the same
 * `kgx start` a user runs, which serves the built page at `/`), and launches headless Chromium.
 */
export function useExplorer(): Explorer {
  useArticleGraph();
  let kgx: ChildProcess | undefined;
  let browser: Browser | undefined;
  let url = "";
  const contexts: BrowserContext[] = [];
  let watched: (() => string[])[] = [];

  beforeAll(async () => {
    if (!existsSync(repoPath("web", "dist", "index.html"))) {
      throw new Error("web/dist is missing: run `pnpm build` before the browser tests.");
    }
    ({ kgx, url } = await startKgx());
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (kgx && kgx.exitCode === null) {
      const exited = new Promise((resolve) => kgx?.once("exit", resolve));
      kgx.kill("SIGTERM");
      await exited;
    }
  });

  afterEach(() => {
    const seen = watched.flatMap((problems) => problems());
    watched = [];
    expect(seen, "the page logged errors or warnings").toEqual([]);
  });

  return {
    url: () => url,
    browser: () => {
      if (!browser) throw new Error("The browser starts in beforeAll: use it inside a test.");
      return browser;
    },
    newPage: async ({ device = "desktop" } = {}) => {
      if (!browser) throw new Error("The browser starts in beforeAll: use it inside a test.");
      const context = await browser.newContext({ ...devices[device], acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      watched.push(watchConsole(page));
      return page;
    },
  };
}

/**
 * Reports the page's console errors and warnings and its uncaught exceptions. A request the test itself
 * intercepted (`page.route`: aborted, or answered with an error status such as a 503 from /ready) logs "Failed to
 * load resource: …" by design, and the test checks what the page then says, so those lines are not reported;
 * the same line for any other request is.
 */
function watchConsole(page: Page): () => string[] {
  const intercepted = new Set<string>();
  const route = page.route.bind(page);
  page.route = ((url: Parameters<Page["route"]>[0], handler: RouteHandler, options?: object) =>
    route(
      url,
      (routed, request) => {
        intercepted.add(request.url());
        return handler(routed, request);
      },
      options,
    )) as Page["route"];
  const logged: { problem: string; resource?: string }[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const text = message.text();
    const resource = text.startsWith("Failed to load resource:") ? message.location().url : undefined;
    logged.push({ problem: `console ${message.type()}: ${text}`, ...(resource ? { resource } : {}) });
  });
  page.on("pageerror", (error) => logged.push({ problem: `uncaught: ${error.message}` }));
  // Read after the test, when every interception is known.
  return () =>
    logged.filter(({ resource }) => !resource || !intercepted.has(resource)).map(({ problem }) => problem);
}

type RouteHandler = (route: Route, request: Request) => unknown;

/** `kgx start` as a user runs it in production, on the test run's Neo4j and a free loopback port; `env` adds settings. */
export async function startKgx(env: NodeJS.ProcessEnv = {}): Promise<{ kgx: ChildProcess; url: string }> {
  const target = testNeo4jTarget();
  const port = await freePort("127.0.0.1");
  const kgx = spawnKgx(["start"], {
    KGX_PORT: String(port),
    KGX_HOST: "127.0.0.1",
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    NODE_ENV: "production",
    ...env,
  });
  await waitForOutput(kgx, /listening on (http:\/\/\S+)/);
  return { kgx, url: `http://127.0.0.1:${port}` };
}

/** Waits until the canvas has drawn the current view (layout done), the page's visible readiness signal. */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.locator('[data-testid="canvas"][data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** The ids of the nodes on the canvas, read from the page's text table of the canvas. */
export async function nodesOnCanvas(page: Page): Promise<string[]> {
  await page.getByRole("tab", { name: "On the canvas" }).click();
  return page
    .locator(".canvas-table tr[data-id]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-id") ?? ""));
}
