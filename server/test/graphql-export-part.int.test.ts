import { describe, expect, it } from "vitest";
import { codes, post, testYoga } from "./graphql-support.js";
import { useCleanDatabase } from "./neo4j.js";

const db = useCleanDatabase();

describe("GraphQL export's csvPart", () => {
  it("refuses an unknown part as bad input naming the parts there are, instead of giving the nodes", async () => {
    const answer = await post(testYoga(db()), '{ export(format: CSV, csvPart: "x") { fileName content } }');
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.message).toBe(
      "Unknown part 'x': a CSV export is two files, part=nodes and part=relationships.",
    );
    expect(answer.data?.export ?? null).toBeNull();
  });

  it("gives the relationships file when asked for it, and the nodes file by default", async () => {
    const yoga = testYoga(db());
    const relationships = await post(yoga, '{ export(format: CSV, csvPart: "relationships") { fileName } }');
    const nodes = await post(yoga, "{ export(format: CSV) { fileName } }");
    expect([relationships.data?.export, nodes.data?.export]).toEqual([
      { fileName: "kgx-graph-relationships.csv" },
      { fileName: "kgx-graph-nodes.csv" },
    ]);
  });

  it("says exports are served over HTTP when the GraphQL server was built without the export runner", async () => {
    const answer = await post(
      testYoga(db(), { smallExport: undefined }),
      "{ export(format: CSV) { fileName } }",
    );
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.message).toBe("This server serves exports at GET /export/{format} only.");
  });
});
