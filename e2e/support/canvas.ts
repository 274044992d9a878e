import type { Page } from "playwright-core";

/** Ids of the nodes the canvas has drawn (read through the page's `window.kgxCanvas`). */
export async function drawnNodes(page: Page): Promise<string[]> {
  return (await page.evaluate("window.kgxCanvas.nodeIds()")) as string[];
}

/** Ids of the elements drawn highlighted. */
export async function highlighted(page: Page): Promise<string[]> {
  return (await page.evaluate("window.kgxCanvas.highlighted()")) as string[];
}

/** How many nodes the canvas shows, as the page states it. */
export async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("stage").getAttribute("data-node-count"));
}

/** Clicks (or double-clicks) a node where the canvas drew it, as a user's mouse would. */
export async function clickNode(page: Page, id: string, clickCount: 1 | 2 = 1): Promise<void> {
  const { x, y } = await whereDrawn(page, id);
  if (clickCount === 2) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
}

/** Taps a node where the canvas drew it, as a finger on a touch screen would. */
export async function tapNode(page: Page, id: string): Promise<void> {
  const { x, y } = await whereDrawn(page, id);
  await page.touchscreen.tap(x, y);
}

/** Where the canvas drew node `id`, in page coordinates. */
async function whereDrawn(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = (await page.evaluate(`window.kgxCanvas.renderedPosition(${JSON.stringify(id)})`)) as {
    x: number;
    y: number;
  } | null;
  if (!position) throw new Error(`${id} is not drawn on the canvas.`);
  const box = await page.getByTestId("canvas").boundingBox();
  if (!box) throw new Error("The canvas is not visible.");
  return { x: box.x + position.x, y: box.y + position.y };
}

/** Waits for the canvas to show a number of nodes that satisfies `test`. */
export async function waitForNodeCount(page: Page, test: (count: number) => boolean): Promise<number> {
  for (;;) {
    const count = await nodeCount(page);
    if (test(count)) return count;
    await page.waitForFunction(
      `document.querySelector('[data-testid="stage"]').getAttribute("data-node-count") !== "${count}"`,
      undefined,
      { timeout: 15_000 },
    );
  }
}
