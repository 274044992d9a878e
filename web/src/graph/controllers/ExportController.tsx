import { useEffect } from "react";
import { useExportRequests } from "../../core/export/store";
import { useCanvas } from "../context";

/**
 * Offers the canvas's pictures and positions to the exports, through the store, while the canvas lives. The
 * picture code is loaded when a picture is first asked for (decision 0074).
 */
export function ExportController() {
  const { cy } = useCanvas();

  useEffect(() => {
    useExportRequests.getState().setCanvasExporter({
      positions: () =>
        Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const)),
      picture: async (format, details) =>
        (await import("../picture-export")).canvasExporter(cy).picture(format, details),
    });
    return () => useExportRequests.getState().setCanvasExporter(undefined);
  }, [cy]);

  return null;
}
