import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { drawnNodes } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";
import { pickPathEnd } from "./support/paths.js";

const explorer = useExplorer();

/** The listed path, one "name kind" text per step. */
async function listedSteps(page: Page): Promise<{ name: string; kind: string }[]> {
  const steps = page.getByRole("list", { name: "Path, step by step" });
  await steps.waitFor();
  return steps.locator("li").evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector("button")?.textContent ?? "",
      kind: item.querySelector(".kind-badge")?.textContent ?? "",
    })),
  );
}

describe("finding a path between two nodes picked by search", () => {
  it("lists the path through entities and transfers step by step, and a step's name selects it", async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url()}/#n=state:russia`);
    await waitForCanvas(page);
    expect(await drawnNodes(page)).not.toContain("person:kim-jong-un");
    await pickPathEnd(page, "From", "Kim Jong", "Kim Jong Un");
    await pickPathEnd(page, "To", "Zelensky", "Volodymyr Zelensky");
    await page.getByRole("button", { name: "Find path" }).click();
    const steps = await listedSteps(page);
    expect(steps[0]?.name).toBe("Kim Jong Un");
    expect(steps.at(-1)?.name).toBe("Volodymyr Zelensky");
    expect(steps.map((step) => step.kind).filter((kind) => kind === "claim" || kind === "source")).toEqual(
      [],
    );
    await page.waitForFunction(`window.kgxCanvas.nodeIds().includes("person:kim-jong-un")`);

    const middle = steps[1]?.name ?? "";
    await page
      .getByRole("list", { name: "Path, step by step" })
      .getByRole("button", { name: middle })
      .click();
    await page.getByTestId("details").getByRole("heading", { name: middle, exact: true }).waitFor();
  });

  it("with claims and sources included, the path may run through them", async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url()}/#n=state:russia`);
    await waitForCanvas(page);
    await pickPathEnd(page, "From", "Kim Jong", "Kim Jong Un");
    await pickPathEnd(page, "To", "Zelensky", "Volodymyr Zelensky");
    await page.getByRole("checkbox", { name: "Through claims and sources too" }).check();
    await page.getByRole("button", { name: "Find path" }).click();
    const steps = await listedSteps(page);
    expect(steps[0]?.name).toBe("Kim Jong Un");
    expect(steps.at(-1)?.name).toBe("Volodymyr Zelensky");
    expect(steps.some((step) => step.kind === "claim" || step.kind === "source")).toBe(true);
  });
});
