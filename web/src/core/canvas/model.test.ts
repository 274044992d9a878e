import { describe, expect, it } from "vitest";
import { articleCache } from "../../test-support/article-cache";
import { emptyView, type ViewState } from "../view/types";
import { setFilters } from "../view/view";
import { selectCanvas } from "./model";

const view: ViewState = {
  ...emptyView,
  nodeIds: ["claim:nk-denies", "transfer:nk-shells-to-russia", "state:north-korea", "state:russia"],
};

describe("the canvas derivation", () => {
  it("is computed once for a cache and a view: the canvas, its table and the keyboard read the same model", () => {
    const cache = articleCache();
    const first = selectCanvas(cache, view);
    expect(selectCanvas(cache, view)).toBe(first);
    expect(selectCanvas(cache, view).model).toBe(first.model);
  });

  it("is derived again when the view changes", () => {
    const cache = articleCache();
    const before = selectCanvas(cache, view);
    const after = selectCanvas(cache, setFilters(view, { hideDenied: true }));
    expect(after).not.toBe(before);
    expect(after.listed.map((node) => node.id)).not.toContain("claim:nk-denies");
  });

  it("lists entities, then transfers, then claims, a transfer folded into an arrow included", () => {
    const listed = selectCanvas(articleCache(), { ...view, transferMode: "arrows" }).listed;
    expect(listed.map((node) => node.id)).toEqual([
      "state:north-korea",
      "state:russia",
      "transfer:nk-shells-to-russia",
      "claim:nk-denies",
    ]);
  });
});
