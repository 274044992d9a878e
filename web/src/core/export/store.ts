import { create } from "zustand";

/** What a picture of the view carries besides the graph (decision 0038). */
export interface PictureDetails {
  title: string;
  /** The kinds of the nodes shown, for the legend. */
  kinds: string[];
  /** The day of the export, `YYYY-MM-DD`. */
  date: string;
  /** One line naming the sources of the claims shown. */
  credit: string;
}

/**
 * What the canvas renderer does for exports. The graph layer (web/src/graph/picture-export.ts) registers it, so
 * that the export panel never touches Cytoscape.
 */
export interface CanvasExporter {
  /** Where each node is drawn, in the canvas's model coordinates. */
  positions(): Record<string, { x: number; y: number }>;
  /** The view as a picture with title, legend, date and credits: PNG at 2×, or SVG. */
  picture(format: "png" | "svg", details: PictureDetails): Promise<Blob>;
}

interface ExportRequests {
  /** Set while the canvas is mounted. */
  canvasExporter: CanvasExporter | undefined;
  setCanvasExporter(exporter: CanvasExporter | undefined): void;
}

/** Requests the page makes of the canvas renderer, through the store rather than by touching it. */
export const useExportRequests = create<ExportRequests>()((set) => ({
  canvasExporter: undefined,
  setCanvasExporter: (canvasExporter) => set({ canvasExporter }),
}));
