import { useMemo, useState } from "react";
import { canvasModel } from "../core/canvas/derive";
import { cypherExportUrl, downloadText, viewCypher, viewJson } from "../core/export/view-export";
import { useGraphData } from "../core/graph/store";
import { useCurrentView } from "../core/view/store";

/** The view's Cypher, shown and copyable; downloads of the view as a Cypher script and as JSON. */
export function CypherPanel() {
  const cache = useGraphData((state) => state.cache);
  const view = useCurrentView();
  const model = useMemo(() => canvasModel(cache, view), [cache, view]);
  const ids = useMemo(
    () =>
      [...new Set([...model.nodes.map((node) => node.id), ...model.edges.map((edge) => edge.ref)])].filter(
        (id) => cache.nodes[id] !== undefined,
      ),
    [model, cache],
  );
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
    const response = await fetch(cypherExportUrl(ids)).catch(() => null);
    if (response?.ok) {
      downloadText("kgx-view.cypher", await response.text(), "text/plain");
      setMessage("Downloaded kgx-view.cypher (constraints, then the data).");
    } else {
      // Without the export endpoint, the query that returns the view is still worth taking away.
      downloadText("kgx-view-query.cypher", `${query}\n`, "text/plain");
      setMessage(
        `The export endpoint answered ${response?.status ?? "nothing"}; downloaded the view's query instead.`,
      );
    }
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
          onClick={() => downloadText("kgx-view.json", viewJson(cache, ids, model), "application/json")}
        >
          Download JSON
        </button>
        <span role="status">{message}</span>
      </div>
    </section>
  );
}
