import { compareLatency } from "../harness/compare.js";
import { type BenchContext, graphql } from "../harness/context.js";
import { type ResultRow, resultRow } from "../harness/result.js";
import { startBaselineServer } from "../harness/servers.js";

const party = "id name";

const kgxTransfers = `query ($hub: ID!) {
  transfers(from: $hub, first: 20) {
    nodes { id name status period from { ${party} } to { ${party} } items { item { id name } quantity unit } }
  }
}`;

const libraryTransfers = `query ($hub: ID!) {
  states(where: { id: { eq: $hub } }) {
    transfersOut(limit: 20, sort: [{ id: ASC }]) {
      id name status period
      from { ... on State { ${party} } ... on Organization { ${party} } ... on Person { ${party} } }
      to { ... on State { ${party} } ... on Organization { ${party} } ... on Person { ${party} } }
      itemsConnection { edges { properties { quantity unit } node { id name } } }
    }
  }
}`;

const kgxPerson = `query ($id: ID!) {
  entity(id: $id) {
    ... on Person {
      id name
      leads { title state { id name } }
      officialOf { title state { id name } }
      claimsMade { id name stance }
      claimsAbout { id name stance }
    }
  }
}`;

const libraryPerson = `query ($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    leadsConnection { edges { properties { title } node { id name } } }
    officialOfConnection { edges { properties { title } node { id name } } }
    claimsMade { id name stance }
    claimsAbout { id name stance }
  }
}`;

/**
 * R10: the same questions through kgx's typed GraphQL and through the Neo4j GraphQL Library on the same Neo4j and
 * Yoga: a state's first 20 outgoing transfers with parties and items, and a person's one-hop neighbourhood.
 */
export async function measureAgainstLibrary(context: BenchContext): Promise<ResultRow[]> {
  const library = await startBaselineServer("neo4j-graphql.js", context.neo4j.target);
  try {
    const rows: ResultRow[] = [];
    const { hub, median } = context.graph.landmarks;
    const person = median.startsWith("person:") ? median : "person:g-0";
    const cases = [
      ["transfer list of the hub state, first 20", kgxTransfers, libraryTransfers, { hub }],
      [`one-hop neighbourhood of ${person}`, kgxPerson, libraryPerson, { id: person }],
    ] as const;
    for (const [what, kgxQuery, libraryQuery, variables] of cases) {
      const result = await compareLatency(
        context.plan,
        () => graphql(context.kgx.url, kgxQuery, variables),
        () => graphql(library.url, libraryQuery, variables),
      );
      for (const q of ["p50", "p95"] as const) {
        rows.push(
          resultRow(
            "R10",
            `${what} (${q})`,
            "ms",
            { kgx: result.kgx[q], baseline: result.baseline[q] },
            {
              op: "<=",
              value: 1,
            },
            { details: result },
          ),
        );
      }
    }
    return rows;
  } finally {
    await library.stop();
  }
}
