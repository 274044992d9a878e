import neo4j from "neo4j-driver";
import type { Database } from "../src/neo4j/database.js";

/** Strings a Cypher writer can get wrong: quotes, escapes, script syntax inside strings, unicode, emoji. */
export const awkwardStrings = [
  "",
  "plain",
  `single ' and double " quotes`,
  "back\\slash \\n not a newline \\u0041 \\",
  "line\nbreak\r\nand\ttab",
  "\n;\n",
  "// not a comment; /* nor this */",
  ":begin\n:commit",
  "nul \u0000 bell \u0007 del \u007f",
  "line separator \u2028 paragraph \u2029",
  "Ünïcödé 북한 Россия 朝鲜",
  "emoji 🇰🇵🇷🇺 🚀 👩🏽‍🔬",
  "`backtick` {braces} [brackets] $param",
  "x".repeat(300_000),
];

/**
 * Builds a graph that holds every property type Neo4j stores (Integer against Float, extremes, NaN and the
 * infinities, booleans, awkward strings, lists, empty lists, every temporal type, points), names that need
 * backticks, and parallel relationships.
 */
export async function createTortureGraph(db: Database): Promise<void> {
  const config = db.queryConfig("WRITE");
  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    db.driver.executeQuery(cypher, params, config);
  await run("CREATE CONSTRAINT thing_id IF NOT EXISTS FOR (n:Thing) REQUIRE n.id IS UNIQUE");
  await run("CREATE CONSTRAINT `odd label id` IF NOT EXISTS FOR (n:`Odd Label`) REQUIRE n.id IS UNIQUE");
  await run("CREATE INDEX thing_name IF NOT EXISTS FOR (n:Thing) ON (n.name)");
  await run(
    "CREATE FULLTEXT INDEX thing_search IF NOT EXISTS FOR (n:Thing|`Odd Label`) ON EACH [n.name, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
  );
  const numbers = {
    zero: neo4j.int(0),
    one: neo4j.int(1),
    oneFloat: 1.0,
    negative: neo4j.int(-42),
    int64Max: neo4j.int("9223372036854775807"),
    int64Min: neo4j.int("-9223372036854775808"),
    beyondDouble: neo4j.int("9007199254740993"),
    tenth: 0.1,
    huge: 1e300,
    tiny: 5e-324,
    negativeZero: -0,
    nan: Number.NaN,
    infinity: Number.POSITIVE_INFINITY,
    minusInfinity: Number.NEGATIVE_INFINITY,
    yes: true,
    no: false,
  };
  await run("CREATE (n:Thing {id: 'thing:numbers', name: 'numbers'}) SET n += $numbers", { numbers });
  for (const [i, text] of awkwardStrings.entries())
    await run("CREATE (n:Thing {id: $id, name: $name, text: $text})", {
      id: `thing:string-${i}`,
      name: `string ${i}`,
      text,
    });
  await run(
    `CREATE (n:Thing {id: 'thing:lists', name: 'lists'})
     SET n.integers = [1, -2, 3], n.floats = [1.0, 2.5, -0.0], n.strings = ['a', 'b"c', 'd\\ne', ''],
         n.booleans = [true, false], n.empty = [], n.dates = [date('2024-02-27'), date('1950-06-25')],
         n.points = [point({x: 1.0, y: 2.0}), point({x: -1.5, y: 0.0})]`,
  );
  await run(
    `CREATE (n:Thing {id: 'thing:time', name: 'time'})
     SET n.date = date('2024-02-27'), n.ancient = date('-0044-03-15'),
         n.zoned = datetime('2024-09-13T10:15:30.123456789+09:00[Asia/Pyongyang]'),
         n.offset = datetime('2023-09-13T06:00:00-05:30'), n.utc = datetime('2022-02-24T03:00:00Z'),
         n.local = localdatetime('2024-02-29T23:59:59.5'), n.clock = time('12:00:00+03:00'),
         n.localClock = localtime('00:00:00.000000001'), n.span = duration('P1Y2M10DT2H30M15.25S'),
         n.negativeSpan = duration({days: -3, seconds: -1, nanoseconds: 5})`,
  );
  await run(
    `CREATE (n:Thing {id: 'thing:points', name: 'points'})
     SET n.cartesian = point({x: 1.5, y: -2.0}), n.cartesian3d = point({x: 1.0, y: 2.0, z: 3.0}),
         n.wgs84 = point({longitude: 130.3, latitude: 42.3}),
         n.wgs843d = point({longitude: 28.8, latitude: 45.4, height: 12.5})`,
  );
  await run(
    "CREATE (n:`Odd Label`:`back``tick`:Thing {id: 'odd:1', name: 'odd', `key with space`: 1, `back``tick`: 2, `match`: 3, `ünï`: 4, `1st`: 5, `where`: 'w'})",
  );
  await run("CREATE (n:Unconstrained {id: 'loose:1', name: 'no constraint on my label'})");
  await run("CREATE (n {id: 'bare:1', name: 'no label at all'})");
  await run(
    `MATCH (a {id: 'thing:numbers'}), (b {id: 'odd:1'}), (c {id: 'loose:1'}), (d {id: 'bare:1'}),
           (s {id: 'thing:string-3'})
     CREATE (a)-[:LINKS {weight: 1}]->(b), (a)-[:LINKS {weight: 1}]->(b), (a)-[:LINKS {weight: 1.0}]->(b),
            (a)-[:LINKS]->(b), (b)-[:\`odd type\` {\`key with space\`: 'v', when: date('2024-01-01')}]->(c),
            (c)-[:\`back\`\`tick\`]->(d), (d)-[:LINKS {text: $text}]->(s), (a)-[:SELF]->(a)`,
    { text: awkwardStrings[5] },
  );
}
