import { describe, expect, it } from "vitest";
import { diffElements } from "./diff";
import type { ElementSpec } from "./elements";

const node = (id: string, label = id, classes = ""): ElementSpec => ({
  group: "nodes",
  data: { id, label },
  classes,
});
const edge = (id: string, source: string, target: string): ElementSpec => ({
  group: "edges",
  data: { id, label: "", source, target },
  classes: "",
});

describe("the element diff", () => {
  it("adds what is new, removes what is gone and leaves the rest untouched", () => {
    const patch = diffElements([node("a"), node("b"), edge("a>b", "a", "b")], [node("a"), node("c")]);
    expect(patch.add.map((el) => el.data.id)).toEqual(["c"]);
    expect(patch.remove.sort()).toEqual(["a>b", "b"]);
    expect(patch.update).toEqual([]);
  });

  it("updates an element in place when only its label or classes changed", () => {
    const patch = diffElements([node("a", "A")], [node("a", "A\n+3 more", "has-more")]);
    expect(patch.update.map((el) => el.data.id)).toEqual(["a"]);
    expect(patch.add).toEqual([]);
  });

  it("replaces an edge whose ends changed, because Cytoscape cannot move it by data", () => {
    const patch = diffElements([edge("e", "a", "b")], [edge("e", "a", "c")]);
    expect(patch.remove).toEqual(["e"]);
    expect(patch.add.map((el) => el.data.target)).toEqual(["c"]);
  });

  it("changes nothing when nothing changed", () => {
    const elements = [node("a"), node("b"), edge("a>b", "a", "b")];
    expect(
      diffElements(
        elements,
        elements.map((el) => ({ ...el, data: { ...el.data } })),
      ),
    ).toEqual({
      remove: [],
      add: [],
      update: [],
    });
  });
});
