import { create } from "zustand";
import type { GraphEdge, GraphNode } from "../graph/types";
import { queryFromLink } from "./link";

/** What the console shows after a run: the answer, or why there is none. */
export type ConsoleOutcome =
  | { state: "idle" }
  | { state: "running" }
  | {
      state: "answered";
      columns: string[];
      rows: unknown[][];
      truncated: boolean;
      graph: { nodes: GraphNode[]; edges: GraphEdge[] };
    }
  | { state: "refused"; message: string };

interface ConsoleState {
  /** The query in the editor. */
  query: string;
  /** The parameters as the user typed them (JSON text). */
  params: string;
  outcome: ConsoleOutcome;
  setQuery(query: string): void;
  setParams(params: string): void;
  setOutcome(outcome: ConsoleOutcome): void;
}

const firstQuery = "MATCH (n:State)-[r]-(other)\nRETURN n, r, other\nLIMIT 25";

/** The console's query and its last answer; kept while the tab is closed, so that switching tabs loses nothing. */
export const useConsole = create<ConsoleState>()((set) => ({
  query: queryFromLink() ?? firstQuery,
  params: "",
  outcome: { state: "idle" },
  setQuery: (query) => set({ query }),
  setParams: (params) => set({ params }),
  setOutcome: (outcome) => set({ outcome }),
}));
