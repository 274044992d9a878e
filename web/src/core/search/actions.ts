import { request } from "../../api/client";
import { SearchQuery } from "../../api/documents";
import type { GraphNode } from "../graph/types";
import { useSearch } from "./store";

/** Shorter queries are not sent: one letter matches half the graph. */
export const minimumQueryLength = 2;
/** The server is asked once the user pauses this long, not at every key. */
const pauseMs = 150;

let pending: ReturnType<typeof setTimeout> | undefined;

/** Takes what the user typed and, after a pause, asks the server for suggestions (names, aliases, near misses). */
export function typeQuery(query: string): void {
  const { set } = useSearch.getState();
  clearTimeout(pending);
  const term = query.trim();
  if (term.length < minimumQueryLength) {
    set({ query, state: "idle", term: "", results: [], message: "" });
    return;
  }
  set({ query, state: "searching" });
  pending = setTimeout(() => void search(term), pauseMs);
}

/** Empties the search box. */
export function clearSearch(): void {
  clearTimeout(pending);
  useSearch.getState().set({ query: "", state: "idle", term: "", results: [], message: "" });
}

/** The server's suggestions for `term` (names, aliases, near misses), best first. */
export async function suggestions(term: string): Promise<GraphNode[]> {
  const { search: results } = await request(SearchQuery, { query: term, first: 8 });
  return results;
}

async function search(term: string): Promise<void> {
  const { set } = useSearch.getState();
  const current = () => useSearch.getState().query.trim() === term;
  try {
    const results = await suggestions(term);
    // An answer to a query the user has typed past is dropped; the newer one is on its way.
    if (current()) set({ state: "done", term, results, message: "" });
  } catch (error) {
    const message = error instanceof Error ? error.message : "The search failed.";
    if (current()) set({ state: "error", term, results: [], message: `Search failed: ${message}` });
  }
}
