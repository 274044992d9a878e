import { useEffect } from "react";
import { useExportRequests } from "../../core/export/store";
import { useCanvas } from "../context";
import { canvasExporter } from "../picture-export";

/** Offers the canvas's pictures and positions to the exports, through the store, while the canvas lives. */
export function ExportController() {
  const { cy } = useCanvas();

  useEffect(() => {
    useExportRequests.getState().setCanvasExporter(canvasExporter(cy));
    return () => useExportRequests.getState().setCanvasExporter(undefined);
  }, [cy]);

  return null;
}
