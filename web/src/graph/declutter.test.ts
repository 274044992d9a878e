import { describe, expect, it } from "vitest";
import {
  BoxGrid,
  chooseLabels,
  gridCell,
  type LabelCandidate,
  narrowPlaces,
  type Obstacle,
  otherPlaces,
  roomForLabel,
} from "./declutter";

const label = (id: string, x1: number, rank: number, forced = false): LabelCandidate => ({
  id,
  box: { x1, y1: 0, x2: x1 + 50, y2: 12 },
  rank,
  forced,
});

describe("chooseLabels", () => {
  it("draws the higher-ranked of two colliding labels and hides the other", () => {
    expect([...chooseLabels([label("claim", 0, 5), label("state", 20, 0)], [], 2).keys()]).toEqual(["state"]);
  });

  it("draws labels that do not collide, whatever their rank", () => {
    expect(new Set(chooseLabels([label("a", 0, 3), label("b", 100, 7)], [], 2).keys())).toEqual(
      new Set(["a", "b"]),
    );
  });

  it("draws a hovered or selected label even over a higher-ranked one, which then gives way", () => {
    expect([...chooseLabels([label("state", 0, 0), label("claim", 20, 5, true)], [], 2).keys()]).toEqual([
      "claim",
    ]);
  });

  it("hides a label that covers another node's body but not one that covers its own", () => {
    const body = { id: "b", box: { x1: 10, y1: 0, x2: 20, y2: 10 }, rank: 0 };
    expect(new Set(chooseLabels([label("a", 0, 0), label("b", 0, 0)], [body], 0).keys())).toEqual(
      new Set(["b"]),
    );
  });

  it("lets a label cross the body of a lower-ranked node", () => {
    const claim = { id: "claim", box: { x1: 10, y1: 0, x2: 20, y2: 10 }, rank: 3 };
    expect(new Set(chooseLabels([label("state", 0, 0)], [claim], 0).keys())).toEqual(new Set(["state"]));
  });

  it("moves a selected label (with its hidden-neighbours line) off a state's body when another place is free", () => {
    const body = { x1: 0, y1: 0, x2: 30, y2: 30 };
    const below = { x1: -10, y1: 33, x2: 40, y2: 57 };
    const state = { id: "state", box: { x1: -5, y1: 40, x2: 35, y2: 60 }, rank: 0 };
    const selected: LabelCandidate = {
      id: "transfer",
      box: below,
      alternatives: otherPlaces(body, 50, 24, 3),
      rank: 1,
      forced: true,
    };
    expect(chooseLabels([selected], [state], 2).get("transfer")).toBe("top");
  });

  it("draws a selected label below its node when no place is free", () => {
    const everywhere = { id: "state", box: { x1: -200, y1: -200, x2: 200, y2: 200 }, rank: 0 };
    const selected = {
      ...label("transfer", 0, 1, true),
      alternatives: otherPlaces(label("t", 0, 1).box, 50, 12, 3),
    };
    expect(chooseLabels([selected], [everywhere], 2).get("transfer")).toBe("bottom");
  });

  it("puts a selected label with no free place where it covers the fewest node bodies, of any rank", () => {
    const body = { x1: 0, y1: 0, x2: 30, y2: 30 };
    const square = (id: string, x1: number, y1: number) => ({
      id,
      box: { x1, y1, x2: x1 + 8, y2: y1 + 8 },
      rank: 3,
    });
    // Two claims below, one above, none at the right; a state everywhere beside, so no place is free.
    const claims = [square("c1", 0, 35), square("c2", 20, 35), square("c3", 10, -20)];
    const state = { id: "state", box: { x1: -200, y1: -200, x2: 200, y2: 200 }, rank: 0 };
    const selected: LabelCandidate = {
      id: "transfer",
      box: { x1: -10, y1: 33, x2: 40, y2: 45 },
      alternatives: otherPlaces(body, 50, 12, 3),
      rank: 1,
      forced: true,
    };
    expect(chooseLabels([selected], [state, ...claims], 2).get("transfer")).toBe("right");
  });

  it("draws a label wrapped narrower when only its narrow shape fits between its neighbours", () => {
    const body = { x1: 0, y1: 0, x2: 30, y2: 30 };
    const wide = { width: 120, height: 12 };
    const narrow = { width: 60, height: 24 };
    const below = { x1: 15 - wide.width / 2, y1: 33, x2: 15 + wide.width / 2, y2: 45 };
    // Neighbours' labels left, right and above: the wide label hits one in every place, the narrow fits below.
    const neighbour = (id: string, x1: number, y1: number, x2: number, y2: number): LabelCandidate => ({
      id,
      box: { x1, y1, x2, y2 },
      rank: 0,
      forced: false,
    });
    const neighbours = [
      neighbour("left", -90, 0, -20, 45),
      neighbour("right", 50, 0, 90, 45),
      neighbour("above", -5, -40, 35, -10),
    ];
    const squeezed: LabelCandidate = {
      id: "squeezed",
      box: below,
      alternatives: [
        ...otherPlaces(body, wide.width, wide.height, 3),
        ...narrowPlaces(body, narrow.width, narrow.height, 3, 33),
      ],
      rank: 1,
      forced: false,
    };
    expect(chooseLabels([...neighbours, squeezed], [], 2).get("squeezed")).toBe("bottom-narrow");
  });

  it("moves a label that collides below its node above it, or beside it, before hiding it", () => {
    const body = { x1: 0, y1: 0, x2: 30, y2: 30 };
    const below = { x1: -10, y1: 33, x2: 40, y2: 45 };
    const state: LabelCandidate = { id: "state", box: below, rank: 0, forced: false };
    const blocker: LabelCandidate = { id: "other", box: { ...below }, rank: 0, forced: false };
    const moved = { ...state, id: "z-state", alternatives: otherPlaces(body, 50, 12, 3) };
    const chosen = chooseLabels([blocker, moved], [], 2);
    expect(chosen.get("other")).toBe("bottom");
    expect(chosen.get("z-state")).toBe("top");
  });

  it("prefers a place inside the view for a label that would be cut off at the canvas's edge", () => {
    const body = { x1: 70, y1: 0, x2: 100, y2: 30 };
    const candidate: LabelCandidate = {
      id: "edge-of-view",
      box: { x1: 60, y1: 33, x2: 110, y2: 45 },
      alternatives: otherPlaces(body, 50, 12, 3),
      rank: 0,
      forced: false,
    };
    expect(chooseLabels([candidate], [], 2, { x1: 0, y1: 0, x2: 100, y2: 100 }).get("edge-of-view")).toBe(
      "left",
    );
  });
});

