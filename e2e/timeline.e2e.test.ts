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
  it("while its code is on the way, its place says so, and the canvas neither moves nor resizes when it comes", async () => {
    const page = await explorer.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/assets/TimelineStrip-*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const loading = page.getByTestId("timeline-loading");
    expect(await loading.textContent()).toBe("Loading the timeline…");
    const canvasBefore = await page.getByTestId("canvas").boundingBox();
    const place = await loading.boundingBox();
    const stage = await page.getByTestId("stage").boundingBox();
    if (!canvasBefore || !place || !stage) throw new Error("the canvas or the timeline's place is not drawn");
    // No empty band: the canvas ends where the place begins, and the place ends with the stage.
    expect(Math.abs(canvasBefore.y + canvasBefore.height - place.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(place.y + place.height - (stage.y + stage.height))).toBeLessThanOrEqual(1);
    const russiaBefore = await page.evaluate(`window.kgxCanvas.renderedPosition("state:russia")`);

    release();
    await page.getByTestId("timeline").waitFor();
    expect(await loading.count()).toBe(0);
    expect(await page.getByTestId("canvas").boundingBox()).toEqual(canvasBefore);
    const strip = await page.getByTestId("timeline").boundingBox();
    expect(strip).toEqual(place);
    expect(await page.evaluate(`window.kgxCanvas.renderedPosition("state:russia")`)).toEqual(russiaBefore);
  });

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

  it("a deep link with a window shows exactly what the server's asOf shows, without the claims' sources", async () => {
    const linked = [
      yonhap,
      zelensky,
      satellite,
      shipment,
      "transfer:eu-artillery-shells-to-ukraine",
      "state:russia",
      "state:north-korea",
      "organization:european-union",
      "state:ukraine",
    ];
    for (const to of ["2024-02-26", "2024-01-31"]) {
      const page = await explorer.newPage();
      const answers: string[] = [];
      page.on("response", (response) => {
        if (response.url().endsWith("/graphql")) void response.text().then((text) => answers.push(text));
      });
      await page.goto(`${explorer.url()}/#n=${linked.join(",")}&w=~${to}`);
      await waitForCanvas(page);
      const shown = (await drawnNodes(page)).sort();
      expect(shown).toEqual(await serverAsOf(linked, to));
      expect(shown).not.toContain(yonhap);
      // The page was never sent Yonhap's report: it dates the claim by what the server said of it.
      expect(answers.join("\n")).not.toContain('"id":"source:yonhap-shin-containers"');
      expect(answers.length).toBeGreaterThan(0);
    }
  });

  it("a whole replay is one undo step: Undo returns to the window chosen before it", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await clickNode(page, shipment, 2);
    await drawn(page, yonhap);
    const timeline = page.getByTestId("timeline");
    await timeline.getByLabel("to", { exact: true }).fill("2024-01-31");
    await gone(page, zelensky);

    await timeline.getByRole("button", { name: "Replay" }).click();
    // The replay grows the story day by day and ends at "now", every claim back on the canvas.
    await page.waitForFunction(
      `document.querySelector('[data-testid="timeline"] .timeline-asof output')?.textContent === "now"`,
      undefined,
      { timeout: 20_000 },
    );
    await drawn(page, yonhap);
    await timeline.getByRole("button", { name: "Replay" }).waitFor();

    await page.getByRole("button", { name: "Undo" }).click();
    await gone(page, zelensky);
    expect(await timeline.getByLabel("to", { exact: true }).inputValue()).toBe("2024-01-31");
    expect(decodeURIComponent(page.url())).toContain("w=~2024-01-31");
    await page.getByRole("button", { name: "Undo" }).click();
    await drawn(page, zelensky);
  });

  it("shows both dates of a claim on its card, beside its figure, after the figure it follows and in the matrix", async () => {
    const page = await explorer.newPage();
    await page.goto(`${explorer.url()}/#n=${shipment}&s=${shipment}`);
    await waitForCanvas(page);
    const details = page.getByTestId("details");
    const card = details.locator(`[data-testid="claim-card"][data-claim="${yonhap}"]`);
    await card.waitFor();
    // Yonhap's claim has no statedOn of its own: it was said when Yonhap published, 27 February 2024.
    expect(await card.getByTestId("published-on").textContent()).toBe("published 27 Feb 2024 (inferred)");
    expect(await card.locator(".follows .claim-dates").textContent()).toBe(
      "published 27 Feb 2024 (inferred)",
    );
    const zelenskyCard = details.locator(`[data-claim="${zelensky}"]`);
    expect(await zelenskyCard.locator("footer").textContent()).toContain(
      "Feb 2024 (inferred), published Feb 2024 (inferred)",
    );
    const figure = details.getByTestId("figure").filter({ hasText: "6,700 containers" });
    expect(await figure.locator(".claim-dates").textContent()).toBe("published 27 Feb 2024 (inferred)");

    await page.getByRole("tab", { name: "Who says what" }).click();
    const cell = page.getByRole("button", { name: "estimates 6,700 containers" });
    expect(await cell.getAttribute("title")).toMatch(/\(published 27 Feb 2024 \(inferred\)\)$/);
  });
});

/** The ids the server's `graph(ids:, asOf:)` keeps of `ids`, sorted. */
async function serverAsOf(ids: readonly string[], asOf: string): Promise<string[]> {
  const response = await fetch(`${explorer.url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      query: "query ($ids: [ID!], $asOf: String) { graph(ids: $ids, asOf: $asOf) { nodes { id } } }",
      variables: { ids, asOf },
    }),
  });
  const body = (await response.json()) as { data: { graph: { nodes: { id: string }[] } } };
  return body.data.graph.nodes.map((node) => node.id).sort();
}
