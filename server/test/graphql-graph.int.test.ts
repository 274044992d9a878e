import type { Node, Relationship } from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { toEdgeRecords } from "../src/graphql/graph-records.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { codes, dataOf, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db());
});

interface Sub {
  nodes: { id: string; kind: string; degree: number }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
  truncated: boolean;
  cypher: string;
}
const subgraphFields = "nodes { id kind degree } edges { id type source target properties } truncated cypher";

async function trueDegree(id: string): Promise<number> {
  const { records } = await db().driver.executeQuery(
    "MATCH (n {id: $id}) RETURN COUNT { (n)--() } AS degree",
    { id },
    db().queryConfig("READ"),
  );
  return Number(records[0]?.get("degree"));
}

/** Runs a Subgraph's cypher through the driver and returns what it gives, as node ids and edge ids. */
async function runCypher(cypher: string): Promise<{ nodes: string[]; edges: string[] }> {
  const { records } = await db().driver.executeQuery(cypher, {}, db().queryConfig("READ"));
  const record = records[0];
  if (!record) return { nodes: [], edges: [] };
  const nodes = record.get("nodes") as Node[];
  const idOf = new Map(nodes.map((node) => [node.elementId, String(node.properties.id)]));
  const edges = toEdgeRecords(
    (record.get("relationships") as Relationship[]).map((r) => ({
      type: r.type,
      source: idOf.get(r.startNodeElementId),
      target: idOf.get(r.endNodeElementId),
      properties: r.properties,
    })),
  );
  return { nodes: [...idOf.values()].sort(), edges: edges.map((edge) => edge.id).sort() };
}

function idsOf(subgraph: Sub) {
  return { nodes: subgraph.nodes.map((n) => n.id).sort(), edges: subgraph.edges.map((e) => e.id).sort() };
}