describe("roomForLabel", () => {
  const body = (id: string, x: number, y: number, rank = 2): Obstacle => ({
    id,
    box: { x1: x - 15, y1: y - 15, x2: x + 15, y2: y + 15 },
    rank,
  });
  const grid = (obstacles: Obstacle[]) => {
    const found = new BoxGrid<Obstacle>(gridCell(obstacles));
    for (const obstacle of obstacles) found.add(obstacle.box, obstacle);
    return found;
  };
  const own = body("own", 0, 0);

  it("finds no room for a label whose node is walled in by the bodies of nodes ranked as high", () => {
    const walls = [body("below", 0, 40), body("above", 0, -40), body("right", 40, 0), body("left", -40, 0)];
    expect(roomForLabel(own, 20, 10, 3, 18, grid([own, ...walls]))).toBe(false);
  });

  it("finds room when one place is free, or when the walls are of lower rank", () => {
    const three = [body("above", 0, -40), body("right", 40, 0), body("left", -40, 0)];
    expect(roomForLabel(own, 20, 10, 3, 18, grid([own, ...three]))).toBe(true);
    const claims = ["below", "above", "right", "left"].map((id, i) =>
      body(id, [0, 0, 40, -40][i] as number, [40, -40, 0, 0][i] as number, 3),
    );
    expect(roomForLabel(own, 20, 10, 3, 18, grid([own, ...claims]))).toBe(true);
  });

  it("agrees with chooseLabels: a label it finds no room for is not drawn in any of its places", () => {
    const walls = [body("below", 0, 40), body("above", 0, -40), body("right", 40, 0), body("left", -40, 0)];
    const candidate: LabelCandidate = {
      id: "own",
      box: { x1: -30, y1: 18, x2: 30, y2: 32 },
      alternatives: [...otherPlaces(own.box, 60, 14, 3), ...narrowPlaces(own.box, 30, 28, 3, 18)],
      rank: 2,
      forced: false,
    };
    expect(roomForLabel(own, 20, 10, 3, 18, grid([own, ...walls]))).toBe(false);
    expect(chooseLabels([candidate], [own, ...walls], 2).has("own")).toBe(false);
  });
});

describe("BoxGrid", () => {
  it("finds the same overlaps among many scattered boxes as comparing every pair", () => {
    // A fixed pseudo-random scatter (no Math.random: the test is the same on every run).
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const boxes = Array.from({ length: 400 }, () => {
      const x1 = next() * 1000;
      const y1 = next() * 1000;
      return { x1, y1, x2: x1 + 5 + next() * 80, y2: y1 + 5 + next() * 30 };
    });
    const grid = new BoxGrid<(typeof boxes)[number]>(gridCell(boxes.map((box) => ({ box }))));
    const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
      a.x1 < b.x2 + 2 && b.x1 < a.x2 + 2 && a.y1 < b.y2 + 2 && b.y1 < a.y2 + 2;
    for (const [index, box] of boxes.entries()) {
      const pairwise = boxes.slice(0, index).some((other) => overlap(other, box));
      expect(grid.some(box, 2, (other) => overlap(other, box))).toBe(pairwise);
      grid.add(box, box);
    }
  });
});
