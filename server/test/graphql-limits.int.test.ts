import { beforeAll, describe, expect, it } from "vitest";
import { requestLimits } from "../src/graphql/limits.js";
import type { KgxYoga } from "../src/graphql/yoga.js";
import { useArticleGraph } from "./article.js";
import { codes, post, testYoga } from "./graphql-support.js";

const db = useArticleGraph();
let yoga: KgxYoga;
beforeAll(() => {
  yoga = testYoga(db(), { maxBodyBytes: 200_000 });
});

describe("request limits", () => {
  it("refuses a query nested deeper than the depth limit with QUERY_TOO_DEEP", async () => {
    let selection = "id";
    for (let level = 0; level < requestLimits.maxDepth; level += 1)
      selection = `contradicts { ${selection} }`;
    const answer = await post(yoga, `{ claim(id: "claim:shin-3-million-shells") { ${selection} } }`);
    expect(codes(answer)).toContain("QUERY_TOO_DEEP");
  });

  it("refuses a query whose cost is over the limit with QUERY_TOO_COSTLY", async () => {
    const fields = Array.from(
      { length: 12 },
      (_, i) =>
        `f${i}: transfers(first: 100) { nodes { from { id } to { id } items { unit } claims { id } } }`,
    );
    const answer = await post(yoga, `{ ${fields.join(" ")} }`);
    expect(codes(answer)).toContain("QUERY_TOO_COSTLY");
  });

  it("refuses more aliases than allowed with TOO_MANY_ALIASES", async () => {
    const aliases = Array.from(
      { length: requestLimits.maxAliases + 1 },
      (_, i) => `a${i}: node(id: "state:russia") { id }`,
    );
    const answer = await post(yoga, `{ ${aliases.join(" ")} }`);
    expect(codes(answer)).toContain("TOO_MANY_ALIASES");
  });

  it("refuses a document with more tokens than allowed with TOO_MANY_TOKENS", async () => {
    const answer = await post(
      yoga,
      `{ node(id: "state:russia") { ${"id ".repeat(requestLimits.maxTokens)} } }`,
    );
    expect(codes(answer)).toContain("TOO_MANY_TOKENS");
  });

  it("refuses a page or neighbourhood larger than allowed with BAD_USER_INPUT", async () => {
    expect(codes(await post(yoga, "{ transfers(first: 101) { nodes { id } } }"))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await post(yoga, '{ search(query: "kim", first: 101) { id } }'))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(
      codes(await post(yoga, '{ neighbourhood(id: "state:russia", limit: 100000) { truncated } }')),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await post(yoga, '{ paths(from: "a:b", to: "c:d", maxLength: 50) { truncated } }'))).toEqual(
      ["BAD_USER_INPUT"],
    );
  });

  it("refuses a request body over the size limit with 413 and REQUEST_TOO_LARGE, with or without a length", async () => {
    const big = JSON.stringify({ query: `{ search(query: "${"a".repeat(300_000)}") { id } }` });
    for (const headers of [
      { "content-type": "application/json" },
      { "content-type": "application/json", "content-length": String(big.length) },
    ]) {
      const response = await yoga.fetch("http://kgx.test/graphql", { method: "POST", headers, body: big });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("REQUEST_TOO_LARGE");
    }
  });
});

describe("errors", () => {
  it("masks unexpected errors and never shows a stack or Cypher", async () => {
    const answer = await post(yoga, '{ node(id: "state:russia") { id nope } }');
    expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    expect(answer.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(answer)).not.toMatch(/stack|MATCH|Neo4jError/);
  });
});

describe("CORS and GraphiQL", () => {
  const preflight = (server: KgxYoga) =>
    server.fetch("http://kgx.test/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
    });

  it("allows no other origin by default, and the origins configured when set", async () => {
    expect((await preflight(yoga)).headers.get("access-control-allow-origin")).toBeNull();
    const open = testYoga(db(), { corsOrigins: ["https://elsewhere.example"] });
    expect((await preflight(open)).headers.get("access-control-allow-origin")).toBe(
      "https://elsewhere.example",
    );
  });

  it("serves GraphiQL to a browser only when it is turned on", async () => {
    const page = (server: KgxYoga) =>
      server.fetch("http://kgx.test/graphql", { headers: { accept: "text/html" } });
    expect((await (await page(testYoga(db(), { graphiql: true }))).text()).toLowerCase()).toContain(
      "graphiql",
    );
    expect((await (await page(yoga)).text()).toLowerCase()).not.toContain("graphiql");
  });

  it("serves GraphiQL's code itself, naming no CDN, under a policy that allows only the kgx server", async () => {
    const answer = await testYoga(db(), { graphiql: true }).fetch("http://kgx.test/graphql", {
      headers: { accept: "text/html" },
    });
    const html = await answer.text();
    expect(html).toContain("renderYogaGraphiQL");
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|(src|href)="?https?:/);
    expect(answer.headers.get("content-security-policy")).toMatch(/^default-src 'self';.*connect-src 'self'/);
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
