import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { repoPath } from "../server/src/paths.js";
import { clickNode, drawnNodes, highlighted, waitForNodeCount } from "./support/canvas.js";
import { useExplorer, waitForCanvas } from "./support/explorer.js";
import { pickPathEnd } from "./support/paths.js";

const explorer = useExplorer();
const shipment = "transfer:north-korea-arms-to-russia";

describe("sharing and taking away a view", () => {
  it("a deep link opened in another browser shows the same nodes", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    const before = (await drawnNodes(page)).length;
    await clickNode(page, "state:ukraine", 2);
    await waitForNodeCount(page, (count) => count > before);
    await waitForCanvas(page);
    const nodes = await drawnNodes(page);
    const link = page.url();
    expect(link).toContain("state:ukraine");

    const elsewhere = await explorer.newPage();
    await elsewhere.goto(link);
    await waitForCanvas(elsewhere);
    expect((await drawnNodes(elsewhere)).sort()).toEqual(nodes.sort());
  });

  it("finds the path from Kim Jong Un to Zelensky and draws it highlighted", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await pickPathEnd(page, "From", "Kim Jong", "Kim Jong Un");
    await pickPathEnd(page, "To", "Zelensky", "Volodymyr Zelensky");
    await page.getByRole("button", { name: "Find path" }).click();
    await page.getByText(/Path between Kim Jong Un and Volodymyr Zelensky, \d+ steps, highlighted/).waitFor();
    await page.waitForFunction(`window.kgxCanvas.highlighted().includes("person:volodymyr-zelensky")`);
    const path = await highlighted(page);
    expect(path).toEqual(expect.arrayContaining(["person:kim-jong-un", "person:volodymyr-zelensky"]));
    expect(path.some((id) => id.includes(">"))).toBe(true);
  });

  it("switching transfers to arrows keeps the selected transfer selected, as its arrow", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await clickNode(page, shipment);
    await page.getByRole("radio", { name: "as arrows" }).check();
    await page.waitForFunction(`!window.kgxCanvas.nodeIds().includes("${shipment}")`);
    const selected = (await page.evaluate("window.kgxCanvas.selected()")) as { id: string; ref: string }[];
    expect(selected.map((element) => element.ref)).toContain(shipment);
    await page
      .getByTestId("details")
      .getByRole("heading", { name: "North Korean munitions to Russia" })
      .waitFor();
    await waitForCanvas(page);
    await page.getByRole("tab", { name: "Who says what" }).click();
    await page.screenshot({ path: repoPath("docs", "screenshots", "arrows-and-matrix.png") });
  });

  it("exporting the view's Cypher downloads a script that refuses a full database, then gives the constraints", async () => {
    const page = await explorer.newPage();
    await page.goto(explorer.url());
    await waitForCanvas(page);
    await page.getByRole("tab", { name: "Cypher & export" }).click();
    expect(await page.getByLabel("Cypher query that returns the view").inputValue()).toContain("MATCH (n)");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Cypher script" }).click(),
    ]);
    const script = await readFile(await download.path(), "utf8");
    const statements = script
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("//"))
      .join("\n");
    // The load guard comes first (docs/decisions/0039), then the schema.
    expect(statements).toMatch(/^CALL \(\) \{ MATCH \(n\)[^;]*mode=merge[^;]*\n;\nCREATE CONSTRAINT/);
    expect(script).toContain("state:north-korea");

    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "PNG", exact: true }).click(),
    ]);
    expect((await readFile(await png.path())).subarray(1, 4).toString()).toBe("PNG");
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    const view = JSON.parse(await readFile(await json.path(), "utf8")) as { nodes: { id: string }[] };
    expect(view.nodes.map((node) => node.id)).toContain("state:north-korea");
  });

  it("says which part is down, the server or its database, and retries", async () => {
    const page = await explorer.newPage();
    await page.route("**/graphql", (route) => route.abort());
    await page.route("**/ready", (route) => route.abort());
    await page.goto(explorer.url());
    await page.getByRole("alert").getByText("The kgx server is down").waitFor();

    await page.unroute("**/ready");
    await page.route("**/ready", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: '{"status":"unavailable"}' }),
    );
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("alert").getByText("The database is down").waitFor();

    await page.unroute("**/ready");
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Retry" }).click();
    await waitForCanvas(page);
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});
