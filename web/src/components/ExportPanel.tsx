import { useState } from "react";
import { useCanvasDerivation } from "../core/canvas/model";
import { useExportRequests } from "../core/export/store";
import {
  creditLine,
  downloadBlob,
  downloadName,
  downloadText,
  fetchViewExport,
  type ViewExportFormat,
  viewCypher,
} from "../core/export/view-export";

const fileFormats: { format: ViewExportFormat; label: string; fallback: string }[] = [
  { format: "json", label: "Download JSON", fallback: "kgx-view.json" },
  { format: "cyjs", label: "Download Cytoscape JSON", fallback: "kgx-view.cyjs" },
  { format: "graphml", label: "Download GraphML", fallback: "kgx-view.graphml" },
  { format: "csv-nodes", label: "Download CSV nodes", fallback: "kgx-view-nodes.csv" },
  {
    format: "csv-relationships",
    label: "Download CSV relationships",
    fallback: "kgx-view-relationships.csv",
  },
  { format: "cypher", label: "Download Cypher script", fallback: "kgx-view.cypher" },
];

/**
 * Every way to take the view away: a picture to publish (PNG at 2×, SVG) with title, legend, date and credits, and
 * the server's exports of the view, which keep each claim's claimants and source (decision 0035).
 */
export function ExportPanel() {
  const shown = useCanvasDerivation().visible;
  const exporter = useExportRequests((state) => state.canvasExporter);
  const [title, setTitle] = useState("");
  const [message, setMessage] = useState("");
  const defaultTitle = `kgx view: ${shown.nodes.length} nodes, ${shown.edges.length} relationships`;

  const downloadFile = async ({ format, fallback }: (typeof fileFormats)[number]) => {
    setMessage("Exporting…");
    let failed: string;
    try {
      const positions = format === "cyjs" ? exporter?.positions() : undefined;
      const response = await fetchViewExport(format, shown, { positions });
      if (response.ok) {
        const name = downloadName(response, fallback);
        downloadBlob(name, await response.blob());
        const provenance = response.headers.get("x-kgx-provenance");
        setMessage(`Downloaded ${name}.${provenance ? ` ${provenance.split(":")[0]}.` : ""}`);
        return;
      }
      failed = `The export answered ${response.status}: ${((await response.json()) as { error?: string }).error ?? ""}`;
    } catch {
      // fetch rejects only when no answer came: the server is unreachable.
      failed = "The kgx server did not answer the export";
    }
    if (format === "cypher") {
      // Without the export endpoint, the query that returns the view is still worth taking away.
      downloadText("kgx-view-query.cypher", `${viewCypher(shown.nodes.map((n) => n.id))}\n`, "text/plain");
      setMessage(`${failed}; downloaded the view's query instead.`);
    } else setMessage(failed);
  };

  const downloadPicture = async (format: "png" | "svg") => {
    if (!exporter) return setMessage("The canvas is not drawn yet.");
    setMessage("Drawing the picture…");
    let credit = "The kgx server did not name the sources of the claims shown.";
    try {
      const response = await fetchViewExport("json", shown);
      if (response.ok) credit = creditLine(await response.json());
    } catch {
      // The picture is still worth having; its credit line says the sources are missing.
    }
    const kinds = [...new Set(shown.nodes.map((node) => node.kind))];
    const date = new Date().toISOString().slice(0, 10);
    const picture = await exporter.picture(format, { title: title || defaultTitle, kinds, date, credit });
    downloadBlob(`kgx-view.${format}`, picture);
    setMessage(`Downloaded kgx-view.${format}.`);
  };

  return (
    <div className="export-panel">
      <label>
        Picture title{" "}
        <input value={title} placeholder={defaultTitle} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => void downloadPicture("png")}>
          Download PNG
        </button>
        <button type="button" onClick={() => void downloadPicture("svg")}>
          Download SVG
        </button>
        {fileFormats.map((file) => (
          <button key={file.format} type="button" onClick={() => void downloadFile(file)}>
            {file.label}
          </button>
        ))}
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
