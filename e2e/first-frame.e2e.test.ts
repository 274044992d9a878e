import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();

/** The page's own code files that the first frame must not need (decision 0074), by the name Vite gives them. */
const onDemand = [
  "TimelineStrip",
  "Workbench",
  "ClaimMatrix",
  "CypherPanel",
  "CypherConsole",
  "react-codemirror",
  "SourceReader",
  "picture-export",
];

interface Script {
  name: string;
  gzipped: number;
}

/**
 * Opens `hash` and records every script the page fetched before its first drawn frame (the `kgx-first-frame`
 * mark), with its size gzipped at level 9 as Vite reports it.
 */
async function scriptsBeforeFirstFrame(page: Page, hash: string): Promise<Script[]> {
  const scripts: Promise<Script>[] = [];
  let drawn = false;
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (drawn || !url.pathname.endsWith(".js")) return;
    scripts.push(
      response.body().then((body) => ({
        name: url.pathname.replace(/^.*\//, ""),
        gzipped: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  await page.goto(`${explorer.url()}/${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName("kgx-first-frame").length > 0);
  drawn = true;
  return Promise.all(scripts);
}

function report(what: string, scripts: Script[]): void {
  const total = scripts.reduce((sum, script) => sum + script.gzipped, 0);
  const list = scripts.map((s) => `${s.name} ${(s.gzipped / 1024).toFixed(1)}`).join(", ");
  console.info(
    `${what}: ${(total / 1024).toFixed(1)} KB of JavaScript gzipped before the first frame (${list})`,
  );
}

describe("the first frame", () => {
  it("loads the code of the canvas, search and details only, not the timeline, tabs, workbench or exports", async () => {
    const page = await explorer.newPage();
    const scripts = await scriptsBeforeFirstFrame(page, "");
    report("opening view", scripts);
    expect(scripts.filter((s) => onDemand.some((name) => s.name.startsWith(`${name}-`)))).toEqual([]);
    await waitForCanvas(page);
    // What the first frame left out comes afterwards: the timeline strip under the canvas.
    await page.getByTestId("timeline").waitFor();
  });

  it("does not load the fcose layout for a link that names another layout", async () => {
    const page = await explorer.newPage();
    const scripts = await scriptsBeforeFirstFrame(page, "#n=state:russia,state:north-korea&l=concentric");
    report("a link with the concentric layout", scripts);
    expect(scripts.map((s) => s.name).filter((name) => name.startsWith("cytoscape-fcose-"))).toEqual([]);
  });

  it("loads a tab's code when the tab is opened, and shows it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const loaded: string[] = [];
    page.on("response", (response) => loaded.push(new URL(response.url()).pathname));
    await page.getByRole("tab", { name: "Who says what" }).click();
    await page.getByRole("tabpanel").getByRole("table", { name: "Claimants against transfers" }).waitFor();
    expect(loaded.some((path) => /\/ClaimMatrix-[^/]*\.js$/.test(path))).toBe(true);
  });
});
