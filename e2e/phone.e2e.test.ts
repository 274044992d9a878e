import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { doubleTapNode, drawnExtent, nodeCount, pinch, tapNode, waitForNodeCount } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";

describe("the explorer on a 390x844 phone with a touch screen", () => {
  it("fits the screen's width, and the canvas covers at least 40% of the screen", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const { scrollWidth, innerWidth, innerHeight } = (await page.evaluate(
      "({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth, innerHeight })",
    )) as { scrollWidth: number; innerWidth: number; innerHeight: number };
    expect(innerWidth).toBe(390);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const canvas = await page.getByTestId("canvas").boundingBox();
    expect(canvas).not.toBeNull();
    const area = (canvas?.width ?? 0) * (canvas?.height ?? 0);
    console.log(
      `canvas: ${canvas?.width}x${canvas?.height}, ${Math.round((100 * area) / (innerWidth * innerHeight))}% of the screen`,
    );
    expect(area).toBeGreaterThanOrEqual(0.4 * innerWidth * innerHeight);
    await page.screenshot({ path: repoPath("docs", "screenshots", "explorer-phone.png") });
  });

  it("the toolbar, which scrolls sideways, fades out at the edge beyond which more controls lie", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const toolbar = page.getByRole("toolbar", { name: "View" });
    const fade = () => toolbar.evaluate((element) => getComputedStyle(element).maskImage);
    // At the start, the last controls ("PNG", "Add a report") are beyond the right edge, which fades.
    expect(await toolbar.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // Chromium gives the direction as an angle: 90deg is "to right", 270deg "to left"; opaque first, clear last.
    expect(await fade()).toMatch(/^linear-gradient\(90deg, rgb\(0, 0, 0\) .*rgba\(0, 0, 0, 0\)\)$/);
    // Scrolled to the end, the left edge fades instead and the right one is sharp.
    await toolbar.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect
      .poll(fade, { timeout: 15_000 })
      .toMatch(/^linear-gradient\((270deg|-90deg), rgb\(0, 0, 0\) .*rgba\(0, 0, 0, 0\)\)$/);
  });

  it("tapping a node opens the details sheet, and its close button closes it", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const details = page.getByTestId("details");
    expect(await details.isVisible()).toBe(false);
    await tapNode(page, shipment);
    await details.getByRole("heading", { name: "North Korean munitions to Russia" }).waitFor();
    await page.getByTestId("figure").first().waitFor();
    await page.screenshot({ path: repoPath("docs", "screenshots", "details-phone.png") });
    await details.getByRole("button", { name: "Close details" }).tap();
    await details.waitFor({ state: "hidden" });
    expect(await page.getByRole("button", { name: "Details" }).getAttribute("aria-expanded")).toBe("false");
  });

  it("the filters and the text views open as sheets from the bar below the canvas", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const filters = page.getByRole("checkbox", { name: "Hide denied" });
    expect(await filters.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Filters & paths" }).tap();
    await filters.waitFor();
    await page.getByRole("button", { name: "Close filters" }).tap();
    await filters.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Text views" }).tap();
    await page.getByRole("tab", { name: "On the canvas" }).tap();
    expect(await page.locator(`.canvas-table tr[data-id="${shipment}"]`).count()).toBe(1);
    const scrollWidth = (await page.evaluate("document.scrollingElement.scrollWidth")) as number;
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });

  it("the opening graph fills the tall canvas, not only a band across its middle", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const canvas = await page.getByTestId("canvas").boundingBox();
    if (!canvas) throw new Error("The canvas is not visible.");
    const drawn = await drawnExtent(page);
    console.log(
      `nodes span ${Math.round(drawn.x2 - drawn.x1)}x${Math.round(drawn.y2 - drawn.y1)} of a ${canvas.width}x${canvas.height} canvas`,
    );
    expect(drawn.y2 - drawn.y1).toBeGreaterThanOrEqual(0.6 * canvas.height);
    expect(drawn.x1).toBeGreaterThanOrEqual(0);
    expect(drawn.x2).toBeLessThanOrEqual(canvas.width);
    expect(drawn.y1).toBeGreaterThanOrEqual(0);
    expect(drawn.y2).toBeLessThanOrEqual(canvas.height);
  });

  it("double-tapping a node expands it", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const before = await nodeCount(page);
    await doubleTapNode(page, "state:north-korea");
    expect(await waitForNodeCount(page, (count) => count > before)).toBeGreaterThan(before);
    await waitForCanvas(page);
  });

  it("pinching out zooms in, and pinching in zooms out", async () => {
    const page = await explorer.newPage({ device: "phone" });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const zoom = async () => (await page.evaluate("window.kgxCanvas.zoom()")) as number;
    const fitted = await zoom();
    await pinch(page, 80, 240);
    const zoomedIn = await zoom();
    expect(zoomedIn).toBeGreaterThan(fitted * 1.5);
    await pinch(page, 240, 80);
    expect(await zoom()).toBeLessThan(zoomedIn / 1.5);
  });
});
