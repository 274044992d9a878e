import { describe, expect, it } from "vitest";
import { chooseLabels, type LabelCandidate } from "./declutter";

const label = (id: string, x1: number, rank: number, forced = false): LabelCandidate => ({
  id,
  box: { x1, y1: 0, x2: x1 + 50, y2: 12 },
  rank,
  forced,
});

describe("chooseLabels", () => {
  it("draws the higher-ranked of two colliding labels and hides the other", () => {
    expect([...chooseLabels([label("claim", 0, 5), label("state", 20, 0)], [], 2)]).toEqual(["state"]);
  });

  it("draws labels that do not collide, whatever their rank", () => {
    expect(chooseLabels([label("a", 0, 3), label("b", 100, 7)], [], 2)).toEqual(new Set(["a", "b"]));
  });

  it("draws a hovered or selected label even over a higher-ranked one, which then gives way", () => {
    expect([...chooseLabels([label("state", 0, 0), label("claim", 20, 5, true)], [], 2)]).toEqual(["claim"]);
  });

  it("hides a label that covers another node's body but not one that covers its own", () => {
    const body = { id: "b", box: { x1: 10, y1: 0, x2: 20, y2: 10 }, rank: 0 };
    expect(chooseLabels([label("a", 0, 0), label("b", 0, 0)], [body], 0)).toEqual(new Set(["b"]));
  });

  it("lets a label cross the body of a lower-ranked node", () => {
    const claim = { id: "claim", box: { x1: 10, y1: 0, x2: 20, y2: 10 }, rank: 3 };
    expect(chooseLabels([label("state", 0, 0)], [claim], 0)).toEqual(new Set(["state"]));
  });
});
