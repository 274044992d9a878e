import { create } from "zustand";
import type { Position } from "../view/types";

interface LaidOutStore {
  /** Where the layout put each node, in the graph's own coordinates, by node id. */
  positions: Record<string, Position>;
  /** Adds or replaces the positions of `placed` (the nodes a layout just placed, or a link's). */
  place(placed: Record<string, Position>): void;
}

/**
 * Where the nodes were laid out, as the canvas last reported it: not the user's choice (that is `pinned` in the
 * view) and not an undo step, but what a deep link carries so that its recipient sees the same picture, and what
 * puts a node that comes back (undo, a filter turned off) where it was.
 */
export const useLaidOut = create<LaidOutStore>()((set) => ({
  positions: {},
  place: (placed) => set((state) => ({ positions: { ...state.positions, ...placed } })),
}));
