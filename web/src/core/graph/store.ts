import { create } from "zustand";
import { emptyCache, mergeIntoCache } from "./cache";
import type { GraphCache, GraphEdge, GraphNode } from "./types";

/** How the page's connection to its data stands. `database` means the server answers but Neo4j does not. */
export type LoadStatus =
  | { state: "loading" }
  | { state: "ready" }
  | { state: "error"; cause: "server" | "database" | "query"; message: string };

interface GraphDataState {
  cache: GraphCache;
  status: LoadStatus;
  /** Adds what the server sent; never part of the undo history (it is data, not a choice). */
  receive(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void;
  setStatus(status: LoadStatus): void;
}

/** What the server has sent so far, and whether it answers. */
export const useGraphData = create<GraphDataState>()((set) => ({
  cache: emptyCache,
  status: { state: "loading" },
  receive: (nodes, edges) => set((state) => ({ cache: mergeIntoCache(state.cache, nodes, edges) })),
  setStatus: (status) => set({ status }),
}));
