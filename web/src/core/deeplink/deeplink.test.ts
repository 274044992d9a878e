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
});
