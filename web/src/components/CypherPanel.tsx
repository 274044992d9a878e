import { useState } from "react";
import { useCanvasDerivation } from "../core/canvas/model";
import { viewCypher } from "../core/export/view-export";
import { ExportPanel } from "./ExportPanel";

/** The view's Cypher, shown and copyable, and every export of the view (ExportPanel). */
export function CypherPanel() {
  // The view as the model has it (transfers as nodes even when drawn as arrows), after the filters.
  const shown = useCanvasDerivation().visible;
  const query = viewCypher(shown.nodes.map((node) => node.id));
  const [message, setMessage] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(query);
      setMessage("Copied.");
    } catch {
      setMessage("The browser refused the clipboard: select the text and copy it.");
    }
  };

  return (
    <section className="cypher-panel" aria-label="Cypher of the view">
      <textarea readOnly value={query} aria-label="Cypher query that returns the view" rows={6} />
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          Copy Cypher
        </button>
        <span role="status">{message}</span>
      </div>
      <ExportPanel />
    </section>
  );
}
