import { describe, expect, it } from "vitest";
import { endsProblem, propertyProblems } from "./relationships.js";

describe("the relationship rules", () => {
  it("name the rule and the odd end when a relationship connects the wrong kinds", () => {
    const state = (id: string) => ({ id, labels: ["Entity", "State"] });
    expect(endsProblem("CLAIMED_BY", state("state:north-korea"), state("state:russia"))).toBe(
      "CLAIMED_BY goes from a Claim to a Person, State or Organization; state:north-korea is a State",
    );
    expect(endsProblem("INVOLVES", { id: "event:x", labels: ["Entity", "Event"] }, state("state:a"))).toBe(
      undefined,
    );
    expect(
      endsProblem("VIA", { id: "transfer:t", labels: ["Transfer"] }, { id: "c", labels: ["Change"] }),
    ).toBe("VIA goes from a Transfer to a Place; c is a node outside the model (Change)");
  });

  it("check each property's name, type, range and presence, ignoring who and when", () => {
    expect(propertyProblems("CARRIES", { quantity: -1, unit: "t", createdBy: "alice" })).toEqual([
      "CARRIES quantity must be at least 0",
    ]);
    expect(propertyProblems("CARRIES", { quantity: "many" })).toEqual(["CARRIES quantity must be a number"]);
    expect(propertyProblems("VIA", { title: "Port" })).toEqual([
      "VIA has no property title (it takes only order)",
    ]);
    expect(propertyProblems("OFFICIAL_OF", {})).toEqual(["OFFICIAL_OF needs title"]);
  });
});
