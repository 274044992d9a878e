import { useState } from "react";
import { useCanvasDerivation } from "../core/canvas/model";
import { downloadText, fetchCypherExport, viewCypher, viewJson } from "../core/export/view-export";

/** The view's Cypher, shown and copyable; downloads of the view as a Cypher script and as JSON. */
export function CypherPanel() {
  // The view as the model has it (transfers as nodes even when drawn as arrows), after the filters.
  const shown = useCanvasDerivation().visible;
  const ids = shown.nodes.map((node) => node.id);
  const query = viewCypher(ids);
  const [message, setMessage] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(query);
      setMessage("Copied.");
    } catch {
      setMessage("The browser refused the clipboard: select the text and copy it.");
    }
  };

  const downloadScript = async () => {
    setMessage("Exporting…");
    let failed: string;
    try {
      const response = await fetchCypherExport(shown);
      if (response.ok) {
        downloadText("kgx-view.cypher", await response.text(), "text/plain");
        setMessage("Downloaded kgx-view.cypher (constraints, then the data).");
        return;
      }
      failed = `The export endpoint answered ${response.status}`;
    } catch {
      // fetch rejects only when no answer came: the server is unreachable.
      failed = "The kgx server did not answer the export";
    }
    // Without the export endpoint, the query that returns the view is still worth taking away.
    downloadText("kgx-view-query.cypher", `${query}\n`, "text/plain");
    setMessage(`${failed}; downloaded the view's query instead.`);
  };

  return (
    <section className="cypher-panel" aria-label="Cypher of the view">
      <textarea readOnly value={query} aria-label="Cypher query that returns the view" rows={6} />
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          Copy Cypher
        </button>
        <button type="button" onClick={() => void downloadScript()}>
          Download Cypher script
        </button>
        <button
          type="button"
          onClick={() => downloadText("kgx-view.json", viewJson(shown), "application/json")}
        >
          Download JSON
        </button>
        <span role="status">{message}</span>
      </div>
    </section>
  );
}
