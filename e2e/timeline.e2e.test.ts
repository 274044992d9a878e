import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { clickNode, drawnNodes } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";
// Said in TIME's February 2024 article, in Yonhap's report of 27 February 2024, and in undated satellite imagery.
const zelensky = "claim:zelensky-1-5-million-shells";
const yonhap = "claim:shin-6700-containers";
const satellite = "claim:satellite-four-cargo-vessels";

const drawn = (page: Page, id: string) =>
  page.waitForFunction(`window.kgxCanvas.nodeIds().includes("${id}")`);
const gone = (page: Page, id: string) =>
  page.waitForFunction(`!window.kgxCanvas.nodeIds().includes("${id}")`);

describe("the timeline", () => {
  it("moving the window makes claims leave the canvas and come back, and the link carries it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await clickNode(page, shipment, 2);
    await drawn(page, yonhap);
    await waitForCanvas(page);
    const claimsAtFirst = (await drawnNodes(page)).filter((id) => id.startsWith("claim:")).sort();
    expect(claimsAtFirst).toEqual(expect.arrayContaining([zelensky, yonhap, satellite]));

    const timeline = page.getByTestId("timeline");
    await timeline.getByLabel("to", { exact: true }).fill("2024-01-31");
    await gone(page, zelensky);
    await gone(page, yonhap);
    // Undated claims cannot be shown to come later, so they stay; so does the shipment they are about.
    expect(await drawnNodes(page)).toEqual(expect.arrayContaining([satellite, shipment]));
    expect(await drawnNodes(page)).not.toContain("transfer:eu-artillery-shells-to-ukraine");
    expect(decodeURIComponent(page.url())).toContain("w=~2024-01-31");

    await timeline.getByLabel("to", { exact: true }).fill("2024-02-26");
    await drawn(page, zelensky);
    expect(await drawnNodes(page)).not.toContain(yonhap);
    await waitForCanvas(page);
    await page.screenshot({ path: repoPath("docs", "screenshots", "timeline.png") });

    await timeline.getByRole("button", { name: "All dates" }).click();
    await drawn(page, yonhap);
    const claimsAgain = (await drawnNodes(page)).filter((id) => id.startsWith("claim:")).sort();
    expect(claimsAgain).toEqual(claimsAtFirst);
  });

  it("dragging across the years before the article brushes a window that leaves its claims out", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await clickNode(page, shipment, 2);
    await drawn(page, zelensky);
    const strip = page.getByRole("img", { name: /Dated nodes/ });
    const box = await strip.boundingBox();
    if (!box) throw new Error("the timeline strip is not drawn");
    await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await gone(page, zelensky);
    expect(await page.getByTestId("timeline").getByLabel("From", { exact: true }).inputValue()).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );

    await page.getByRole("button", { name: "Undo" }).click();
    await drawn(page, zelensky);
  });
});
