import type { ChildProcess } from "node:child_process";
import { launchChromium, viewport } from "@kgx/chromium/dist/launch.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { useArticleGraph } from "../server/test/article.js";
import { drawnNodes, highlighted } from "./support/canvas.js";
import { startKgx, waitForCanvas } from "./support/explorer.js";

// The workbench writes, so this file starts its own `kgx start` with a write token (support/explorer.ts's starts
// the read-only server every other browser test uses).
useArticleGraph();
const secret = "workbench-e2e-secret";
let kgx: ChildProcess | undefined;
let browser: Browser | undefined;
let url = "";
const problems: string[] = [];

beforeAll(async () => {
  ({ kgx, url } = await startKgx({ KGX_WRITE_TOKEN: `desk-e2e:${secret}` }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (kgx && kgx.exitCode === null) {
    const exited = new Promise((resolve) => kgx?.once("exit", resolve));
    kgx.kill("SIGTERM");
    await exited;
  }
});

/** A test fixture written for this test (not real reporting), naming entities of the article graph. */
const fixture =
  "Fixture report for the kgx browser test.\n\n" +
  "South Korean Defense Minister Shin Wonsik said on Monday that Russia had received about 9,000 containers " +
  "from North Korea since the summit. Russia denied the shipments.\n";
const quote = "Russia had received about 9,000 containers from North Korea";
const claimId = `claim:fixture-report-${fixture.indexOf(quote)}-${fixture.indexOf(quote) + quote.length}`;

async function newPage(): Promise<Page> {
  if (!browser) throw new Error("The browser starts in beforeAll");
  const page = await (await browser.newContext({ viewport })).newPage();
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  // The page asks for the write token once and keeps it for the tab.
  page.on("dialog", (dialog) => void dialog.accept(secret));
  return page;
}

/** Selects `words` in the workbench's text as a reader's mouse would, across however many pieces they span. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.getByTestId("workbench-text").evaluate((root, target) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const whole = nodes.map((n) => n.data).join("");
    const from = whole.indexOf(target);
    const to = from + target.length;
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error("offset outside the text");
    };
    const range = document.createRange();
    range.setStart(...locate(from));
    range.setEnd(...locate(to));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
}

/**
 * In the first claim draft, "Stated on" sits directly above its own input, left-aligned with it, and not on the
 * line of the figure's unit input, where it would read as the unit's.
 */
async function expectNamesAboveTheirInputs(page: Page): Promise<void> {
  const draft = page.getByTestId("claim-draft").first();
  const name = await draft.getByText("Stated on", { exact: true }).boundingBox();
  const input = await draft.getByLabel("Stated on").boundingBox();
  const unit = await draft.getByLabel("Unit").boundingBox();
  if (!name || !input || !unit)
    throw new Error("the Stated on name, its input or the unit input is not drawn");
  expect(name.y + name.height).toBeLessThanOrEqual(input.y + 1);
  expect(input.y - (name.y + name.height)).toBeLessThan(8);
  expect(Math.abs(name.x - input.x)).toBeLessThan(4);
  const onUnitsLine = name.y < unit.y + unit.height && unit.y < name.y + name.height;
  expect(onUnitsLine, "the Stated on name is on the unit input's line").toBe(false);
}

describe("the workbench", () => {
  it("adds a report from a file, accepts suggestions, commits a dated claim made from a selection, reverts it and re-applies it", async () => {
    const page = await newPage();
    await page.goto(url);
    await waitForCanvas(page);
    await page.getByRole("button", { name: "Add a report" }).click();
    const bench = page.getByTestId("workbench");
    await bench.getByLabel("Published on").fill("2024-03-04");
    await bench.getByLabel(/A \.txt, \.md, \.html or \.pdf file/).setInputFiles({
      name: "fixture-report.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(fixture, "utf8"),
    });
    // The page reads the file asynchronously: wait for the name it derives from the file.
    await expect.poll(() => bench.getByLabel("Name").inputValue()).toBe("fixture report");
    await bench.getByLabel("Name").fill("Fixture report");
    await bench.getByRole("button", { name: "Analyse" }).click();
    const text = bench.getByTestId("workbench-text");
    await text.waitFor();
    expect(await text.textContent()).toBe(fixture);

    // The analyzer's mentions of known entities, accepted; Shin Wonsik is then a claimant to pick.
    await bench.getByRole("button", { name: "Accept the sure ones" }).click();
    const shin = bench.getByTestId("mention").filter({ hasText: "Shin Wonsik" }).first();
    expect(await shin.getByRole("button", { name: "Accept" }).getAttribute("aria-pressed")).toBe("true");

    await selectWords(page, quote);
    await bench.getByRole("button", { name: /^Make a claim of “Russia had received/ }).click();
    const draft = bench.getByTestId("claim-draft");
    expect(await draft.locator("blockquote").textContent()).toBe(quote);
    await draft.getByLabel("Claimant").selectOption({ label: "Shin Wonsik" });
    await draft.getByLabel("Stance").selectOption("estimates");
    await draft.getByRole("checkbox", { name: "Russia", exact: true }).check();
    await draft.getByLabel("Quantity").fill("9000");
    await draft.getByLabel("Unit").fill("containers");
    // A stated-on date is checked as the model's partial dates before the commit is offered.
    await draft.getByLabel("Stated on").fill("2024-02-30");
    expect(await draft.getByRole("alert").textContent()).toBe(
      'Stated on: "2024-02-30" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(await bench.getByRole("button", { name: "Commit 1 claim(s)" }).isDisabled()).toBe(true);
    await draft.getByLabel("Stated on").fill("2024-02-26");
    expect(await draft.getByRole("alert").count()).toBe(0);
    await expectNamesAboveTheirInputs(page);
    await page.screenshot({ path: repoPath("docs", "screenshots", "workbench.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNamesAboveTheirInputs(page);
    await page.screenshot({ path: "/tmp/workbench-phone.png" });
    await page.setViewportSize(viewport);

    await bench.getByRole("button", { name: "Commit 1 claim(s)" }).click();
    await bench.waitFor({ state: "detached" });
    await page.waitForFunction(
      (id) => (window as unknown as { kgxCanvas: { nodeIds(): string[] } }).kgxCanvas.nodeIds().includes(id),
      claimId,
    );
    expect(await drawnNodes(page)).toContain(claimId);
    expect(await highlighted(page)).toContain(claimId);

    // The history lists the commit; reverting it takes the claim off the canvas.
    await page.getByRole("button", { name: "Add a report" }).click();
    const set = bench.getByTestId("change-set").filter({ hasText: /^Added source:fixture-report / });
    await set.getByRole("button", { name: "Revert" }).click();
    await page.waitForFunction(
      (id) => !(window as unknown as { kgxCanvas: { nodeIds(): string[] } }).kgxCanvas.nodeIds().includes(id),
      claimId,
    );
    await bench
      .getByTestId("change-set")
      .filter({ hasText: "Reverted source:fixture-report" })
      .first()
      .waitFor();
    expect(await set.getByText("reverted", { exact: true }).count()).toBe(1);

    // Reverting the revert re-applies the set: the claim is back on the canvas, with its date.
    const undo = bench
      .getByTestId("change-set")
      .filter({ hasText: "Reverted source:fixture-report" })
      .first();
    await undo.getByRole("button", { name: "Re-apply" }).click();
    await page.waitForFunction(
      (id) => (window as unknown as { kgxCanvas: { nodeIds(): string[] } }).kgxCanvas.nodeIds().includes(id),
      claimId,
    );
    await bench
      .getByTestId("change-set")
      .filter({ hasText: "Re-applied source:fixture-report" })
      .first()
      .waitFor();
    const stored = await page.evaluate(async (id) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "query($id: ID!) { node(id: $id) { properties } }",
          variables: { id },
        }),
      });
      return ((await response.json()) as { data: { node: { properties: { statedOn?: string } } } }).data.node;
    }, claimId);
    expect(stored.properties.statedOn).toBe("2024-02-26");
    expect(problems).toEqual([]);
  });
});
