import { describe, expect, it } from "vitest";
import { ConsoleError } from "./console-error.js";
import { checkText } from "./text-check.js";

function refusal(query: string): { code: string; message: string } | undefined {
  try {
    checkText(query);
    return undefined;
  } catch (error) {
    if (error instanceof ConsoleError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe("the console's text check", () => {
  it.each([
    "MATCH (start:State)-[r]->(end) RETURN start, r, end",
    "MATCH (n {set: 1, use: 2}) RETURN n.create, n.delete",
    "MATCH (n:Person) WHERE n.name CONTAINS 'CREATE (x)' RETURN n // DETACH DELETE n",
    "MATCH p = shortestPath((a:State)-[*..4]-(b:State)) RETURN p, apoc.text.join(['a'], ',') AS s",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (n) WHERE EXISTS { (n)-[:ABOUT]->() } RETURN count(n)",
  ])("lets a read through: %s", (query) => {
    expect(refusal(query)).toBeUndefined();
  });

  it("returns the statement without its final semicolon", () => {
    expect(checkText("RETURN 1 AS one;  ")).toBe("RETURN 1 AS one");
  });

  it("names the word it refuses with its line and column", () => {
    expect(refusal("MATCH (n)\n  DETACH DELETE n")).toEqual({
      code: "CYPHER_NOT_READ_ONLY",
      message: "DETACH at line 2, column 3 writes to the graph: the console only reads.",
    });
  });

  it("joins a procedure's name across comments, quotes and spaces", () => {
    expect(refusal("CALL `apoc` /* x */ . `cypher`.run('x', {})")?.message).toMatch(/"apoc.cypher.run"/);
  });

  it("refuses a second statement even when the first is harmless", () => {
    expect(refusal("RETURN 1; RETURN 2")?.code).toBe("CYPHER_MULTIPLE_STATEMENTS");
  });
});
