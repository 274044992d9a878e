import { describe, expect, it } from "vitest";
import { emptyView, type ViewState } from "../view/types";
import { decodeDeepLink, encodeDeepLink } from "./deeplink";

describe("deep links", () => {
  it("restore the same view and selection from the hash they write", () => {
    const view: ViewState = {
      ...emptyView,
      nodeIds: ["state:north-korea", "person:kim-jong-un", "claim:odd,id with spaces&=#"],
      expanded: ["state:north-korea"],
      transferMode: "arrows",
      layout: "concentric",
      filters: {
        hiddenKinds: ["source"],
        hiddenEdgeTypes: ["REPORTED_IN"],
        hideDenied: true,
        corroboratedOnly: true,
      },
      highlight: ["person:kim-jong-un", "person:kim-jong-un>LEADS>state:north-korea"],
      pinned: { "state:north-korea": { x: 120, y: -40 } },
      window: { from: null, to: "2024-01-31" },
    };
    const hash = encodeDeepLink({ view, selected: "person:kim-jong-un" });
    const decoded = decodeDeepLink(hash);
    expect(decoded?.selected).toBe("person:kim-jong-un");
    expect(decoded?.view).toEqual({ ...view, layoutRun: 0 });
  });

  it("carry stable ids that a person can read in the address bar", () => {
    const hash = encodeDeepLink({ view: { ...emptyView, nodeIds: ["state:russia"] }, selected: null });
    expect(decodeURIComponent(hash)).toContain("state:russia");
  });

  it("an address without a view opens the default view", () => {
    expect(decodeDeepLink("")).toBeNull();
    expect(decodeDeepLink("#l=concentric")).toBeNull();
  });

  it("unknown layouts and modes in a hand-edited link fall back to the defaults", () => {
    const decoded = decodeDeepLink("#n=state%3Arussia&l=spiral&t=sideways");
    expect(decoded?.view.layout).toBe("fcose");
    expect(decoded?.view.transferMode).toBe("nodes");
    expect(decoded?.view.nodeIds).toEqual(["state:russia"]);
  });

  it("carry where each node was drawn, to the graph unit, in about seven characters a node", () => {
    const nodeIds = ["state:russia", "state:north-korea", "person:kim-jong-un"];
    const positions = { "state:russia": { x: 412.4, y: -87.6 }, "person:kim-jong-un": { x: -1503, y: 0.2 } };
    const hash = encodeDeepLink({ view: { ...emptyView, nodeIds }, selected: null, positions });
    const carried = new URLSearchParams(hash.slice(1)).get("q") ?? "";
    expect(carried.length).toBeLessThanOrEqual(7 * nodeIds.length);
    expect(decodeDeepLink(hash)?.positions).toEqual({
      "state:russia": { x: 412, y: -88 },
      "person:kim-jong-un": { x: -1503, y: 0 },
    });
  });

  it("a link without positions, or with a garbled one, opens without those positions", () => {
    expect(decodeDeepLink("#n=state:russia")?.positions).toEqual({});
    expect(decodeDeepLink("#n=state:russia,state:iran&q=zz.%,1.2")?.positions).toEqual({
      "state:iran": { x: 1, y: 2 },
    });
  });

  it("carry the timeline's window, and drop a window whose days are not days", () => {
    const view = {
      ...emptyView,
      nodeIds: ["state:russia"],
      window: { from: "2023-09-01", to: "2024-02-29" },
    };
    const hash = encodeDeepLink({ view, selected: null });
    expect(hash).toContain("w=2023-09-01~2024-02-29");
    expect(decodeDeepLink(hash)?.view.window).toEqual(view.window);
    expect(decodeDeepLink("#n=state:russia&w=soon~later")?.view.window).toBeNull();
  });
});
