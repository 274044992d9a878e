import { describe, expect, it } from "vitest";
import { type RingNode, ringPositions, ringSpacing } from "./rings";

const nodes = (count: number, size = 30): RingNode[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `n${String(i).padStart(4, "0")}`,
    degree: count - i,
    size,
  }));

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("the concentric layout's rings", () => {
  it("puts the best-linked node in the middle and the least linked at the rim", () => {
    const places = ringPositions(nodes(200), { x: 10, y: 20 });
    expect(places.get("n0000")).toEqual({ x: 10, y: 20 });
    const radius = (id: string) => distance(places.get(id) as { x: number; y: number }, { x: 10, y: 20 });
    expect(radius("n0199")).toBeGreaterThanOrEqual(Math.max(...[...places.keys()].map(radius)) - 1e-9);
  });

  it("keeps every two nodes at least the largest node's size plus the spacing apart", () => {
    const list = nodes(500);
    list[7] = { ...(list[7] as RingNode), size: 46 };
    const places = [...ringPositions(list).values()];
    let nearest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++)
        nearest = Math.min(nearest, distance(places[i] as never, places[j] as never));
    expect(nearest).toBeGreaterThanOrEqual(46 + ringSpacing - 1e-6);
  });

  it("spreads the hubs of a large view around the middle instead of stacking them in a line", () => {
    // Ten hubs with distinct degrees, then many nodes of degree 1: the hubs fill the first rings all round.
    const list: RingNode[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `hub${i}`, degree: 1000 - i, size: 46 })),
      ...Array.from({ length: 300 }, (_, i) => ({ id: `leaf${i}`, degree: 1, size: 30 })),
    ];
    const places = ringPositions(list);
    const xs = list.slice(1, 10).map((hub) => places.get(hub.id)?.x ?? 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
  });

  it("gives the same places for the same nodes in any order", () => {
    const list = nodes(120).map((node, i) => ({ ...node, degree: i % 5 }));
    expect(ringPositions([...list].reverse())).toEqual(ringPositions(list));
  });
});
