import { useExportRequests } from "../core/export/store";
import { useCurrentView, useView } from "../core/view/store";
import { type LayoutName, layoutNames } from "../core/view/types";
import { setLayout, setTransferMode } from "../core/view/view";

/** Undo/redo, layout, transfers as nodes or arrows, PNG export. */
export function Toolbar() {
  const view = useCurrentView();
  const canUndo = useView((state) => state.history.past.length > 0);
  const canRedo = useView((state) => state.history.future.length > 0);
  const { undo, redo, change } = useView.getState();
  const requestPng = useExportRequests((state) => state.requestPng);

  return (
    <div className="toolbar" role="toolbar" aria-label="View">
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
      <button type="button" onClick={requestPng}>
        PNG
      </button>
    </div>
  );
}
