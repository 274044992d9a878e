import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();

/** Routes the page's GraphQL requests named `operation` through `handle`; the others go to the server. */
async function intercept(
  page: Page,
  operation: string,
  handle: (route: Route) => Promise<void>,
): Promise<void> {
  await page.route("**/graphql", (route) =>
    route.request().postDataJSON()?.operationName === operation ? handle(route) : route.continue(),
  );
}

/** A promise the test resolves when it chooses: requests held on it wait until then. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

async function openOnRussia(page: Page): Promise<void> {
  await page.goto(`${explorer.url()}/#n=state:russia`);
  await waitForCanvas(page);
}

const search = (page: Page) => page.getByRole("combobox", { name: "Search the graph" });

describe("the explorer says what it is doing and what failed", () => {
  it("while the server searches, the search box says it is searching, then shows the suggestions", async () => {
    const page = await explorer.newPage();
    const held = gate();
    await intercept(page, "Search", async (route) => {
      await held.opened;
      await route.continue();
    });
    await openOnRussia(page);
    await search(page).fill("Pyongyang");
    const progress = page.getByTestId("search-progress");
    await progress.waitFor();
    expect(await progress.textContent()).toContain("Searching for “Pyongyang”…");
    held.open();
    await page.getByRole("option", { name: /^North Korea state/ }).waitFor();
    expect(await progress.count()).toBe(0);
  });

  it("a search that fails says why, and Retry searches again", async () => {
    const page = await explorer.newPage();
    let cut = true;
    await intercept(page, "Search", (route) => (cut ? route.abort("connectionrefused") : route.continue()));
    await openOnRussia(page);
    await search(page).fill("Pyongyang");
    const problem = page.locator(".search").getByRole("alert");
    await problem.waitFor();
    expect(await problem.textContent()).toContain("Search failed: The kgx server does not answer.");
    cut = false;
    await problem.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("option", { name: /^North Korea state/ }).waitFor();
    expect(await problem.count()).toBe(0);
  });

  it("after choosing a suggestion, the canvas says it is adding it until it is there", async () => {
    const page = await explorer.newPage();
    const held = gate();
    await openOnRussia(page);
    await intercept(page, "Neighbourhood", async (route) => {
      await held.opened;
      await route.continue();
    });
    await search(page).fill("Pyongyang");
    await page.getByRole("option", { name: /^North Korea state/ }).click();
    const activity = page.getByTestId("activity");
    await activity.waitFor();
    expect(await activity.getAttribute("role")).toBe("status");
    expect(await activity.textContent()).toContain("Adding North Korea…");
    held.open();
    await page.waitForFunction(`window.kgxCanvas.nodeIds().includes("state:north-korea")`);
    await activity.waitFor({ state: "detached" });
  });

  it("when adding a suggestion fails, the canvas says why, and Retry adds it", async () => {
    const page = await explorer.newPage();
    let cut = true;
    await openOnRussia(page);
    await intercept(page, "Neighbourhood", (route) =>
      cut ? route.abort("connectionrefused") : route.continue(),
    );
    await search(page).fill("Pyongyang");
    await page.getByRole("option", { name: /^North Korea state/ }).click();
    const problem = page.getByTestId("activity").and(page.getByRole("alert"));
    await problem.waitFor();
    expect(await problem.textContent()).toContain(
      "North Korea was not added: The kgx server does not answer.",
    );
    // The rest of the page still works: the failure is about this one action, not the whole graph.
    expect(await page.getByTestId("status-error").count()).toBe(0);
    cut = false;
    await problem.getByRole("button", { name: "Retry" }).click();
    await page.waitForFunction(`window.kgxCanvas.nodeIds().includes("state:north-korea")`);
    await problem.waitFor({ state: "detached" });
  });

  it("when expanding a node fails, the canvas says why, and Retry expands it", async () => {
    const page = await explorer.newPage();
    let cut = false;
    await intercept(page, "Neighbourhood", (route) =>
      cut ? route.abort("connectionrefused") : route.continue(),
    );
    await openOnRussia(page);
    await page.getByRole("tab", { name: "On the canvas" }).click();
    await page.locator('.canvas-table tr[data-id="state:russia"] button').click();
    const details = page.getByTestId("details");
    await details.getByRole("heading", { name: /^Neighbours\s*$/ }).waitFor();
    cut = true;
    const before = (await page.evaluate("window.kgxCanvas.nodeIds().length")) as number;
    await details.getByRole("button", { name: "Expand all" }).click();
    const problem = page.getByTestId("activity").and(page.getByRole("alert"));
    await problem.waitFor();
    expect(await problem.textContent()).toContain("Russia was not expanded: The kgx server does not answer.");
    cut = false;
    await problem.getByRole("button", { name: "Retry" }).click();
    await page.waitForFunction(`window.kgxCanvas.nodeIds().length > ${before}`);
    await problem.waitFor({ state: "detached" });
  });
});
