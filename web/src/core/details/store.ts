import { create } from "zustand";

/** Whether the details of a node (the claims about it, its neighbours) have arrived. */
export type DetailsStatus = { state: "loading" } | { state: "ready" } | { state: "error"; message: string };

interface DetailsStore {
  /** By node id; a node never selected has no entry. */
  byId: Record<string, DetailsStatus>;
  setStatus(id: string, status: DetailsStatus): void;
}

/** How the details of each selected node stand (the data itself goes to the graph cache). */
export const useDetails = create<DetailsStore>()((set) => ({
  byId: {},
  setStatus: (id, status) => set((state) => ({ byId: { ...state.byId, [id]: status } })),
}));
