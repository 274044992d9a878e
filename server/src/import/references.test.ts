import { describe, expect, it } from "vitest";
import { relationshipRules, relationshipTypes } from "../model/relationships.js";
import { referenceFields } from "./references.js";

describe("the dataset's reference fields", () => {
  it("take their allowed kinds from the model's relationship rules, one field per relationship type", () => {
    expect(referenceFields).toHaveLength(relationshipTypes.length);
    expect(referenceFields).toContainEqual(["transfers", "from", ["person", "state", "organization"]]);
    expect(referenceFields).toContainEqual(["transfers", "carries.item", ["item"]]);
    expect(referenceFields).toContainEqual(["people", "leads.state", ["state"]]);
    expect(referenceFields).toContainEqual(["claims", "source", ["source"]]);
    const about = referenceFields.find(([, field]) => field === "about");
    expect(about?.[2]).toHaveLength(9);
    expect(relationshipRules.REPORTED_IN.field).toBe("source");
  });
});
