import { beforeAll, describe, expect, it, type TestContext } from "vitest";
import { useArticleGraph } from "./article.js";
import { awkwardStrings, createTortureGraph } from "./export-torture-graph.js";
import {
  type NetworkxGraph,
  networkxMissing,
  type PythonValue,
  readWithNetworkx,
  useKgxHttp,
  validateGraphml,
} from "./graphml-support.js";
import { useCleanDatabase } from "./neo4j.js";

// The Python type NetworkX gives a value of each GraphML attr.type.
const pythonTypeOf: Record<string, string> = { long: "int", double: "float", boolean: "bool", string: "str" };

/** Skips on a developer machine without NetworkX; CI installs it (.ci/run), so there it fails instead. */
function needNetworkx(context: TestContext): void {
  const missing = networkxMissing();
  if (!missing) return;
  if (process.env.CI) throw new Error(`${missing}: .ci/run installs networkx from PyPI, so CI must have it`);
  context.skip(`${missing}: pip install networkx to run this check (CI always runs it)`);
}

/** Every value NetworkX read has the Python type its key's attr.type promises. */
function mistypedValues(graph: NetworkxGraph): string[] {
  const declared = (target: string) =>
    new Map(graph.keys.filter(([t]) => t === target).map(([, name, type]) => [name, pythonTypeOf[type]]));
  const check = (target: string, owner: string, values: Record<string, PythonValue>) =>
    Object.entries(values)
      .filter(([name, [type]]) => declared(target).get(name) !== type)
      .map(([name, [type]]) => `${owner}.${name} is ${type}, declared ${declared(target).get(name)}`);
  return [
    ...Object.entries(graph.node).flatMap(([id, values]) => check("node", id, values)),
    ...graph.edge.flatMap(([source, target, values]) => check("edge", `${source}->${target}`, values)),
  ];
}

describe("the article graph's GraphML export", () => {
  const db = useArticleGraph();
  const base = useKgxHttp(db);
  let whole: string;
  let neighbourhood: string;

  beforeAll(async () => {
    whole = await (await fetch(`${base()}/export/graphml`)).text();
    neighbourhood = await (await fetch(`${base()}/export/graphml?scope=ids&ids=state:russia&depth=1`)).text();
  });

  it("is valid against the GraphML schema, for the whole graph and for a neighbourhood", async () => {
    expect(neighbourhood.length).toBeLessThan(whole.length);
    expect(await validateGraphml([whole, neighbourhood])).toEqual({ code: 0, errors: "" });
  });

  it("is read by NetworkX with every node, every relationship and the labels of each node", async (context) => {
    needNetworkx(context);
    const { records } = await db().driver.executeQuery(
      // Exports leave out the change log (:Change), which is not part of the graph.
      "MATCH (n) WHERE NOT n:Change WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships",
      {},
      db().queryConfig("READ"),
    );
    const graph = await readWithNetworkx(whole);
    expect([graph.nodes, graph.edges]).toEqual([
      records[0]?.get("nodes").toNumber(),
      records[0]?.get("relationships").toNumber(),
    ]);
    expect(graph.node["state:russia"]).toMatchObject({
      name: ["str", "Russia"],
      labels: ["str", ":Entity:State"],
    });
  });

  it("declares each key with the type of its values: NetworkX reads integers as int and floats as float", async (context) => {
    needNetworkx(context);
    const graph = await readWithNetworkx(whole);
    expect(mistypedValues(graph)).toEqual([]);
    const types = new Set(graph.keys.map(([, , type]) => type));
    expect([...types].sort()).toEqual(expect.arrayContaining(["double", "long", "string"]));
    const claim = Object.values(graph.node).find((values) => values.quantity?.[1] === "6700");
    expect(claim?.quantity).toEqual(["int", "6700"]);
  });
});

describe("the GraphML export of a graph with every property type", () => {
  const db = useCleanDatabase();
  const base = useKgxHttp(db);
  let xml: string;

  beforeAll(async () => {
    await createTortureGraph(db());
    xml = await (await fetch(`${base()}/export/graphml`)).text();
  });

  it("is valid against the GraphML schema despite odd keys, lists, dates, emoji and long strings", async () => {
    expect(await validateGraphml([xml])).toEqual({ code: 0, errors: "" });
  });

  it("would be rejected with line, column and reason if a key name were written unescaped", async () => {
    const unescaped = xml.replace('attr.name="key_x0020_with_x0020_space"', 'attr.name="key with space"');
    const { code, errors } = await validateGraphml([unescaped]);
    expect(code).toBe(1);
    expect(errors).toMatch(
      /export-0\.graphml:\d+:\d+: cvc-datatype-valid.*'key with space' is not a valid value for 'NMTOKEN'/,
    );
  });

  it("keeps numbers exact and typed when NetworkX reads it", async (context) => {
    needNetworkx(context);
    const graph = await readWithNetworkx(xml);
    expect(mistypedValues(graph)).toEqual([]);
    expect(graph.node["thing:numbers"]).toMatchObject({
      one: ["int", "1"],
      oneFloat: ["float", "1.0"],
      int64Max: ["int", "9223372036854775807"],
      int64Min: ["int", "-9223372036854775808"],
      beyondDouble: ["int", "9007199254740993"],
      tenth: ["float", "0.1"],
      negativeZero: ["float", "-0.0"],
      tiny: ["float", "5e-324"],
      nan: ["float", "nan"],
      infinity: ["float", "inf"],
      minusInfinity: ["float", "-inf"],
      yes: ["bool", "True"],
      no: ["bool", "False"],
    });
  });

  it("writes lists as JSON, temporal values as ISO text, and strings as they are", async (context) => {
    needNetworkx(context);
    const graph = await readWithNetworkx(xml);
    expect(graph.node["thing:lists"]).toMatchObject({
      integers: ["str", "[1,-2,3]"],
      floats: ["str", "[1.0,2.5,-0.0]"],
      strings: ["str", '["a","b\\"c","d\\ne",""]'],
      booleans: ["str", "[true,false]"],
      empty: ["str", "[]"],
      dates: ["str", '["2024-02-27","1950-06-25"]'],
    });
    expect(graph.node["thing:time"]).toMatchObject({
      date: ["str", "2024-02-27"],
      zoned: ["str", "2024-09-13T10:15:30.123456789+09:00[Asia/Pyongyang]"],
      span: ["str", "P1Y2M10DT2H30M15.250000000S"],
    });
    const text = (i: number) => graph.node[`thing:string-${i}`]?.text?.[1];
    // NetworkX drops an empty <data> element, so the empty string (0) is not read back.
    for (const i of awkwardStrings.keys()) if (i !== 0 && i !== 8) expect(text(i)).toBe(awkwardStrings[i]);
    expect(text(8)).toBe("nul \ufffd bell \ufffd del \u007f");
  });

  it("escapes key names that are not XML name tokens, and keeps the others", async (context) => {
    needNetworkx(context);
    const graph = await readWithNetworkx(xml);
    expect(Object.keys(graph.node["odd:1"] ?? {}).sort()).toEqual(
      [
        "1st",
        "back_x0060_tick",
        "id",
        "key_x0020_with_x0020_space",
        "labels",
        "match",
        "name",
        "where",
        "ünï",
      ].sort(),
    );
  });
});
