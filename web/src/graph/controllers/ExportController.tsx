import { useEffect } from "react";
import { useExportRequests } from "../../core/export/store";
import { useCanvas } from "../context";
import { canvasExporter } from "../picture-export";

/** Answers the page's "export the canvas as PNG" requests with Cytoscape's renderer. */
export function ExportController() {
  const { cy } = useCanvas();
  const pngRequest = useExportRequests((state) => state.pngRequest);

  // The export panel's pictures and positions (picture-export.ts), offered through the store while the canvas lives.
  useEffect(() => {
    useExportRequests.getState().setCanvasExporter(canvasExporter(cy));
    return () => useExportRequests.getState().setCanvasExporter(undefined);
  }, [cy]);

  useEffect(() => {
    if (pngRequest === 0) return;
    const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "kgx-view.png";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [cy, pngRequest]);

  return null;
}
