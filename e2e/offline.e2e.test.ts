import type { ChildProcess } from "node:child_process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKgx, useExplorer, waitForCanvas } from "./support/explorer.js";

// The explorer's server runs as in production, where GraphiQL is off; a second one beside it has KGX_GRAPHIQL=true.
const explorer = useExplorer();
let withGraphiQL: ChildProcess | undefined;
let graphiqlUrl = "";

beforeAll(async () => {
  ({ kgx: withGraphiQL, url: graphiqlUrl } = await startKgx({ KGX_GRAPHIQL: "true" }));
});

afterAll(async () => {
  if (withGraphiQL && withGraphiQL.exitCode === null) {
    const exited = new Promise((resolve) => withGraphiQL?.once("exit", resolve));
    withGraphiQL.kill("SIGTERM");
    await exited;
  }
});

/** What a page asked of hosts other than `server` (all refused), what failed, and what it logged as an error. */
interface Trouble {
  elsewhere: string[];
  failed: string[];
  errors: string[];
}

/** A fresh page whose every request to a host other than `server`'s is refused, as with the network cut off. */
async function offlinePage(server: string): Promise<{ page: Page; trouble: Trouble }> {
  const context = await explorer.browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const trouble: Trouble = { elsewhere: [], failed: [], errors: [] };
  const host = new URL(server).host;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).host === host) return route.continue();
    trouble.elsewhere.push(url);
    return route.abort("internetdisconnected");
  });
  page.on("requestfailed", (request) => trouble.failed.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) trouble.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") trouble.errors.push(message.text());
  });
  page.on("pageerror", (error) => trouble.errors.push(error.message));
  return { page, trouble };
}

describe("kgx with every other host cut off", () => {
  it("the explorer page opens with its favicon, asks nothing of another host, and no request fails", async () => {
    const { page, trouble } = await offlinePage(explorer.url());
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(icon).toBe("/favicon.svg");
    const svg = await page.request.get(`${explorer.url()}/favicon.svg`);
    expect(svg.headers()["content-type"]).toBe("image/svg+xml");
    const ico = await page.request.get(`${explorer.url()}/favicon.ico`);
    expect([ico.status(), ico.headers()["content-type"]]).toEqual([200, "image/x-icon"]);
    expect(trouble).toEqual({ elsewhere: [], failed: [], errors: [] });
  });

  it("GraphiQL renders its editor, runs a typed query and shows the result, from the kgx server alone", async () => {
    const { page, trouble } = await offlinePage(graphiqlUrl);
    const answer = await page.goto(`${graphiqlUrl}/graphql`);
    expect(answer?.headers()["content-security-policy"]).toContain("default-src 'self'");
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    // insertText, not typing: the editor closes brackets and quotes itself as keys arrive.
    await page.keyboard.insertText('{ node(id: "state:north-korea") { name kind } }');
    await page.getByRole("button", { name: /Execute query/ }).click();
    const result = page.locator(".graphiql-response");
    await result.getByText('"North Korea"').waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/"kind":\s*"state"/);
    expect(trouble).toEqual({ elsewhere: [], failed: [], errors: [] });
  });

  it("GraphiQL is not served where KGX_GRAPHIQL is off (production's default)", async () => {
    const response = await fetch(`${explorer.url()}/graphql`, { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type") ?? "").not.toContain("text/html");
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});
