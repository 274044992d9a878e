import { describe, expect, it } from "vitest";
import { namedQuery } from "../cypher/named-queries.js";
import { fulltextIndexOf, sameFulltextIndex } from "./schema.js";

describe("the full-text index of cypher/schema.cypher", () => {
  it("is read from its statement with its labels, properties and analyzer", () => {
    const search = fulltextIndexOf(namedQuery("schema.cypher", "search"));
    expect(search).toEqual({
      name: "kgx_search",
      labels: [
        "Entity",
        "Person",
        "State",
        "Organization",
        "Place",
        "Item",
        "Event",
        "Transfer",
        "Claim",
        "Source",
      ],
      properties: ["name", "aliases", "description", "text", "quote"],
      analyzer: "standard-folding",
    });
    expect(fulltextIndexOf(namedQuery("schema.cypher", "entity-id"))).toBeUndefined();
  });

  it("differs from an index of the same name with Neo4j's default analyzer or other properties", () => {
    const wanted = fulltextIndexOf(namedQuery("schema.cypher", "search"));
    if (!wanted) throw new Error("no search index in schema.cypher");
    expect(sameFulltextIndex({ ...wanted, labels: [...wanted.labels].reverse() }, wanted)).toBe(true);
    expect(sameFulltextIndex({ ...wanted, analyzer: "standard-no-stop-words" }, wanted)).toBe(false);
    expect(sameFulltextIndex({ ...wanted, properties: ["name"] }, wanted)).toBe(false);
  });
});
