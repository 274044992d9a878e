import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importDataset } from "../src/import/import-dataset.js";
import { applySchema } from "../src/import/schema.js";
import type { ImportSummary } from "../src/import/write-graph.js";
import { repoPath } from "../src/paths.js";
import { articleDataset, useArticleGraph } from "./article.js";
import { dumpGraph } from "./article-graph-dump.js";

const db = useArticleGraph();
const article = readFileSync(articleDataset, "utf8");
let folder = "";

beforeAll(() => {
  // Edited copies live next to a copy of the article text, so their quotes are checked as the original's are.
  folder = mkdtempSync(join(tmpdir(), "kgx-import-test-"));
  cpSync(repoPath("data", "sources"), join(folder, "sources"), { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The article file with one edit applied, written to the temp folder; fails if the edit matches nothing. */
function edited(name: string, from: string, to: string): string {
  if (!article.includes(from))
    throw new Error(`the fixture edit '${from}' no longer matches data/article.yaml`);
  const file = join(folder, `${name}.yaml`);
  writeFileSync(file, article.replace(from, to));
  return file;
}

/** The 1-based line of the first line of data/article.yaml that contains `text`. */
function lineOf(text: string): number {
  const index = article.split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`'${text}' is not in data/article.yaml`);
  return index + 1;
}

function totals(summary: ImportSummary, key: "created" | "updated" | "deleted"): number {
  const groups = [...Object.values(summary.nodes), ...Object.values(summary.relationships)];
  return groups.reduce((n, g) => n + ((g as Record<string, number>)[key] ?? 0), 0);
}

describe("importing the article graph", () => {
  test("the article imports with every kind of node the model names", async () => {
    const counts = await db().read(async (tx) => {
      const result = await tx.run(
        // The change log (:Change) records the import, but is not a kind of node of the model.
        "MATCH (n) WHERE NOT n:Change UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
      );
      return Object.fromEntries(result.records.map((r) => [r.get("label"), Number(r.get("n"))]));
    });
    expect(Object.keys(counts).sort()).toEqual(
      [
        "Claim",
        "Entity",
        "Event",
        "Item",
        "Kgx",
        "Organization",
        "Person",
        "Place",
        "Source",
        "State",
        "Transfer",
      ].sort(),
    );
    expect(counts.Claim).toBeGreaterThanOrEqual(30);
    // Every node of the model also has the common label, which finds it by id in one index seek.
    expect(counts.Kgx).toBe(
      (counts.Entity ?? 0) + (counts.Transfer ?? 0) + (counts.Claim ?? 0) + (counts.Source ?? 0),
    );
  });

  test("gives the label Kgx to nodes written without it when the schema is applied (every start), once", async () => {
    const id = "person:written-around-kgx";
    const kgxNodes = async () => {
      const { records } = await db().driver.executeQuery(
        "MATCH (n:Kgx {id: $id}) RETURN count(n) AS n",
        { id },
        db().queryConfig("READ"),
      );
      return Number(records[0]?.get("n"));
    };
    await db().driver.executeQuery(
      "CREATE (:Entity:Person {id: $id, name: 'Written around kgx'})",
      { id },
      db().queryConfig("WRITE"),
    );
    try {
      expect(await kgxNodes()).toBe(0);
      await applySchema(db());
      expect(await kgxNodes()).toBe(1);
      await applySchema(db());
      expect(await kgxNodes()).toBe(1);
    } finally {
      await db().driver.executeQuery(
        "MATCH (n {id: $id}) DETACH DELETE n",
        { id },
        db().queryConfig("WRITE"),
      );
    }
  });

  test("values keep their types: whole numbers as Integer, exact dates as Date, partial dates as strings, aliases as lists", async () => {
    const types = await db().read(async (tx) => {
      const result = await tx.run(
        `MATCH (shin:Claim {id: 'claim:shin-6700-containers'}), (yonhap:Source {id: 'source:yonhap-shin-containers'}),
               (summit:Event {id: 'event:putin-kim-summit-september'}), (najin:Place {id: 'place:najin-port'}),
               (nk:State {id: 'state:north-korea'})
         RETURN valueType(shin.quantity) AS quantity, valueType(yonhap.publishedOn) AS exactDate,
                valueType(summit.date) AS partialDate, summit.date AS summitDate, summit.dateInferred AS inferred,
                valueType(najin.lat) AS lat, valueType(nk.aliases) AS aliases, valueType(nk.yearlyEconomyUsd) AS figure`,
      );
      return result.records[0]?.toObject();
    });
    expect(types).toEqual({
      quantity: "INTEGER NOT NULL",
      exactDate: "DATE NOT NULL",
      partialDate: "STRING NOT NULL",
      summitDate: "2023-09",
      inferred: true,
      lat: "FLOAT NOT NULL",
      aliases: "LIST<STRING NOT NULL> NOT NULL",
      figure: "INTEGER NOT NULL",
    });
  });

  test("the full-text index finds a state by an alias the article uses", async () => {
    const ids = await db().read(async (tx) => {
      const result = await tx.run(
        "CALL db.index.fulltext.queryNodes('kgx_search', $q) YIELD node RETURN node.id AS id",
        { q: "Kremlin" },
      );
      return result.records.map((r) => r.get("id"));
    });
    expect(ids).toContain("state:russia");
  });

  test("importing the same file again changes no node, relationship or property", async () => {
    const before = await dumpGraph(db());
    const summary = await importDataset(db(), articleDataset);
    expect(await dumpGraph(db())).toBe(before);
    expect([totals(summary, "created"), totals(summary, "updated"), totals(summary, "deleted")]).toEqual([
      0, 0, 0,
    ]);
  });

  test("re-importing an edited file updates in place and drops relationships no longer listed", async () => {
    const before = await dumpGraph(db());
    const file = edited(
      "edited",
      "    about: [transfer:north-korea-arms-to-russia, item:containers]\n",
      "    about: [transfer:north-korea-arms-to-russia]\n",
    );
    writeFileSync(file, readFileSync(file, "utf8").replace("quantity: 6700", "quantity: 6800"));
    const summary = await importDataset(db(), file);
    expect(summary.nodes.Claim).toMatchObject({ created: 0, updated: 1 });
    expect(summary.relationships.ABOUT).toMatchObject({ created: 0, deleted: 1 });
    const claim = await db().read(async (tx) => {
      const result = await tx.run(
        "MATCH (c:Claim {id: 'claim:shin-6700-containers'}) RETURN c.quantity AS quantity, COUNT { (c)-[:ABOUT]->() } AS about",
      );
      return result.records[0]?.toObject();
    });
    expect(Number(claim?.quantity)).toBe(6800);
    expect(Number(claim?.about)).toBe(1);
    await importDataset(db(), articleDataset);
    expect(await dumpGraph(db())).toBe(before);
  });
});

describe("a malformed file is refused with a precise error and leaves the database as it was", () => {
  const cases: { name: string; file: () => string; expected: RegExp[] }[] = [
    {
      name: "a missing field",
      file: () =>
        edited(
          "missing-field",
          "    quote: North Korea is estimated to have sent about 6,700 containers to Russia\n",
          "",
        ),
      expected: [
        /missing-field\.yaml:\d+:\d+ claims\[1\]\.quote: missing required field 'quote': expected string/,
      ],
    },
    {
      name: "a wrong type",
      file: () => edited("wrong-type", "quantity: 6700", "quantity: about 6700"),
      expected: [
        new RegExp(
          `wrong-type\\.yaml:${lineOf("quantity: 6700")}:15 claims\\[1\\]\\.quantity: expected number`,
        ),
      ],
    },
    {
      name: "a reference to an unknown id",
      file: () =>
        edited(
          "unknown-id",
          "    source: source:yonhap-shin-containers\n",
          "    source: source:yonhap-report\n",
        ),
      expected: [
        new RegExp(
          `unknown-id\\.yaml:${lineOf("source: source:yonhap-shin-containers")}:13 claims\\[1\\]\\.source: unknown id 'source:yonhap-report': expected the id of a source`,
        ),
      ],
    },
    {
      name: "a duplicate id",
      file: () => edited("duplicate-id", "  - id: person:shin-wonsik\n", "  - id: person:kim-jong-un\n"),
      expected: [
        new RegExp(
          `duplicate-id\\.yaml:${lineOf("- id: person:shin-wonsik")}:9 people\\[2\\]\\.id: duplicate id 'person:kim-jong-un': expected ids to be unique \\(first defined at line ${lineOf("- id: person:kim-jong-un")}\\)`,
        ),
      ],
    },
    {
      name: "a quote that is not in the source",
      file: () =>
        edited(
          "bad-quote",
          "have sent about 6,700 containers to Russia\n",
          "have sent about 7,600 containers to Russia\n",
        ),
      expected: [
        /bad-quote\.yaml:\d+:12 claims\[1\]\.quote: the quote of claim:shin-6700-containers does not occur verbatim in the text of source:time-nk-russia-arms; expected the source.s exact words/,
      ],
    },
    {
      name: "a quote with a straight apostrophe where the text has a curly one",
      file: () =>
        edited(
          "straight-apostrophe",
          "on Ukraine as Kyiv’s stocks of ammunition dwindle\n",
          "on Ukraine as Kyiv's stocks of ammunition dwindle\n",
        ),
      expected: [
        /straight-apostrophe\.yaml:\d+:12 claims\[\d+\]\.quote: the quote of claim:time-shipments-sustain-putins-assault does not occur verbatim in the text of source:time-nk-russia-arms; the text has "allowing .*Kyiv’s stocks of ammunition dwindle" \(quotes or spaces differ\)/,
      ],
    },
    {
      name: "a claim without a source",
      file: () => edited("no-source", "    source: source:yonhap-shin-containers\n", ""),
      expected: [/no-source\.yaml:\d+:\d+ claims\[1\]\.source: missing required field 'source'/],
    },
    {
      name: "a transfer without FROM",
      file: () => edited("no-from", "    from: [state:north-korea]\n", "    from: []\n"),
      expected: [
        new RegExp(
          `no-from\\.yaml:${lineOf("from: [state:north-korea]")}:11 transfers\\[0\\]\\.from: expected at least one party the transfer comes FROM`,
        ),
      ],
    },
    {
      name: "bytes that are not UTF-8",
      file: () => {
        const file = join(folder, "latin1.yaml");
        writeFileSync(
          file,
          Buffer.from(article.replace("name: Shin Wonsik", "name: Shin W\u00f6nsik"), "latin1"),
        );
        return file;
      },
      expected: [
        new RegExp(`latin1\\.yaml:${lineOf("name: Shin Wonsik")}:17: byte 0xf6 .* is not valid UTF-8`),
      ],
    },
    {
      name: "an empty file",
      file: () => {
        const file = join(folder, "empty.yaml");
        writeFileSync(file, "\n");
        return file;
      },
      expected: [/empty\.yaml: the file is empty; expected a kgx dataset/],
    },
    {
      name: "a 50 MB file",
      file: () => {
        const file = join(folder, "huge.yaml");
        writeFileSync(file, `${article}\n${`# ${"x".repeat(1021)}\n`.repeat(50 * 1024)}`);
        return file;
      },
      expected: [/huge\.yaml: the file is 5\d\.\d MB, larger than the import limit of 4\.0 MB/],
    },
    {
      name: "a YAML syntax error",
      file: () => edited("syntax", "format: kgx/1\n", "format: [kgx/1\n"),
      expected: [/syntax\.yaml:\d+:\d+: YAML syntax: /],
    },
    {
      name: "a misspelt field",
      file: () => edited("misspelt", "    stance: estimates\n", "    stanse: estimates\n"),
      expected: [
        /misspelt\.yaml:\d+:\d+ claims\[1\]\.stanse: unknown field 'stanse'/,
        /claims\[1\]\.stance: missing required field/,
      ],
    },
    {
      name: "a reference to a node of the wrong kind",
      file: () => edited("wrong-kind", "    from: [state:north-korea]\n", "    from: [item:food]\n"),
      expected: [
        /wrong-kind\.yaml:\d+:\d+ transfers\[0\]\.from\[0\]: 'item:food' is a item: expected a person or state or organization/,
      ],
    },
  ];

  for (const { name, file, expected } of cases) {
    test(`${name} is reported with its place and what was expected`, async () => {
      const before = await dumpGraph(db());
      const error = await importDataset(db(), file()).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.name).toBe("UserError");
      for (const pattern of expected) expect(error?.message).toMatch(pattern);
      expect(await dumpGraph(db())).toBe(before);
    });
  }

  test("an event that no claim backs fails the integrity checks and the whole import is rolled back", async () => {
    const before = await dumpGraph(db());
    const file = edited(
      "unbacked-event",
      "about: [transfer:russia-supplies-to-north-korea, person:kim-jong-un, event:kim-takes-power]",
      "about: [transfer:russia-supplies-to-north-korea, person:kim-jong-un]",
    );
    // The same edit also renames a claim, so a rollback must undo a write that did happen inside the transaction.
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("name: Dunay is about 180 km", "name: Dunay is 180 km"),
    );
    await expect(importDataset(db(), file)).rejects.toThrow(
      /import rolled back: 1 integrity check violation\(s\), nothing changed\nevent:kim-takes-power: Event is backed by no Claim ABOUT it \(check event-without-claim\)/,
    );
    expect(await dumpGraph(db())).toBe(before);
  });
});
