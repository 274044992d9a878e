import { beforeAll, describe, expect, it } from "vitest";
import { useArticleGraph } from "./article.js";
import { useKgxHttp } from "./graphml-support.js";
import { post, testYoga } from "./graphql-support.js";

/** A view as the page has it: a transfer and the claims about it, with only the ABOUT edges drawn. */
interface View {
  nodes: string[];
  edges: string[];
  /** Every CLAIMED_BY and REPORTED_IN of the view's claims, as `source>TYPE>target`. */
  provenance: string[];
  /** The claimants and sources those lead to. */
  claimants: Set<string>;
  sources: Set<string>;
}

/** The `source>TYPE>target` of the CLAIMED_BY and REPORTED_IN relationships a file of `format` holds. */
function provenanceIn(format: string, text: string): string[] {
  const found: string[] = [];
  const add = (source: string, type: string, target: string) => {
    if (type === "CLAIMED_BY" || type === "REPORTED_IN") found.push(`${source}>${type}>${target}`);
  };
  if (format === "json") {
    const body = JSON.parse(text) as { edges: { source: string; type: string; target: string }[] };
    for (const e of body.edges) add(e.source, e.type, e.target);
  } else if (format === "cyjs") {
    const body = JSON.parse(text) as {
      elements: { edges: { data: { source: string; type: string; target: string } }[] };
    };
    for (const { data } of body.elements.edges) add(data.source, data.type, data.target);
  } else if (format === "graphml") {
    for (const m of text.matchAll(/<edge [^>]*source="([^"]+)" target="([^"]+)">\s*<data key="type">(\w+)</g))
      add(m[1] ?? "", m[3] ?? "", m[2] ?? "");
  } else if (format === "csv") {
    for (const line of text.split("\n").slice(1)) {
      const [source, target, type] = line.split(",");
      if (source && target && type) add(source, type, target);
    }
  } else {
    // Cypher: each relationship statement says its type once; its rows start with [source, target.
    for (const statement of text.split(/^;$/m)) {
      const type = /CREATE \(a\)-\[r:`?(\w+)`?\]->\(b\)/.exec(statement)?.[1];
      if (!type) continue;
      for (const m of statement.matchAll(/^\["([^"]+)", "([^"]+)"/gm)) add(m[1] ?? "", type, m[2] ?? "");
    }
  }
  return found.sort();
}

describe("exports of a view keep the provenance of its claims", () => {
  const db = useArticleGraph();
  const base = useKgxHttp(db);
  let view: View;

  beforeAll(async () => {
    // The transfer with the most claims about it.
    const { records } = await db().driver.executeQuery(
      `MATCH (t:Transfer)<-[:ABOUT]-(c:Claim)
       WITH t, collect(c.id) AS claims ORDER BY size(claims) DESC, t.id LIMIT 1
       UNWIND claims AS claimId
       MATCH (c:Claim {id: claimId})-[r:CLAIMED_BY|REPORTED_IN]->(other)
       RETURN t.id AS transfer, c.id AS claim, type(r) AS type, other.id AS other`,
      {},
      db().queryConfig("READ"),
    );
    const transfer = records[0]?.get("transfer") as string;
    const claims = [...new Set(records.map((r) => r.get("claim") as string))].sort();
    view = {
      nodes: [transfer, ...claims],
      edges: claims.map((claim) => `${claim}>ABOUT>${transfer}`),
      provenance: records.map((r) => `${r.get("claim")}>${r.get("type")}>${r.get("other")}`).sort(),
      claimants: new Set(records.filter((r) => r.get("type") === "CLAIMED_BY").map((r) => r.get("other"))),
      sources: new Set(records.filter((r) => r.get("type") === "REPORTED_IN").map((r) => r.get("other"))),
    };
    expect(claims.length).toBeGreaterThan(2);
  });

  const download = async (format: string, part?: string) => {
    const response = await fetch(`${base()}/export/${format}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        scope: "subgraph",
        nodes: view.nodes,
        edges: view.edges,
        ...(part ? { part } : {}),
      }),
    });
    expect(response.status).toBe(200);
    return { text: await response.text(), note: response.headers.get("x-kgx-provenance") };
  };

  it("puts every claim's CLAIMED_BY and REPORTED_IN in the view's JSON, with the claimants and sources the view lacked", async () => {
    const { text, note } = await download("json");
    const body = JSON.parse(text) as {
      graph: { provenance: { claimants: number; sources: number; note: string } };
      nodes: { id: string }[];
    };
    expect(provenanceIn("json", text)).toEqual(view.provenance);
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const id of [...view.claimants, ...view.sources]) expect(ids.has(id)).toBe(true);
    expect(body.graph.provenance).toMatchObject({
      claimants: view.claimants.size,
      sources: view.sources.size,
    });
    expect(body.graph.provenance.note).toMatch(
      new RegExp(`^${view.claimants.size} claimants? and ${view.sources.size} sources? added for provenance`),
    );
    expect(note).toBe(body.graph.provenance.note);
  });

  it.each([
    ["cypher", undefined],
    ["cyjs", undefined],
    ["graphml", undefined],
    ["csv", "relationships"],
  ])(
    "puts every claim's CLAIMED_BY and REPORTED_IN in the view's %s export too, and says so",
    async (format, part) => {
      const { text, note } = await download(format, part);
      expect(provenanceIn(format, text)).toEqual(view.provenance);
      expect(note).toMatch(/added for provenance/);
      if (format === "cypher") expect(text).toContain(`// ${note}`);
      if (format === "graphml") expect(text).toContain(`<data key="provenance">${note}</data>`);
      if (format === "cyjs")
        expect((JSON.parse(text) as { data: { provenance: string } }).data.provenance).toBe(note);
    },
  );

  it("adds the provenance to a neighbourhood export (scope=ids) as well", async () => {
    const claim = view.nodes[1] ?? "";
    const response = await fetch(`${base()}/export/json?scope=ids&ids=${encodeURIComponent(claim)}`);
    const found = provenanceIn("json", await response.text());
    expect(found).toEqual(view.provenance.filter((p) => p.startsWith(`${claim}>`)));
  });

  it("answers GraphQL's export of a view with the provenance and the note", async () => {
    const answer = await post(
      testYoga(db()),
      "query ($ids: [ID!], $edges: [ID!]) { export(format: JSON, ids: $ids, edges: $edges) { provenance content } }",
      { ids: view.nodes, edges: view.edges },
    );
    const exported = answer.data?.export as { provenance: string; content: string };
    expect(provenanceIn("json", exported.content)).toEqual(view.provenance);
    expect(exported.provenance).toMatch(/added for provenance/);
  });

  it("adds nothing to the whole graph, which holds every claimant and source already", async () => {
    const response = await fetch(`${base()}/export/json`);
    expect(response.headers.get("x-kgx-provenance")).toBeNull();
    expect((JSON.parse(await response.text()) as { graph: object }).graph).not.toHaveProperty("provenance");
  });
});
