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

/**
 * Double-taps a node with one finger: two taps sent straight after each other through the Chrome DevTools
 * Protocol, so that a busy machine does not stretch them past the page's double-tap window.
 */
export async function doubleTapNode(page: Page, id: string): Promise<void> {
  const { x, y } = await whereDrawn(page, id);
  const session = await page.context().newCDPSession(page);
  for (let tap = 0; tap < 2; tap++) {
    await session.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  }
  await session.detach();
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

/** The box around the centres of the drawn nodes, in CSS pixels from the canvas's top-left corner. */
export async function drawnExtent(page: Page): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return (await page.evaluate(`(() => {
    const points = window.kgxCanvas.nodeIds().map((id) => window.kgxCanvas.renderedPosition(id));
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  })()`)) as { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Pinches on the canvas with two fingers, as a phone's touch screen reports it (Chrome DevTools Protocol touch
 * events): the fingers start `from` px apart about the canvas's middle and end `to` px apart.
 */
export async function pinch(page: Page, from: number, to: number): Promise<void> {
  const box = await page.getByTestId("canvas").boundingBox();
  if (!box) throw new Error("The canvas is not visible.");
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const fingers = (apart: number) => [
    { x: middle.x - apart / 2, y: middle.y, id: 0 },
    { x: middle.x + apart / 2, y: middle.y, id: 1 },
  ];
  const session = await page.context().newCDPSession(page);
  await session.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(from) });
  const steps = 8;
  for (let step = 1; step <= steps; step++) {
    const apart = from + ((to - from) * step) / steps;
    await session.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(apart) });
  }
  await session.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await session.detach();
}
