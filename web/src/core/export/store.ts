import { create } from "zustand";

interface ExportRequests {
  /** Bumped each time the user asks for a PNG of the canvas (the canvas controller answers). */
  pngRequest: number;
  requestPng(): void;
}

/** Requests the page makes of the canvas renderer, through the store rather than by touching it. */
export const useExportRequests = create<ExportRequests>()((set) => ({
  pngRequest: 0,
  requestPng: () => set((state) => ({ pngRequest: state.pngRequest + 1 })),
}));
