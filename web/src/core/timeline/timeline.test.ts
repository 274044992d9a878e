import { describe, expect, it } from "vitest";
import type { GraphCache, GraphNode } from "../graph/types";
import { inWindow, stripItems } from "./timeline";

const node = (id: string, kind: string, properties: Record<string, unknown>): GraphNode => ({
  id,
  kind,
  labels: [],
  name: id,
  degree: 0,
  properties,
});

const cache: GraphCache = {
  nodes: {
    "event:summit": node("event:summit", "event", { date: "2023-09", dateInferred: true }),
    "event:invasion": node("event:invasion", "event", { date: "2022" }),
    "source:yonhap": node("source:yonhap", "source", { publishedOn: "2024-02-27" }),
    "claim:stated": node("claim:stated", "claim", { statedOn: "2024-02" }),
    "claim:by-source": node("claim:by-source", "claim", {}),
    "claim:undated": node("claim:undated", "claim", {}),
    "transfer:arms": node("transfer:arms", "transfer", { startDate: "2022" }),
  },
  edges: {
    a: { id: "a", type: "REPORTED_IN", source: "claim:by-source", target: "source:yonhap", properties: {} },
    b: { id: "b", type: "ABOUT", source: "claim:by-source", target: "transfer:arms", properties: {} },
  },
};
const all = Object.keys(cache.nodes);
const get = (id: string) => cache.nodes[id] as GraphNode;

describe("the timeline strip", () => {
  it("puts events and transfers in the happened lane and claims and sources in the said lane, by start", () => {
    const items = stripItems(cache, all);
    expect(items.map((i) => [i.id, i.lane])).toEqual([
      ["event:invasion", "happened"],
      ["transfer:arms", "happened"],
      ["event:summit", "happened"],
      ["claim:stated", "said"],
      ["claim:by-source", "said"],
      ["source:yonhap", "said"],
    ]);
    expect(items.find((i) => i.id === "claim:by-source")).toMatchObject({
      label: "2024-02-27",
      inferred: true,
    });
  });

  it("keeps a claim whose month overlaps the window and drops one said after it; undated claims stay", () => {
    const asOfFeb20 = { from: null, to: "2024-02-20" };
    expect(inWindow(cache, get("claim:stated"), asOfFeb20)).toBe(true);
    expect(inWindow(cache, get("claim:by-source"), asOfFeb20)).toBe(false);
    expect(inWindow(cache, get("claim:undated"), asOfFeb20)).toBe(true);
    expect(inWindow(cache, get("claim:stated"), { from: "2024-03-01", to: null })).toBe(false);
  });

  it("drops a transfer when every claim about it is outside the window, and never an entity", () => {
    expect(inWindow(cache, get("transfer:arms"), { from: null, to: "2024-01-31" })).toBe(false);
    expect(inWindow(cache, get("transfer:arms"), { from: null, to: "2024-02-27" })).toBe(true);
    expect(inWindow(cache, get("event:summit"), { from: "2030-01-01", to: null })).toBe(true);
  });

  it("dates a claim and a transfer by what the server said of them when the page lacks their sources", () => {
    const alone: GraphCache = {
      nodes: {
        "claim:yonhap": {
          ...node("claim:yonhap", "claim", {}),
          said: { dates: ["2024-02-27"], inferred: true, undated: false, publishedOnInferred: true },
        },
        "transfer:eu": {
          ...node("transfer:eu", "transfer", {}),
          said: { dates: ["2024-02"], inferred: false, undated: false, publishedOnInferred: false },
        },
        "transfer:arms": {
          ...node("transfer:arms", "transfer", {}),
          said: { dates: ["2024-02"], inferred: false, undated: true, publishedOnInferred: false },
        },
      },
      edges: {},
    };
    const at = (id: string) => alone.nodes[id] as GraphNode;
    const asOfFeb26 = { from: null, to: "2024-02-26" };
    expect(inWindow(alone, at("claim:yonhap"), asOfFeb26)).toBe(false);
    expect(inWindow(alone, at("claim:yonhap"), { from: null, to: "2024-02-27" })).toBe(true);
    expect(inWindow(alone, at("transfer:eu"), { from: null, to: "2024-01-31" })).toBe(false);
    expect(inWindow(alone, at("transfer:eu"), asOfFeb26)).toBe(true);
    expect(inWindow(alone, at("transfer:arms"), { from: null, to: "2024-01-31" })).toBe(true);
    expect(stripItems(alone, ["claim:yonhap"])[0]).toMatchObject({ label: "2024-02-27", inferred: true });
  });
});
