import { describe, expect, it } from "vitest";
import { parseParams } from "./actions";
import { cellText } from "./cells";
import { queryFromLink } from "./link";

describe("the console's table cells", () => {
  it("shows nodes, relationships and paths as Cypher writes them, and other values as JSON", () => {
    const russia = {
      id: "state:russia",
      kind: "state",
      labels: ["Entity", "State"],
      name: "Russia",
      properties: {},
    };
    const korea = { ...russia, id: "state:north-korea", name: "North Korea" };
    const edge = { type: "BORDERS", source: "state:russia", target: "state:north-korea", properties: {} };
    expect(cellText(russia)).toBe("(Russia:Entity:State)");
    expect(cellText(edge)).toBe("(state:russia)-[:BORDERS]->(state:north-korea)");
    expect(cellText({ nodes: [russia, korea], relationships: [edge] })).toBe(
      "path of 1 relationships: (Russia:Entity:State) – (North Korea:Entity:State)",
    );
    expect(cellText([1, "a"])).toBe('[1,"a"]');
    expect(cellText(null)).toBe("null");
  });
});

describe("the console's parameters and link", () => {
  it("takes empty text as no parameters and refuses JSON that is not an object", () => {
    expect(parseParams("  ")).toEqual({ params: null });
    expect(parseParams('{"id": "state:russia"}')).toEqual({ params: { id: "state:russia" } });
    expect(parseParams("[1]")).toEqual({
      error: 'Parameters must be a JSON object, as {"id": "state:russia"}.',
    });
    expect("error" in parseParams("{id}")).toBe(true);
  });

  it("reads the query a link carries in ?cypher=", () => {
    expect(queryFromLink("?cypher=MATCH%20(n)%20RETURN%20n")).toBe("MATCH (n) RETURN n");
    expect(queryFromLink("?other=1")).toBeNull();
  });
});
