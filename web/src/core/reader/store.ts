import { create } from "zustand";

/** A claim whose quote the reader highlights: where it lies in the text, what it says and who says it. */
export interface ReaderPassage {
  id: string;
  stance: string;
  quote: string;
  start: number;
  end: number;
  claimants: { id: string; name: string }[];
}

/** A source's text with the claims quoted in it, as the reader shows it. */
export interface ReaderSource {
  id: string;
  name: string;
  text: string;
  passages: ReaderPassage[];
}

/** What the reader shows: closed, loading a source, the source, or why it did not load. */
export type ReaderState =
  | { state: "closed" }
  | { state: "loading"; sourceId: string; claimId: string | null }
  | { state: "ready"; source: ReaderSource; claimId: string | null }
  | { state: "error"; sourceId: string; claimId: string | null; message: string };

interface ReaderStore {
  reader: ReaderState;
  /** Sources already read, by id: reopening one needs no request. */
  loaded: Record<string, ReaderSource>;
  set(reader: ReaderState): void;
  remember(source: ReaderSource): void;
}

/** The source reader: which source is open, at which claim. */
export const useReader = create<ReaderStore>()((set) => ({
  reader: { state: "closed" },
  loaded: {},
  set: (reader) => set({ reader }),
  remember: (source) => set((state) => ({ loaded: { ...state.loaded, [source.id]: source } })),
}));
