import { create } from "zustand";
import type { GraphNode } from "../graph/types";

/** Where the search for what the user typed stands. `done` with no results means nothing matches `term`. */
export type SearchState = "idle" | "searching" | "done" | "error";

interface SearchStore {
  /** What the user typed, as typed. */
  query: string;
  state: SearchState;
  /** The trimmed query that `results` (or `message`) answer. */
  term: string;
  results: GraphNode[];
  /** Why the last search failed, when `state` is `error`. */
  message: string;
  set(change: Partial<Omit<SearchStore, "set">>): void;
}

/** The search box's query and the server's answer to it. */
export const useSearch = create<SearchStore>()((set) => ({
  query: "",
  state: "idle",
  term: "",
  results: [],
  message: "",
  set: (change) => set(change),
}));
