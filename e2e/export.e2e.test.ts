import { readFile, writeFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { clickNode, waitForNodeCount } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";
const title = "North Korean munitions to Russia: who says what";

/** Opens the page, expands the shipment so that its claims are on the canvas, and opens the export tab. */
async function viewWithClaims(page: Page): Promise<void> {
  await page.goto(explorer.url());
  await waitForCanvas(page);
  const before = await waitForNodeCount(page, (count) => count > 0);
  await clickNode(page, shipment, 2);
  await waitForNodeCount(page, (count) => count > before);
  await waitForCanvas(page);
  await page.getByRole("tab", { name: "Cypher & export" }).click();
}

/** Clicks a download button and gives the file's bytes. */
async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return readFile(await file.path());
}

describe("taking the view away", () => {
  it("downloads a PNG at 2× and an SVG of the view, both with its title, legend, date and credits", async () => {
    const page = await explorer.newPage();
    await viewWithClaims(page);
    await page.getByLabel("Picture title").fill(title);
    const png = await download(page, "Download PNG");
    const svg = (await download(page, "Download SVG")).toString("utf8");
    await writeFile(repoPath("docs", "screenshots", "view-export.png"), png);
    await writeFile(repoPath("docs", "screenshots", "view-export.svg"), svg);

    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // The PNG header (IHDR) holds the width and height; the SVG states its size in CSS pixels.
    const pngSize = [png.readUInt32BE(16), png.readUInt32BE(20)];
    const svgSize = [/<svg [^>]*width="(\d+)"/, /<svg [^>]*height="(\d+)"/].map((re) =>
      Number(re.exec(svg)?.[1]),
    );
    expect(svgSize.every((n) => n > 300)).toBe(true);
    expect(pngSize).toEqual(svgSize.map((n) => n * 2));

    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toMatch(new RegExp(`<text[^>]*>${title}</text>`));
    expect(svg).toMatch(/<text[^>]*>Exported from kgx on \d{4}-\d\d-\d\d<\/text>/);
    for (const entry of [
      "Legend",
      "transfer",
      "claim",
      "asserted / reported",
      "alleged, estimated",
      "denied",
    ])
      expect(svg).toMatch(new RegExp(`<text[^>]*>${entry}</text>`));
    expect(svg).toMatch(/<text[^>]*>Sources of the claims shown: .*TIME/);
    // The graph itself is drawn as shapes and text, not as a bitmap.
    expect(svg).not.toContain("<image");
    expect(svg).toMatch(/<g class="node"[^>]*>.*<text[^>]*>[^<]+<\/text><\/g>/);
  });

  it("downloads the view's JSON with every claim's CLAIMED_BY and REPORTED_IN, and each other format", async () => {
    const page = await explorer.newPage();
    await viewWithClaims(page);
    const json = JSON.parse((await download(page, "Download JSON")).toString("utf8")) as {
      graph: { provenance?: { note: string } };
      nodes: { id: string; kind: string }[];
      edges: { type: string; source: string }[];
    };
    const claims = json.nodes.filter((node) => node.kind === "claim").map((node) => node.id);
    expect(claims.length).toBeGreaterThan(2);
    for (const claim of claims) {
      const types = json.edges.filter((edge) => edge.source === claim).map((edge) => edge.type);
      expect(types).toEqual(expect.arrayContaining(["CLAIMED_BY", "REPORTED_IN"]));
    }
    await page
      .getByRole("status")
      .getByText(/added for provenance/)
      .waitFor();

    const cyjs = JSON.parse((await download(page, "Download Cytoscape JSON")).toString("utf8")) as {
      elements: { nodes: { data: { id: string }; position?: { x: number } }[] };
    };
    const drawn = cyjs.elements.nodes.find((node) => node.data.id === shipment);
    expect(typeof drawn?.position?.x).toBe("number");
    expect((await download(page, "Download GraphML")).toString("utf8")).toContain('<data key="provenance">');
    expect((await download(page, "Download CSV nodes")).toString("utf8")).toMatch(/^id:ID,:LABEL,/);
    expect((await download(page, "Download CSV relationships")).toString("utf8")).toMatch(
      /^:START_ID,:END_ID/,
    );
    expect((await download(page, "Download Cypher script")).toString("utf8")).toContain(
      "added for provenance",
    );
  });
});
