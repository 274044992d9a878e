import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { clickNode, tapNode } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";
const zelensky = "claim:zelensky-1-5-million-shells";
const whiteHouse = "claim:white-house-rail-tracking";

/** Opens the page and selects the shipment of munitions; resolves once its grouped evidence is shown. */
async function openShipment(page: Page, device: "desktop" | "phone" = "desktop"): Promise<Locator> {
  await page.goto(explorer.url());
  await waitForCanvas(page);
  if (device === "phone") await tapNode(page, shipment);
  else await clickNode(page, shipment);
  const details = page.getByTestId("details");
  await details.getByRole("heading", { name: "North Korean munitions to Russia" }).waitFor();
  await details.getByText(/Backed by \d+ independent sources/).waitFor();
  return details;
}

/** Whether `inner` lies wholly inside `outer` on the screen. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b) return false;
  return a.y >= b.y && a.y + a.height <= b.y + b.height && a.x >= b.x && a.x + a.width <= b.x + b.width;
}

describe("evidence a researcher can check in its source", () => {
  it("groups a transfer's claims by source and claimant, says who backs it, and folds the repeated denial", async () => {
    const page = await explorer.newPage();
    const details = await openShipment(page);
    expect(await details.getByTestId("independent-sources").textContent()).toMatch(
      /^Backed by 4 independent sources: Shin Wonsik, TIME, Volodymyr Zelensky and White House\./,
    );
    expect(await details.getByRole("heading", { name: /^In Yonhap: Shin Wonsik/ }).count()).toBe(1);
    expect(await details.getByRole("heading", { name: "North Korea and Russia", exact: true }).count()).toBe(
      1,
    );
    const denial = details.getByRole("article", { name: "Denial by North Korea, Russia" });
    expect(await denial.getByText("Said twice in these words").count()).toBe(1);
    expect(await details.getByText("North Korea and Russia deny any arms transfers").count()).toBe(1);
    expect(await details.getByTestId("figure-chain").textContent()).toBe(
      "6,700 containers → ≈3 million shells",
    );
    expect(await details.getByText("Feb 2024 (inferred)").count()).toBeGreaterThan(0);
    expect(await details.getByText("statedOnInferred").count()).toBe(0);
    expect(await details.getByTestId("route").textContent()).toMatch(
      /^Route: Najin.* → Dunay.* → .*rail.* → .*depots/i,
    );
    // The picture: the details panel alone, on a screen tall enough to show every group without scrolling.
    await details.getByRole("heading", { name: /^Claims about it \(\d+\)$/ }).waitFor();
    await page.setViewportSize({ width: 1440, height: 2200 });
    await page.mouse.move(1300, 10);
    const panel = await details.boundingBox();
    if (!panel) throw new Error("The details panel is not visible.");
    await page.screenshot({ path: repoPath("docs", "screenshots", "evidence.png"), clip: panel });
  });

  it("“Show in source” opens the reader with the claim's passage highlighted, current and scrolled into view", async () => {
    const page = await explorer.newPage();
    const details = await openShipment(page);
    const card = details.locator(`[data-claim="${zelensky}"]`);
    await card.getByRole("button", { name: "Show in source" }).click();
    const reader = page.getByTestId("source-reader");
    await reader.getByRole("heading", { name: /^TIME: North Korea and Russia Accelerate/ }).waitFor();
    const passage = reader.locator(`mark[data-claim="${zelensky}"]`);
    expect(await passage.textContent()).toBe(
      "his country believes North Korea has transferred 1.5 million artillery shells to Russia",
    );
    expect(await passage.getAttribute("aria-current")).toBe("true");
    expect(await passage.isVisible()).toBe(true);
    expect(await within(passage, reader.getByTestId("reader-text"))).toBe(true);
    // Every quote in the article is highlighted, each with who says it beside it.
    expect(await reader.locator("mark[data-claim]").count()).toBeGreaterThanOrEqual(31);
    expect(await reader.getByRole("button", { name: /Volodymyr Zelensky/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: repoPath("docs", "screenshots", "reader.png") });
  });

  it("clicking a highlight selects its claim, and the details show it", async () => {
    const page = await explorer.newPage();
    const details = await openShipment(page);
    await details
      .locator(`[data-claim="${zelensky}"]`)
      .getByRole("button", { name: "Show in source" })
      .click();
    const reader = page.getByTestId("source-reader");
    const passage = reader.locator(`mark[data-claim="${whiteHouse}"]`);
    await passage.click();
    await details
      .getByRole("heading", { name: "White House: shipments tracked by rail to depots near Ukraine" })
      .waitFor();
    expect(await passage.getAttribute("aria-current")).toBe("true");
    await reader.getByRole("button", { name: "Close the source" }).click();
    await reader.waitFor({ state: "detached" });
  });

  it("a source opens as “Read the source”, not as a dump of its text", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await page.getByRole("combobox", { name: "Search the graph" }).fill("Accelerate Exchange");
    await page
      .getByRole("option", { name: /TIME: North Korea and Russia Accelerate/ })
      .first()
      .click();
    const details = page.getByTestId("details");
    await details.getByRole("button", { name: "Read the source" }).click();
    await page.getByTestId("source-reader").locator("mark[data-claim]").first().waitFor();
    expect(await details.getByText("3 minute read").isVisible()).toBe(false);
  });

  it("a cited report without a text of its own opens the article that quotes it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await page.getByRole("combobox", { name: "Search the graph" }).fill("Yonhap Shin Wonsik containers");
    await page
      .getByRole("option", { name: /Yonhap: Shin Wonsik on containers/ })
      .first()
      .click();
    const details = page.getByTestId("details");
    await details
      .getByRole("button", { name: /^Read where TIME: North Korea and Russia .* quotes it$/ })
      .click();
    const reader = page.getByTestId("source-reader");
    await reader.getByRole("heading", { name: /^TIME: North Korea and Russia Accelerate/ }).waitFor();
    expect(await reader.locator('mark[data-claim="claim:shin-6700-containers"]').count()).toBe(1);
  });

  it("the matrix shows each claim as a mark and its figure, with the stance as its text alternative", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await page.getByRole("tab", { name: "Who says what" }).click();
    const cells = page.getByTestId("matrix-cell");
    await cells.first().waitFor();
    const shown = await cells.evaluateAll((all) =>
      all.map(
        (cell) =>
          (cell.querySelector(".cell-mark")?.textContent ?? "") +
          (cell.querySelector(".cell-figure")?.textContent ?? ""),
      ),
    );
    expect(shown).toContain("≈ 6,700 containers");
    expect(shown).toContain("✓ 1.5 million shells");
    expect(shown).toContain("✗");
    expect(await page.getByRole("button", { name: "estimates 6,700 containers" }).count()).toBe(1);
    expect(await page.getByText("asserts asserts").count()).toBe(0);
  });

  it("the matrix's header stays on top of the rows scrolled under it, with no gap above it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await page.getByRole("tab", { name: "Who says what" }).click();
    await page.getByTestId("matrix-cell").first().waitFor();
    const covered = (await page.locator(".tab-panel").evaluate((panel) => {
      panel.scrollTop = 80;
      const header = panel.querySelector(".matrix thead th") as HTMLElement;
      const box = header.getBoundingClientRect();
      const top = panel.getBoundingClientRect().top;
      // What a user sees at the panel's top edge and in the middle of the header: the header, never a row.
      return [top + 1, box.top + box.height / 2].map((y) =>
        Boolean(document.elementFromPoint(box.left + 20, y)?.closest("thead")),
      );
    })) as boolean[];
    expect(covered).toEqual([true, true]);
  });

  it("the text views grow with the keyboard on their resize handle", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const bottom = page.locator("section.bottom");
    const before = (await bottom.boundingBox())?.height ?? 0;
    const handle = page.getByRole("separator", { name: /Resize the text views/ });
    await handle.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowUp");
    const after = (await bottom.boundingBox())?.height ?? 0;
    expect(after - before).toBe(100);
    expect(await handle.getAttribute("aria-valuenow")).toBe(String(Math.round(before) + 100));
  });

  it("on a phone the reader is a full-screen sheet at the claim's passage", async () => {
    const page = await explorer.newPage({ device: "phone" });
    const details = await openShipment(page, "phone");
    await details.locator(`[data-claim="${zelensky}"]`).getByRole("button", { name: "Show in source" }).tap();
    const reader = page.getByTestId("source-reader");
    const passage = reader.locator(`mark[data-claim="${zelensky}"]`);
    await passage.waitFor();
    expect(await reader.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await within(passage, reader.getByTestId("reader-text"))).toBe(true);
  });
});
