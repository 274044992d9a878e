import { describe, expect, it } from "vitest";
import { articleCache } from "../../test-support/article-cache";
import { emptyView, type ViewState } from "../view/types";
import { canvasModel } from "./derive";

const ids = [
  "state:north-korea",
  "state:russia",
  "person:kim-jong-un",
  "transfer:nk-shells-to-russia",
  "item:152mm-shells",
  "claim:nk-denies",
];
const view: ViewState = { ...emptyView, nodeIds: ids };

describe("transfers folded into arrows", () => {
  it("draw a transfer between two states as one arrow from sender to receiver, labelled with items and figures", () => {
    const model = canvasModel(articleCache(), { ...view, transferMode: "arrows" });
    const arrow = model.edges.find((edge) => edge.ref === "transfer:nk-shells-to-russia");
    expect(arrow).toMatchObject({ source: "state:north-korea", target: "state:russia" });
    expect(arrow?.label).toContain("152 mm artillery shells");
    expect(arrow?.label).toContain("6,700 containers");
    expect(arrow?.label).toContain("1.5 million shells");
    expect(arrow?.classes).toContain("status-alleged");
  });

  it("take the transfer node, its edges and the items only it carried off the canvas", () => {
    const model = canvasModel(articleCache(), { ...view, transferMode: "arrows" });
    const nodeIds = model.nodes.map((node) => node.id);
    expect(nodeIds).not.toContain("transfer:nk-shells-to-russia");
    expect(nodeIds).not.toContain("item:152mm-shells");
    expect(model.edges.every((edge) => edge.source !== "transfer:nk-shells-to-russia")).toBe(true);
    expect(nodeIds).toContain("person:kim-jong-un");
  });

  it("leave a transfer as a node when one of its parties is not on the canvas", () => {
    const model = canvasModel(articleCache(), {
      ...view,
      nodeIds: ids.filter((id) => id !== "state:russia"),
      transferMode: "arrows",
    });
    expect(model.nodes.map((node) => node.id)).toContain("transfer:nk-shells-to-russia");
  });

  it("switching back to nodes shows the transfer node with its FROM, TO and CARRIES edges", () => {
    const model = canvasModel(articleCache(), view);
    const types = model.edges
      .filter((edge) => edge.source === "transfer:nk-shells-to-russia")
      .map((e) => e.type);
    expect(types.sort()).toEqual(["CARRIES", "FROM", "TO"]);
  });
});

describe("the filters", () => {
  it("hide denied takes the denial claims off the canvas and keeps the rest", () => {
    const shown = canvasModel(articleCache(), { ...view, filters: { ...view.filters, hideDenied: true } });
    expect(shown.nodes.map((node) => node.id)).not.toContain("claim:nk-denies");
    expect(shown.nodes).toHaveLength(ids.length - 1);
  });

  it("only corroborated transfers keeps a transfer two different claimants affirm", () => {
    const filters = { ...view.filters, corroboratedOnly: true };
    const model = canvasModel(articleCache(), { ...view, filters });
    expect(model.nodes.map((node) => node.id)).toContain("transfer:nk-shells-to-russia");
  });

  it("an expanded node counts neighbours not loaded as +N more, and loaded ones the filters hide apart", () => {
    const cache = articleCache();
    const northKorea = cache.nodes["state:north-korea"];
    if (!northKorea) throw new Error("North Korea is missing from the article cache.");
    // Three edges in the cache (shells FROM, Kim LEADS, the denial CLAIMED_BY) and two more not loaded.
    cache.nodes["state:north-korea"] = { ...northKorea, degree: 5 };
    const expanded = { ...view, expanded: ["state:north-korea"] };
    const label = (v: ViewState) =>
      canvasModel(cache, v).nodes.find((node) => node.id === "state:north-korea")?.label;
    expect(label(expanded)).toBe("North Korea\n+2 more");
    const hidden = { ...expanded, filters: { ...expanded.filters, hiddenKinds: ["person", "claim"] } };
    expect(label(hidden)).toBe("North Korea\n+2 more · 2 hidden by filters");
  });
});
