import { create } from "zustand";
import { emptyCache, mergeIntoCache } from "./cache";
import type { GraphCache, GraphEdge, GraphNode } from "./types";

/** How the page's connection to its data stands. `database` means the server answers but Neo4j does not. */
export type LoadStatus =
  | { state: "loading" }
  | { state: "ready" }
  | { state: "error"; cause: "server" | "database" | "query"; message: string };

/** An action the user started (adding a search result, expanding a node): under way, or failed with a retry. */
export type Activity =
  | { state: "working"; message: string }
  | { state: "failed"; message: string; retry: () => void };

interface GraphDataState {
  cache: GraphCache;
  status: LoadStatus;
  /** The user's latest action while it runs, or after it failed; null once it succeeded or was dismissed. */
  activity: Activity | null;
  /** Adds what the server sent; never part of the undo history (it is data, not a choice). */
  receive(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void;
  setStatus(status: LoadStatus): void;
  setActivity(activity: Activity | null): void;
}

/** What the server has sent so far, and whether it answers. */
export const useGraphData = create<GraphDataState>()((set) => ({
  cache: emptyCache,
  status: { state: "loading" },
  activity: null,
  receive: (nodes, edges) => set((state) => ({ cache: mergeIntoCache(state.cache, nodes, edges) })),
  setStatus: (status) => set({ status }),
  setActivity: (activity) => set({ activity }),
}));
