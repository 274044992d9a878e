import type { VisibleGraph } from "../canvas/visible";
import type { CanvasExporter } from "./store";
import { creditLine, downloadBlob, fetchViewExport } from "./view-export";

/** The title a picture gets when the user gives none. */
export function defaultPictureTitle(shown: VisibleGraph): string {
  return `kgx view: ${shown.nodes.length} nodes, ${shown.edges.length} relationships`;
}

/**
 * Draws the view as a picture to publish (decision 0038: title, legend, date and the sources credited) and saves
 * it; returns what to tell the user. The toolbar's PNG button and the export panel both come here.
 */
export async function downloadPicture(
  format: "png" | "svg",
  shown: VisibleGraph,
  exporter: CanvasExporter | undefined,
  title: string,
): Promise<string> {
  if (!exporter) return "The canvas is not drawn yet.";
  let credit = "The kgx server did not name the sources of the claims shown.";
  try {
    const response = await fetchViewExport("json", shown);
    if (response.ok) credit = creditLine(await response.json());
  } catch {
    // The picture is still worth having; its credit line says the sources are missing.
  }
  const kinds = [...new Set(shown.nodes.map((node) => node.kind))];
  const date = new Date().toISOString().slice(0, 10);
  const picture = await exporter.picture(format, {
    title: title || defaultPictureTitle(shown),
    kinds,
    date,
    credit,
  });
  downloadBlob(`kgx-view.${format}`, picture);
  return `Downloaded kgx-view.${format}.`;
}
