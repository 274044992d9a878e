import { useState } from "react";
import { useCanvasDerivation } from "../core/canvas/model";
import { defaultPictureTitle, downloadPicture } from "../core/export/picture";
import { useExportRequests } from "../core/export/store";
import {
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

  const picture = async (format: "png" | "svg") => {
    setMessage("Drawing the picture…");
    setMessage(await downloadPicture(format, shown, exporter, title));
  };

  return (
    <div className="export-panel">
      <label>
        Picture title{" "}
        <input
          value={title}
          placeholder={defaultPictureTitle(shown)}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => void picture("png")}>
          Download PNG
        </button>
        <button type="button" onClick={() => void picture("svg")}>
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
