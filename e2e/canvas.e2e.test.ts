import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickNode, drawnNodes, nodeCount, waitForNodeCount } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();

type Point = { x: number; y: number };

/** Every drawn node's position in the graph's own coordinates (unaffected by pan and zoom). */
async function positions(page: Page): Promise<Record<string, Point>> {
  return (await page.evaluate(
    "Object.fromEntries(window.kgxCanvas.nodeIds().map((id) => [id, window.kgxCanvas.position(id)]))",
  )) as Record<string, Point>;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

type LabelBox = { id: string; x1: number; y1: number; x2: number; y2: number };

/** The pairs of labels drawn now whose boxes overlap, as "a / b". */
async function overlappingLabels(page: Page): Promise<string[]> {
  const boxes = (await page.evaluate("window.kgxCanvas.labelBoxes()")) as LabelBox[];
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} / ${b.id}`);
    }
  }
  return pairs;
}

/** The nodes of `before` that are more than `px` away from where they are in `after`. */
function movedMoreThan(px: number, before: Record<string, Point>, after: Record<string, Point>): string[] {
  return Object.keys(before).filter((id) => distance(before[id] as Point, after[id] as Point) > px);
}

/** Double-clicks a node and waits until its neighbours are drawn. */
async function expandNode(page: Page, id: string): Promise<void> {
  const before = await nodeCount(page);
  await clickNode(page, id, 2);
  await waitForNodeCount(page, (count) => count > before);
  await waitForCanvas(page);
}

describe("the graph canvas", () => {
  it("draws the same opening view at the same positions on two loads", async () => {
    const first = await explorer.newPage();
    await first.goto(explorer.url());
    await waitForCanvas(first);
    const before = await positions(first);
    const second = await explorer.newPage();
    await second.goto(explorer.url());
    await waitForCanvas(second);
    const after = await positions(second);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(movedMoreThan(2, before, after)).toEqual([]);
  });

  it("expanding North Korea places its neighbours and moves no node already drawn", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const before = await positions(page);
    await expandNode(page, "state:north-korea");
    const after = await positions(page);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    expect(movedMoreThan(40, before, after)).toEqual([]);
    await page.screenshot({ path: "/tmp/canvas-expanded-north-korea.png" });
  });

  it("a deep link opens with the same positions as the same view loaded by hand", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const link = page.url();
    const before = await positions(page);
    const elsewhere = await explorer.newPage();
    await elsewhere.goto(link);
    await waitForCanvas(elsewhere);
    expect(await drawnNodes(elsewhere)).toEqual(expect.arrayContaining(Object.keys(before)));
    const after = await positions(elsewhere);
    expect(movedMoreThan(2, before, after)).toEqual([]);
  });

  it("a link copied after expanding North Korea opens the same picture: every node within 2 px", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await expandNode(page, "state:north-korea");
    const link = page.url();
    const before = await positions(page);
    const elsewhere = await explorer.newPage();
    await elsewhere.goto(link);
    await waitForCanvas(elsewhere);
    const after = await positions(elsewhere);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(movedMoreThan(2, before, after)).toEqual([]);
  });

  it("one wheel notch zooms by a sixth or so, about the pointer", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const zoom = async () => (await page.evaluate("window.kgxCanvas.zoom()")) as number;
    const box = await page.getByTestId("canvas").boundingBox();
    if (!box) throw new Error("The canvas is not visible.");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await zoom();
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(`window.kgxCanvas.zoom() !== ${before}`);
    const ratio = (await zoom()) / before;
    expect(ratio).toBeGreaterThan(1.1);
    expect(ratio).toBeLessThan(1.3);
  });

  it("draws no two labels over each other: on opening, after expanding North Korea and the arms transfer", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const opening = (await page.evaluate("window.kgxCanvas.labelBoxes()")) as LabelBox[];
    expect(opening.map((box) => box.id)).toEqual(
      expect.arrayContaining(["state:russia", "state:north-korea"]),
    );
    expect(await overlappingLabels(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/canvas-labels-opening.png" });
    await expandNode(page, "state:north-korea");
    expect(await overlappingLabels(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/canvas-labels-north-korea.png" });
    await expandNode(page, "transfer:north-korea-arms-to-russia");
    expect(await overlappingLabels(page)).toEqual([]);
    // Dense now: every state's and person's label is still drawn (moved above or beside its node if need be).
    const important = (await drawnNodes(page)).filter((id) => /^(state|person):/.test(id));
    const labelled = ((await page.evaluate("window.kgxCanvas.labelBoxes()")) as LabelBox[]).map(
      (box) => box.id,
    );
    expect(important.filter((id) => !labelled.includes(id))).toEqual([]);
    await page.screenshot({ path: "/tmp/canvas-labels-transfer.png" });
  });

  it("zooms with the Zoom in, Zoom out and Fit buttons, and with the keys + - 0 on the canvas", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const zoom = async () => (await page.evaluate("window.kgxCanvas.zoom()")) as number;
    const fitted = await zoom();
    await page.getByRole("button", { name: "Zoom in" }).click();
    expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    expect(await zoom()).toBeCloseTo(fitted / 1.25, 5);
    await page.getByRole("button", { name: "Fit" }).click();
    const fit = await zoom();
    expect(fit).toBeCloseTo(fitted, 5);

    await page.getByTestId("canvas").focus();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    expect(await zoom()).toBeCloseTo(fit * 1.25 * 1.25, 5);
    await page.keyboard.press("-");
    expect(await zoom()).toBeCloseTo(fit * 1.25, 5);
    await page.keyboard.press("0");
    expect(await zoom()).toBeCloseTo(fit, 5);
  });

  it("hovering a transfer shows a tooltip with its name, kind, status and the claims and sources behind it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const shipment = "transfer:north-korea-arms-to-russia";
    await clickNode(page, shipment);
    await page
      .getByTestId("details")
      .getByRole("heading", { name: "North Korean munitions to Russia" })
      .waitFor();
    const at = (await page.evaluate(`window.kgxCanvas.renderedPosition("${shipment}")`)) as Point;
    const box = await page.getByTestId("canvas").boundingBox();
    if (!box) throw new Error("The canvas is not visible.");
    await page.mouse.move(box.x + at.x + 40, box.y + at.y + 40);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    const tooltip = page.getByRole("tooltip");
    await tooltip.waitFor();
    const text = await tooltip.textContent();
    expect(text).toContain("North Korean munitions to Russia");
    expect(text).toContain("transfer · alleged");
    expect(text).toMatch(/[1-9]\d* claims from [1-9]\d* sources? loaded/);
    const labels = (await page.evaluate("window.kgxCanvas.labelBoxes()")) as LabelBox[];
    const label = labels.find((drawn) => drawn.id === shipment);
    const tip = await tooltip.boundingBox();
    if (!label || !tip) throw new Error("The transfer's label or the tooltip is not drawn.");
    const [x1, y1] = [box.x + label.x1, box.y + label.y1];
    const [x2, y2] = [box.x + label.x2, box.y + label.y2];
    const covers = tip.x < x2 && x1 < tip.x + tip.width && tip.y < y2 && y1 < tip.y + tip.height;
    expect(covers, "the tooltip covers the hovered node's label").toBe(false);
  });

  it("a highlighted state keeps its kind's colour, and the legend shows every status drawn on nodes", async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url()}/#n=state:russia,state:north-korea&h=state:russia`);
    await waitForCanvas(page);
    expect(await page.evaluate("window.kgxCanvas.highlighted()")).toContain("state:russia");
    const russia = await page.evaluate(`window.kgxCanvas.fillColor("state:russia")`);
    expect(russia).toBe(await page.evaluate(`window.kgxCanvas.fillColor("state:north-korea")`));
    const statuses = await page.getByRole("list", { name: "Status on nodes" }).textContent();
    for (const status of ["alleged", "pledged, forecast", "denied", "path found"]) {
      expect(statuses).toContain(status);
    }
  });

  it("while a filter is on, a line over the canvas says what it hides, and Reset filters shows it all again", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const line = page.getByTestId("filters-on");
    expect(await line.count()).toBe(0);
    const all = await nodeCount(page);
    await page.getByRole("checkbox", { name: "person", exact: true }).uncheck();
    const shown = await waitForNodeCount(page, (count) => count < all);
    await line.waitFor();
    expect(await line.textContent()).toContain(`Filters on: people hidden — ${all - shown} nodes hidden`);
    await page.getByRole("checkbox", { name: "Hide denied" }).check();
    expect(await line.textContent()).toContain("people hidden; denied claims hidden");
    await line.getByRole("button", { name: "Reset filters" }).click();
    await line.waitFor({ state: "detached" });
    expect(await waitForNodeCount(page, (count) => count === all)).toBe(all);
    expect(await page.getByRole("checkbox", { name: "person", exact: true }).isChecked()).toBe(true);
  });

  it("a link with an unknown id names it on screen and opens the rest", async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url()}/#n=state:russia,state:atlantis`);
    await waitForCanvas(page);
    const notice = page.getByTestId("not-found");
    await notice.waitFor();
    expect(await notice.textContent()).toBe("Not found: state:atlantis");
    expect(await drawnNodes(page)).toEqual(["state:russia"]);
  });
});
