import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickNode, drawnNodes } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";
import { hexToRgb, pixelsLike } from "./support/pixels.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";

type LabelBox = { id: string; x1: number; y1: number; x2: number; y2: number };

const labelBoxes = async (page: Page) => (await page.evaluate("window.kgxCanvas.labelBoxes()")) as LabelBox[];

/** The pairs of labels drawn now whose boxes overlap, as "a / b". */
async function overlappingLabels(page: Page): Promise<string[]> {
  const boxes = await labelBoxes(page);
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} / ${b.id}`);
    }
  }
  return pairs;
}

async function canvasBox(page: Page) {
  const box = await page.getByTestId("canvas").boundingBox();
  if (!box) throw new Error("The canvas is not visible.");
  return box;
}

/** The fill colours of the node kinds (web/src/graph/style.ts), as a user tells nodes apart. */
const kindColours = [
  "#332288",
  "#DDCC77",
  "#AA4499",
  "#117733",
  "#999933",
  "#CC6677",
  "#88CCEE",
  "#44AA99",
].map(hexToRgb);

describe("labels a reader can read, and a canvas that survives a missing layout", () => {
  it("the opening view draws the label of U.S. military aid to Ukraine, and no two labels overlap", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const box = await canvasBox(page);
    const aid = (await labelBoxes(page)).find((label) => label.id === "transfer:us-military-aid-to-ukraine");
    expect(aid, "the aid's label is drawn").toBeDefined();
    if (!aid) return;
    // Inside the canvas, where a user sees it.
    expect(aid.x1).toBeGreaterThanOrEqual(0);
    expect(aid.y1).toBeGreaterThanOrEqual(0);
    expect(aid.x2).toBeLessThanOrEqual(box.width);
    expect(aid.y2).toBeLessThanOrEqual(box.height);
    expect(await overlappingLabels(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/canvas-readable-opening.png" });
  });

  it("in the dense view around the selected shipment, its label is drawn over the nodes on an opaque background", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await clickNode(page, shipment, 2);
    await page.waitForFunction(`window.kgxCanvas.nodeIds().includes("claim:shin-6700-containers")`);
    await waitForCanvas(page);
    await page.getByTestId("timeline").getByLabel("to", { exact: true }).fill("2024-02-26");
    await page.waitForFunction(`!window.kgxCanvas.nodeIds().includes("claim:shin-6700-containers")`);
    await waitForCanvas(page);
    expect(await page.evaluate("window.kgxCanvas.selected().map((s) => s.id)")).toEqual([shipment]);
    const label = (await labelBoxes(page)).find((drawn) => drawn.id === shipment);
    expect(label, "the selected shipment's label is drawn").toBeDefined();
    if (!label) return;
    expect(await overlappingLabels(page)).toEqual([]);
    // Inside the label (less its outline), no pixel has a node's colour: nothing drawn under it shows through.
    const box = await canvasBox(page);
    const inset = 3;
    const clip = {
      x: box.x + label.x1 + inset,
      y: box.y + label.y1 + inset,
      width: label.x2 - label.x1 - 2 * inset,
      height: label.y2 - label.y1 - 2 * inset,
    };
    expect(clip.width).toBeGreaterThan(20);
    expect(await pixelsLike(page, clip, kindColours, 16)).toBe(0);
    await page.screenshot({ path: "/tmp/canvas-readable-selected.png" });
  });

  it("when the fcose layout's code cannot load, the graph is laid out with cose, a line says so, and it still works", async () => {
    const page = await explorer.newPage();
    await page.route("**/assets/cytoscape-fcose-*.js", (route) => route.abort());
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const notice = page.getByTestId("layout-fallback");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      "Could not load the fcose layout: drawn with the built-in cose layout instead.",
    );
    const nodes = await drawnNodes(page);
    expect(nodes).toEqual(expect.arrayContaining(["state:russia", "state:north-korea", shipment]));
    // Laid out: every node inside the canvas, and no two on top of each other.
    const box = await canvasBox(page);
    const at = (await page.evaluate(
      "window.kgxCanvas.nodeIds().map((id) => window.kgxCanvas.renderedPosition(id))",
    )) as { x: number; y: number }[];
    for (const point of at) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(box.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(box.height);
    }
    const close = at.flatMap((a, i) => at.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 10));
    expect(close).toEqual([]);
    // Still usable: a click selects and the details show the node.
    await clickNode(page, "state:russia");
    await page.getByTestId("details").getByRole("heading", { name: "Russia", exact: true }).waitFor();
    await page.screenshot({ path: "/tmp/canvas-readable-fallback.png" });
  });
});
