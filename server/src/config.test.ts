import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("listens on loopback port 4000 and starts the embedded Neo4j when nothing is set", () => {
    const config = loadConfig({});
    expect([config.KGX_HOST, config.KGX_PORT, config.NEO4J_URI]).toEqual(["127.0.0.1", 4000, undefined]);
  });

  it("names each bad setting and what it should be", () => {
    expect(() => loadConfig({ KGX_PORT: "99999", NEO4J_URI: "http://localhost:7474" })).toThrow(
      "Invalid setting KGX_PORT: Too big: expected number to be <=65535; NEO4J_URI: a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI",
    );
  });

  it("accepts routing and encrypted Neo4j URIs", () => {
    for (const uri of ["neo4j://db.example:7687", "neo4j+s://x.databases.neo4j.io", "bolt+ssc://10.0.0.1"]) {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });
});
