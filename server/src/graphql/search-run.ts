import type { GraphQLContext } from "./context.js";
import { type NodeRecord, toNodeRecord } from "./graph-records.js";
import { graphQueries } from "./queries.js";
import { searchQueries } from "./search-query.js";
import { rankSearchHits, type SearchHit } from "./search-rank.js";

/** How many nodes a search takes from the full-text index, at least, before ranking them. */
const searchCandidates = 50;

/** A search as the GraphQL field received it, checked. */
export interface SearchRequest {
  /** What the person typed. */
  text: string;
  /** How many nodes to return. */
  first: number;
  /** Only nodes with one of these labels, or null for any. */
  labels: readonly string[] | null;
  /** The last day of the graph as it stood then (see as-of.ts), or null. */
  asOf: string | null;
}

/**
 * The nodes a search returns, best first (docs/decisions/0021 and 0058). Exact words first: only when they find
 * fewer than the candidates does the search ask for prefixes too, and only when those find fewer than `first` for
 * typos. The candidates come with their ids, labels, names and aliases, which is all that ranking reads, and the
 * first `first` of them by kind and score come whole; a node kept that did not is fetched by id in one more
 * statement.
 */
export async function runSearch(ctx: GraphQLContext, request: SearchRequest): Promise<NodeRecord[]> {
  const queries = searchQueries(request.text);
  if (!queries) return [];
  const { first, labels, asOf } = request;
  // Enough candidates by full-text score that the entity named as typed is among them to be ranked first.
  const candidates = Math.max(searchCandidates, labels ? first * 10 : first);
  const find = async (query: string): Promise<Candidate[]> => {
    const rows = await ctx.read(graphQueries.search, { query, labels, candidates, first, asOf });
    return rows.map(candidateOf);
  };
  let hits = await find(queries.exact);
  // Whole words that fill the candidates leave no room for a partial match to be kept, so the prefix query (which
  // Lucene expands over its term dictionary) is asked only when they do not.
  if (hits.length < candidates && queries.prefix) hits = await find(queries.prefix);
  // Fuzzy terms are the slowest of all: only when the other forms find too few.
  if (hits.length < first && queries.typos) hits = await find(queries.typos);
  const kept = rankSearchHits(request.text, hits).slice(0, first);
  const missing = kept.filter((hit) => !hit.node).map((hit) => hit.id);
  const fetched = new Map<string, NodeRecord>();
  if (missing.length > 0) {
    for (const row of await ctx.read(graphQueries.nodesById, { ids: missing }))
      fetched.set(String(row.id), toNodeRecord(row.node));
  }
  // A node deleted between the two reads is left out rather than returned half.
  return kept.flatMap((hit) => hit.node ?? fetched.get(hit.id) ?? []);
}

/** A candidate of the full-text index, whole when the query sent it whole. */
type Candidate = SearchHit<NodeRecord | undefined>;

function candidateOf(row: Record<string, unknown>): Candidate {
  const { id, labels, name, aliases } = row;
  const names = [name, ...(Array.isArray(aliases) ? aliases : [])].filter((n) => typeof n === "string");
  return {
    node: row.node ? toNodeRecord(row.node) : undefined,
    id: String(id),
    labels: Array.isArray(labels) ? labels.map(String) : [],
    names,
    score: Number(row.score),
  };
}
