import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { drawnNodes } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();
const denial = "claim:north-korea-denies-arms-transfers";
const whoDenies = `MATCH denial = (denier:Entity)<-[:CLAIMED_BY]-(claim:Claim {stance: 'denies'})-[:ABOUT]->(:Transfer)
RETURN denier.name AS denier, claim.quote AS quote, denial`;

/** Opens the explorer on Russia alone and the Cypher console tab, and waits for Neo4j's editor to load. */
async function openConsole(page: Page, address = `${explorer.url()}/#n=state:russia`): Promise<void> {
  await page.goto(address);
  await waitForCanvas(page);
  await page.getByRole("tab", { name: "Cypher console" }).click();
  await page.locator(".cypher-console-editor .cm-content").waitFor();
}

/** Replaces the editor's text as a user would: select all, then type (inserted whole, past the completion popup). */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(".cypher-console-editor .cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
}

describe("the Cypher console in Chromium", () => {
  it("runs a typed query with Ctrl+Enter, shows the table, and adds the answer to the canvas", async () => {
    const page = await explorer.newPage();
    await openConsole(page);
    expect(await drawnNodes(page)).not.toContain(denial);
    await typeQuery(page, whoDenies);
    await page.keyboard.press("Control+Enter");
    const table = page.getByRole("table", { name: "Cypher answer" });
    await table.waitFor();
    expect(await table.locator("th").allTextContents()).toEqual(["denier", "quote", "denial"]);
    expect(await table.locator("tbody tr").count()).toBe(2);
    expect(await table.textContent()).toContain("North Korea");

    await page.getByRole("button", { name: "Add to canvas" }).click();
    await page.waitForFunction(`window.kgxCanvas.nodeIds().includes(${JSON.stringify(denial)})`);
    expect(await drawnNodes(page)).toEqual(
      expect.arrayContaining([
        "state:north-korea",
        "state:russia",
        denial,
        "transfer:north-korea-arms-to-russia",
      ]),
    );
    // The editor, the table and the canvas with the answer in one frame: the console's top at the panel's top.
    await page.locator(".cypher-console").evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: repoPath("docs", "screenshots", "console.png") });
    const png = await readFile(repoPath("docs", "screenshots", "console.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("says in one line why a write is refused, and leaves the canvas as it was", async () => {
    const page = await explorer.newPage();
    await openConsole(page);
    const before = await drawnNodes(page);
    await typeQuery(page, "MATCH (n) DETACH DELETE n");
    await page.getByRole("button", { name: "Run (Ctrl+Enter)" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "only reads" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/DETACH at line 1, column 11 writes to the graph/);
    expect(await drawnNodes(page)).toEqual(before);
  });

  it("puts an example from the menu in the editor, and a link to the page opens the console on the query run", async () => {
    const page = await explorer.newPage();
    await openConsole(page);
    const menu = page.getByRole("combobox", { name: "Example and named queries" });
    await menu.selectOption({ label: "shipping-route" });
    await page.getByRole("button", { name: "Run (Ctrl+Enter)" }).click();
    await page.getByRole("table", { name: "Cypher answer" }).waitFor();
    expect(await page.getByRole("table", { name: "Cypher answer" }).textContent()).toContain("Najin port");

    const link = page.url();
    expect(new URL(link).searchParams.get("cypher")).toContain("MATCH route =");
    const other = await explorer.newPage();
    await other.goto(link);
    await waitForCanvas(other);
    expect(await other.getByRole("tab", { name: "Cypher console" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    await other.locator(".cypher-console-editor .cm-content").waitFor();
    expect(await other.locator(".cypher-console-editor .cm-content").textContent()).toContain(
      "MATCH route =",
    );
  });
});
