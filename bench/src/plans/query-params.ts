import type { Landmarks } from "../generate/graph.js";

/**
 * Sample values for the `$parameters` of the named queries in cypher/queries/, by parameter name, taken from the
 * generated graph's landmarks so that every query has something to find. A parameter not listed here is null.
 */
export function sampleParameters(landmarks: Landmarks): Record<string, unknown> {
  return {
    id: landmarks.median,
    ids: [landmarks.median, landmarks.hub],
    keys: [
      { id: landmarks.hub, type: "FROM", direction: "in" },
      { id: landmarks.median, type: "CLAIMED_BY", direction: "in" },
    ],
    query: `${landmarks.searchTerm.toLowerCase()}^4 OR ${landmarks.searchTerm.toLowerCase()}*^2`,
    candidates: 20,
    first: 20,
    limit: 100,
    from: landmarks.reachable[0],
    to: landmarks.reachable[1],
    maxLength: 6,
    about: landmarks.hub,
    source: landmarks.median,
    target: landmarks.hub,
    type: "ABOUT",
    props: { description: "benchmark" },
    who: "bench",
    // The timeline (cypher/queries/timeline.cypher): every lane, at most as many rows as the API reads.
    lanes: ["event", "transfer", "claim", "source"],
    cap: 20_000,
    // A change set's batched writes and their revert (cypher/queries/change-sets.cypher).
    nodes: [{ labels: ["Entity", "Person"], props: { id: "person:bench-set", name: "Bench" } }],
    updates: [{ id: landmarks.hub, aliases: ["Bench"] }],
    links: [{ source: landmarks.median, type: "ABOUT", target: landmarks.hub, props: {} }],
    changes: [{ id: "change:bench", by: "bench", action: "create", subject: "node", target: landmarks.hub }],
    restores: [{ id: landmarks.median, props: { description: "benchmark" } }],
  };
}

/** Values that differ for one query from the table above, by query name. */
const overrides: Record<string, Record<string, unknown>> = {
  "create-node": { labels: ["Entity", "Person"], props: { id: "person:bench", name: "Bench" } },
};

/** The parameter names a query uses, in order of first use. */
export function parametersOf(cypher: string): string[] {
  const withoutComments = cypher.replace(/\/\/.*$/gm, "");
  return [
    ...new Set([...withoutComments.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string)),
  ];
}

/** The parameters for one query: the sample value of each name it uses, or null. */
export function parametersFor(cypher: string, landmarks: Landmarks, name = ""): Record<string, unknown> {
  const samples = { ...sampleParameters(landmarks), ...overrides[name] };
  return Object.fromEntries(parametersOf(cypher).map((name) => [name, samples[name] ?? null]));
}

/**
 * Whether a query starts from given ids or a full-text search, so that a scan of a whole label or of all nodes
 * in its plan is a mistake (list queries such as `transfers` legitimately walk a label's index in order).
 */
export function startsFromIdOrSearch(cypher: string): boolean {
  const names = parametersOf(cypher);
  return (
    ["id", "ids", "keys"].some((name) => names.includes(name)) ||
    (names.includes("from") && names.includes("to") && /SHORTEST|shortestPath/i.test(cypher)) ||
    /db\.index\.fulltext\.queryNodes/.test(cypher)
  );
}
