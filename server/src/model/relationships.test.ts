import { describe, expect, it } from "vitest";
import { namedQuery } from "../cypher/named-queries.js";
import { entityLabels } from "./labels.js";
import { endsProblem, propertyProblems, type RelationshipRule, relationshipRules } from "./relationships.js";

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

describe("the hub's neighbourhood query and the rules", () => {
  // neighbourhood-1 reads entities, then transfers, through the relationship types at whose far end the rules
  // allow only those kinds (decision 0057). A rule changed here must change the query too, or its kinds would
  // come out of order; this test says which list to change.
  const query = namedQuery("queries/graph.cypher", "neighbourhood-1");
  const [entityPart = "", rest = ""] = query.split("AS entities");
  const [transferPart = ""] = rest.split("AS transfers");
  const typesIn = (part: string, arrow: "out" | "in") =>
    [...part.matchAll(arrow === "out" ? /\(centre\)-\[r:([A-Z_|]+)\]->/g : /\(centre\)<-\[r:([A-Z_|]+)\]-/g)]
      .flatMap((match) => (match[1] ?? "").split("|"))
      .filter((type) => type !== "ABOUT")
      .sort();
  const rulesWhere = (test: (rule: RelationshipRule) => boolean) =>
    (Object.entries(relationshipRules) as [string, RelationshipRule][])
      .filter(([type, rule]) => type !== "ABOUT" && test(rule))
      .map(([type]) => type)
      .sort();
  const only = (labels: readonly string[], allowed: readonly string[]) =>
    labels.every((label) => allowed.includes(label));
  const entity = ["Entity", ...entityLabels];

  it("reads entities through every type whose far end is only ever an entity", () => {
    expect(typesIn(entityPart, "out")).toEqual(rulesWhere((rule) => only(rule.to, entity)));
    expect(typesIn(entityPart, "in")).toEqual(rulesWhere((rule) => only(rule.from, entity)));
  });

  it("reads transfers through every type whose far end is only ever a transfer", () => {
    expect(typesIn(transferPart, "in")).toEqual(rulesWhere((rule) => only(rule.from, ["Transfer"])));
    expect(typesIn(transferPart, "out")).toEqual(rulesWhere((rule) => only(rule.to, ["Transfer"])));
  });
});
