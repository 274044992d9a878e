import { create } from "zustand";
import { amend, type History, record, redo, startHistory, undo } from "./history";
import { emptyView, type ViewState } from "./types";

interface ViewStore {
  history: History<ViewState>;
  /** The node the user selected (not an undo step: selecting is looking, not changing the view). */
  selected: string | null;
  /** Applies a pure change to the view as one undo step. */
  change(producer: (view: ViewState) => ViewState): void;
  /** Applies a pure change as part of the last undo step (the later moves of a replay). */
  amend(producer: (view: ViewState) => ViewState): void;
  /** Replaces the view without an undo step (opening view, deep link). */
  reset(view: ViewState): void;
  undo(): void;
  redo(): void;
  select(id: string | null): void;
}

/** The user's view with its undo history, and the selection. */
export const useView = create<ViewStore>()((set) => ({
  history: startHistory(emptyView),
  selected: null,
  change: (producer) => set((state) => ({ history: record(state.history, producer(state.history.present)) })),
  amend: (producer) => set((state) => ({ history: amend(state.history, producer(state.history.present)) })),
  reset: (view) => set({ history: startHistory(view) }),
  undo: () => set((state) => ({ history: undo(state.history) })),
  redo: () => set((state) => ({ history: redo(state.history) })),
  select: (selected) => set({ selected }),
}));

/** The current view. */
export function useCurrentView(): ViewState {
  return useView((state) => state.history.present);
}
