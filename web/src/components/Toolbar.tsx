import { useRef } from "react";
import { useCanvasDerivation } from "../core/canvas/model";
import { useExportRequests } from "../core/export/store";
import { useCurrentView, useView } from "../core/view/store";
import { type LayoutName, layoutNames } from "../core/view/types";
import { setLayout, setTransferMode } from "../core/view/view";
import { openWorkbench } from "../core/workbench/store";
import { useScrollCue } from "../hooks/useScrollCue";

/** Undo/redo, layout, transfers as nodes or arrows, the view as a PNG to publish. */
export function Toolbar() {
  const view = useCurrentView();
  const canUndo = useView((state) => state.history.past.length > 0);
  const canRedo = useView((state) => state.history.future.length > 0);
  const { undo, redo, change } = useView.getState();
  const shown = useCanvasDerivation().visible;
  const exporter = useExportRequests((state) => state.canvasExporter);
  const bar = useRef<HTMLDivElement>(null);
  useScrollCue(bar);

  return (
    <div ref={bar} className="toolbar" role="toolbar" aria-label="View">
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        ↷ Redo
      </button>
      <label>
        Layout{" "}
        <select
          value={view.layout}
          onChange={(event) => change((current) => setLayout(current, event.target.value as LayoutName))}
        >
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => change((current) => setLayout(current, current.layout))}>
        Re-run layout
      </button>
      <fieldset className="segmented">
        <legend>Transfers</legend>
        {(["nodes", "arrows"] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="transfer-mode"
              checked={view.transferMode === mode}
              onChange={() => change((current) => setTransferMode(current, mode))}
            />
            {mode === "nodes" ? "as nodes" : "as arrows"}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        title="The view as a PNG with its title, legend, date and sources"
        onClick={() =>
          // The picture's code (and the view export's) is loaded on the first click (decision 0074).
          void import("../core/export/picture").then(({ downloadPicture }) =>
            downloadPicture("png", shown, exporter, ""),
          )
        }
      >
        PNG
      </button>
      <button
        type="button"
        onClick={openWorkbench}
        title="Turn a new report into claims with verbatim quotes"
      >
        Add a report
      </button>
    </div>
  );
}
