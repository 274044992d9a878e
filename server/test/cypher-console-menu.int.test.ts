import { beforeAll, describe, expect, it } from "vitest";
import { readNamedQueriesIn } from "../src/cypher/named-queries.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { dataOf, dumpGraph, post, testYoga } from "./graphql-support.js";
import { useTestServer } from "./http-support.js";

/** The console's menu, its completion names and POST /cypher, on the article graph. */
const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface MenuQuery {
  name: string;
  file: string;
  text: string;
  parameters: string[];
}

interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: { nodes: { id: string; kind: string }[]; edges: { source: string; target: string; type: string }[] };
}

const cypherQuery = `query($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) { columns rows truncated graph { nodes { id kind } edges { source target type } } }
}`;

async function menu(): Promise<MenuQuery[]> {
  return dataOf<MenuQuery[]>(await post(yoga, "{ cypherMenu { name file text parameters } }"), "cypherMenu");
}

describe("the Cypher console's menu", () => {
  it("compiles every named query in cypher/console/ (EXPLAIN)", async () => {
    const queries = readNamedQueriesIn("console");
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(["nodes-by-element-id", "schema", "who-denies"]),
    );
    for (const query of queries) {
      const { summary } = await db().driver.executeQuery(
        `EXPLAIN ${query.text}`,
        {},
        db().queryConfig("READ"),
      );
      expect(summary.queryType, query.name).toBe("r");
    }
  });

  it("offers the three article examples first, then kgx's named queries that only read", async () => {
    const queries = await menu();
    expect(queries.slice(0, 3).map((q) => q.name)).toEqual([
      "who-denies",
      "figures-that-disagree",
      "shipping-route",
    ]);
    const files = new Set(queries.map((q) => q.file));
    expect(files).toContain("queries/graph.cypher");
    expect(files).toContain("queries/article-questions.cypher");
    const names = queries.map((q) => q.name);
    expect(names).toContain("neighbourhood-1");
    expect(names).not.toContain("create-node");
    expect(names).not.toContain("record-change");
    expect(queries.find((q) => q.name === "node")?.parameters).toEqual(["id"]);
  });

  it("answers each example with rows and a graph to draw", async () => {
    for (const example of (await menu()).filter((q) => q.file === "console/examples.cypher")) {
      const answer = dataOf<CypherAnswer>(await post(yoga, cypherQuery, { query: example.text }), "cypher");
      expect(answer.rows.length, example.name).toBeGreaterThan(0);
      expect(answer.graph.nodes.length, example.name).toBeGreaterThan(1);
      expect(answer.graph.edges.length, example.name).toBeGreaterThan(0);
    }
  });

  it("runs a named query with its parameters as the user fills them in", async () => {
    const node = (await menu()).find((q) => q.name === "node") as MenuQuery;
    const answer = dataOf<CypherAnswer>(
      await post(yoga, cypherQuery, { query: node.text, params: { id: "state:russia" } }),
      "cypher",
    );
    expect(answer.rows).toHaveLength(1);
  });

  it("names the labels, relationship types and property keys in use for completion", async () => {
    const schema = dataOf<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>(
      await post(yoga, "{ cypherSchema { labels relationshipTypes propertyKeys } }"),
      "cypherSchema",
    );
    expect(schema.labels).toEqual(expect.arrayContaining(["Person", "State", "Claim", "Transfer"]));
    expect(schema.relationshipTypes).toEqual(expect.arrayContaining(["CLAIMED_BY", "ABOUT", "VIA"]));
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "quote"]));
  });
});

describe("POST /cypher", () => {
  const base = useTestServer(db);

  const postCypher = (body: unknown) =>
    fetch(`${base()}/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("answers a script with the same rows and graph as the GraphQL field", async () => {
    const query =
      "MATCH p = (:State {name: 'Russia'})--() RETURN p ORDER BY elementId(last(nodes(p))) LIMIT 3";
    const response = await postCypher({ query });
    expect(response.status).toBe(200);
    const body = (await response.json()) as CypherAnswer;
    const viaGraphQL = dataOf<CypherAnswer>(await post(yoga, cypherQuery, { query }), "cypher");
    expect(body.rows).toEqual(viaGraphQL.rows);
    expect(body.graph.nodes.map((n) => [n.id, n.kind])).toEqual(
      viaGraphQL.graph.nodes.map((n) => [n.id, n.kind]),
    );
  });

  it("refuses a write with its code and leaves the graph as it was", async () => {
    const before = await dumpGraph(db());
    const response = await postCypher({ query: "MATCH (n) DETACH DELETE n", params: {} });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "CYPHER_NOT_READ_ONLY" } });
    expect(await dumpGraph(db())).toBe(before);
  });

  it("says what is wrong with a body that is not {query, params}", async () => {
    const response = await fetch(`${base()}/cypher`, { method: "POST", body: "MATCH (n) RETURN n" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    expect((await fetch(`${base()}/cypher`)).status).toBe(405);
  });
});
