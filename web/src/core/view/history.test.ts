import { describe, expect, it } from "vitest";
import { amend, record, redo, startHistory, undo } from "./history";
import { emptyView } from "./types";
import { addNodes, expandNode, setFilters, setLayout, setWindow } from "./view";

describe("the view's undo history", () => {
  const opened = addNodes(emptyView, ["state:north-korea", "state:russia"]);

  it("undoing an expansion gives back exactly the view before it, and redo brings the expansion back", () => {
    const start = startHistory(opened);
    const expanded = record(start, expandNode(opened, "state:north-korea", ["person:kim-jong-un"]));
    expect(expanded.present.nodeIds).toEqual(["state:north-korea", "state:russia", "person:kim-jong-un"]);
    const undone = undo(expanded);
    expect(undone.present).toBe(opened);
    expect(redo(undone).present.nodeIds).toContain("person:kim-jong-un");
  });

  it("undoes filter and layout changes one step at a time, in reverse order", () => {
    let history = startHistory(opened);
    history = record(history, setFilters(history.present, { hideDenied: true }));
    history = record(history, setLayout(history.present, "concentric"));
    history = undo(history);
    expect(history.present.layout).toBe("fcose");
    expect(history.present.filters.hideDenied).toBe(true);
    history = undo(history);
    expect(history.present.filters.hideDenied).toBe(false);
    expect(undo(history)).toBe(history);
  });

  it("a new change after an undo drops the steps that could have been redone", () => {
    let history = record(startHistory(opened), setLayout(opened, "breadthfirst"));
    history = undo(history);
    history = record(history, setFilters(history.present, { hiddenKinds: ["claim"] }));
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it("a change that changes nothing is no undo step", () => {
    const history = startHistory(opened);
    expect(record(history, addNodes(opened, ["state:russia"]))).toBe(history);
  });

  it("a replay is one step: its later moves amend the first, so one undo returns to the view before it", () => {
    const chosen = setWindow(opened, { from: "2024-01-01", to: null });
    let history = record(startHistory(opened), chosen);
    history = record(history, setWindow(history.present, { from: null, to: "2024-02-26" }));
    history = amend(history, setWindow(history.present, { from: null, to: "2024-02-27" }));
    history = amend(history, setWindow(history.present, null));
    expect(history.present.window).toBeNull();
    history = undo(history);
    expect(history.present).toBe(chosen);
    expect(redo(history).present.window).toBeNull();
  });
});