describe("search", () => {
  const search = async (query: string, extra = "") => {
    const answer = await post(yoga, `query($q: String!) { search(query: $q${extra}) { id kind name } }`, {
      q: query,
    });
    expect(answer.errors).toBeUndefined();
    return dataOf<{ id: string; kind: string }[]>(answer, "search").map((node) => node.id);
  };

  it("finds a person by name, by a partial word and despite a typo", async () => {
    expect((await search("Kim Jong Un"))[0]).toBe("person:kim-jong-un");
    expect((await search("Zelen"))[0]).toBe("person:volodymyr-zelensky");
    expect((await search("Vladimr Putn"))[0]).toBe("person:vladimir-putin");
  });

  it("finds claims by the words of their quotes and filters by kind", async () => {
    const claims = await search("containers", ', kinds: ["claim"]');
    expect(claims).toContain("claim:shin-6700-containers");
    expect(claims.every((id) => id.startsWith("claim:"))).toBe(true);
  });

  it("treats Lucene syntax typed by a user as text, never as an error", async () => {
    for (const text of ['Kim "Jong', "AND OR (", "*", "\\", "name:kim~", "[a TO z]", "", "   "]) {
      await search(text);
    }
    expect((await search('Kim "Jong'))[0]).toBe("person:kim-jong-un");
  });

  it("refuses an unknown kind with BAD_USER_INPUT", async () => {
    const answer = await post(yoga, '{ search(query: "kim", kinds: ["planet"]) { id } }');
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("node", () => {
  it("gives a node's kind, labels, name, true degree and JSON properties", async () => {
    const answer = await post(
      yoga,
      '{ node(id: "source:yonhap-shin-containers") { id kind labels name degree properties } }',
    );
    const node = dataOf<{
      kind: string;
      labels: string[];
      degree: number;
      properties: Record<string, unknown>;
    }>(answer, "node");
    expect(node.kind).toBe("source");
    expect(node.labels).toEqual(["Source"]);
    expect(node.degree).toBe(await trueDegree("source:yonhap-shin-containers"));
    expect(node.properties.publishedOn).toBe("2024-02-27");
  });

  it("answers null for an id that names nothing", async () => {
    const answer = await post(yoga, '{ node(id: "person:nobody") { id } }');
    expect(answer.data?.node).toBeNull();
  });
});

describe("neighbourhood", () => {
  it("returns a node, its neighbours and the relationships among them, with stable edge ids", async () => {
    const answer = await post(yoga, `{ neighbourhood(id: "state:russia") { ${subgraphFields} } }`);
    const sub = dataOf<Sub>(answer, "neighbourhood");
    expect(sub.truncated).toBe(false);
    expect(sub.nodes.length).toBe(1 + (await trueDegreeDistinct("state:russia")));
    expect(sub.edges.map((e) => e.id)).toContain("person:vladimir-putin>LEADS>state:russia");
    expect(sub.edges.find((e) => e.type === "LEADS")?.properties).toMatchObject({ title: "President" });
    expect(sub.nodes.find((n) => n.id === "person:vladimir-putin")?.kind).toBe("person");
  });

  it("caps a hub at `limit` neighbours, says it is truncated and still gives the hub's true degree", async () => {
    const hub = "source:time-nk-russia-arms";
    const answer = await post(yoga, `{ neighbourhood(id: "${hub}", limit: 5) { ${subgraphFields} } }`);
    const sub = dataOf<Sub>(answer, "neighbourhood");
    expect(sub.nodes).toHaveLength(6);
    expect(sub.truncated).toBe(true);
    const degree = await trueDegree(hub);
    expect(degree).toBeGreaterThan(5);
    expect(sub.nodes.find((n) => n.id === hub)?.degree).toBe(degree);
  });

  it("follows only the relationship types asked for, and goes deeper with depth", async () => {
    const only = await post(
      yoga,
      `{ neighbourhood(id: "state:russia", edgeTypes: ["LEADS"]) { ${subgraphFields} } }`,
    );
    expect(idsOf(dataOf<Sub>(only, "neighbourhood")).nodes).toEqual([
      "person:vladimir-putin",
      "state:russia",
    ]);
    const deeper = await post(
      yoga,
      `{ neighbourhood(id: "state:russia", depth: 2, limit: 1000) { ${subgraphFields} } }`,
    );
    expect(dataOf<Sub>(deeper, "neighbourhood").nodes.length).toBeGreaterThan(
      1 + (await trueDegreeDistinct("state:russia")),
    );
  });

  it("gives a Cypher query that returns exactly the same nodes and edges through the driver", async () => {
    for (const args of [
      'id: "state:russia"',
      'id: "source:time-nk-russia-arms", limit: 5',
      'id: "item:artillery-shells", depth: 2, edgeTypes: ["CARRIES", "ABOUT"]',
    ]) {
      const answer = await post(yoga, `{ neighbourhood(${args}) { ${subgraphFields} } }`);
      const sub = dataOf<Sub>(answer, "neighbourhood");
      expect(sub.cypher.split("\n")[0]).toBe(
        `// kgx: ${sub.nodes.length} nodes and ${sub.edges.length} relationships`,
      );
      expect(await runCypher(sub.cypher)).toEqual(idsOf(sub));
    }
  });

  it("says NOT_FOUND for an unknown id and BAD_USER_INPUT for a depth or type it does not allow", async () => {
    expect(codes(await post(yoga, '{ neighbourhood(id: "state:atlantis") { truncated } }'))).toEqual([
      "NOT_FOUND",
    ]);
    expect(codes(await post(yoga, '{ neighbourhood(id: "state:russia", depth: 9) { truncated } }'))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(
      codes(await post(yoga, '{ neighbourhood(id: "state:russia", edgeTypes: ["KNOWS"]) { truncated } }')),
    ).toEqual(["BAD_USER_INPUT"]);
  });
});

async function trueDegreeDistinct(id: string): Promise<number> {
  const { records } = await db().driver.executeQuery(
    "MATCH (n {id: $id})--(m) RETURN count(DISTINCT m) AS neighbours",
    { id },
    db().queryConfig("READ"),
  );
  return Number(records[0]?.get("neighbours"));
}

describe("paths", () => {
  it("finds the shortest paths between two entities, each with its own Cypher", async () => {
    const answer = await post(
      yoga,
      `{ paths(from: "person:kim-jong-un", to: "person:vladimir-putin", limit: 3) { ${subgraphFields} } }`,
    );
    const paths = dataOf<Sub[]>(answer, "paths");
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe("person:kim-jong-un");
      expect(path.nodes.at(-1)?.id).toBe("person:vladimir-putin");
      expect(path.edges.length).toBeGreaterThanOrEqual(path.nodes.length - 1);
      expect(await runCypher(path.cypher)).toEqual(idsOf(path));
    }
  });

  it("runs through entities and transfers only, unless includeClaims lets it through claims and sources", async () => {
    const query = `query($includeClaims: Boolean) {
      paths(from: "person:kim-jong-un", to: "person:volodymyr-zelensky", includeClaims: $includeClaims) {
        ${subgraphFields}
      }
    }`;
    const kindsOf = (paths: Sub[]) => new Set(paths.flatMap((path) => path.nodes.map((node) => node.kind)));
    const through = (paths: Sub[]) =>
      [...kindsOf(paths)].filter((kind) => kind === "claim" || kind === "source");
    const plain = dataOf<Sub[]>(await post(yoga, query, {}), "paths");
    expect(plain.length).toBeGreaterThan(0);
    expect(through(plain)).toEqual([]);
    const withClaims = dataOf<Sub[]>(await post(yoga, query, { includeClaims: true }), "paths");
    expect(through(withClaims).length).toBeGreaterThan(0);
    expect(withClaims[0]?.edges.length).toBeLessThan(plain[0]?.edges.length ?? 0);
    for (const path of [...plain, ...withClaims]) expect(await runCypher(path.cypher)).toEqual(idsOf(path));
  });

  it("answers an empty list when no path is short enough, the ids name nothing, or both are the same node", async () => {
    const tooShort = await post(
      yoga,
      '{ paths(from: "person:kim-jong-un", to: "place:dunay-port", maxLength: 1) { truncated } }',
    );
    expect(tooShort.data?.paths).toEqual([]);
    const nowhere = await post(
      yoga,
      '{ paths(from: "person:kim-jong-un", to: "state:atlantis") { truncated } }',
    );
    expect(nowhere.data?.paths).toEqual([]);
    const itself = await post(
      yoga,
      '{ paths(from: "person:kim-jong-un", to: "person:kim-jong-un") { truncated } }',
    );
    expect(itself.data?.paths).toEqual([]);
  });
});

describe("graph", () => {
  it("returns the whole graph or some kinds, with truncated when over the limit", async () => {
    const all = dataOf<Sub>(await post(yoga, `{ graph { ${subgraphFields} } }`), "graph");
    const { records } = await db().driver.executeQuery(
      "MATCH (n) WHERE NOT n:Change RETURN count(n) AS n", // the change log is not part of the graph
      {},
      db().queryConfig("READ"),
    );
    expect(all.nodes).toHaveLength(Number(records[0]?.get("n")));
    expect(all.truncated).toBe(false);
    expect(await runCypher(all.cypher)).toEqual(idsOf(all));
    const states = (await post(yoga, `{ graph(kinds: ["state"], limit: 2) { ${subgraphFields} } }`)).data
      ?.graph as Sub;
    expect(states.nodes.map((n) => n.kind)).toEqual(["state", "state"]);
    expect(states.truncated).toBe(true);
  });

  it("returns the nodes of a list of ids and only the relationships among them, leaving unknown ids out", async () => {
    const ids = ["state:north-korea", "state:russia", "person:kim-jong-un", "nobody:here"];
    const view = dataOf<Sub>(
      await post(yoga, `query($ids: [ID!]) { graph(ids: $ids) { ${subgraphFields} } }`, { ids }),
      "graph",
    );
    expect(view.nodes.map((n) => n.id)).toEqual(["person:kim-jong-un", "state:north-korea", "state:russia"]);
    const { records } = await db().driver.executeQuery(
      "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n",
      { ids },
      db().queryConfig("READ"),
    );
    expect(view.edges.length).toBe(Number(records[0]?.get("n")));
    expect(view.edges.map((e) => e.id)).toContain("person:kim-jong-un>LEADS>state:north-korea");
    expect(await runCypher(view.cypher)).toEqual(idsOf(view));
  });

  it("refuses more than 5000 ids, or ids with kinds, with BAD_USER_INPUT", async () => {
    const many = Array.from({ length: 5001 }, (_, i) => `state:${i}`);
    const tooMany = await post(yoga, "query($ids: [ID!]) { graph(ids: $ids) { truncated } }", { ids: many });
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(tooMany.errors?.[0]?.message).toContain("at most 5000");
    const both = await post(yoga, '{ graph(ids: ["state:russia"], kinds: ["state"]) { truncated } }');
    expect(codes(both)).toEqual(["BAD_USER_INPUT"]);
  });
});
