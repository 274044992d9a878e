import { useCurrentView, useView } from "../../core/view/store";
import { setWindow } from "../../core/view/view";

/** The window as two date fields, for the keyboard and for exact days; either may be left empty (open). */
export function WindowFields() {
  const window = useCurrentView().window;
  const change = (end: "from" | "to", value: string) =>
    useView
      .getState()
      .change((view) =>
        setWindow(view, { from: null, to: null, ...view.window, [end]: value === "" ? null : value }),
      );
  return (
    <span className="timeline-window">
      <label>
        From <input type="date" value={window?.from ?? ""} onChange={(e) => change("from", e.target.value)} />
      </label>
      <label>
        to <input type="date" value={window?.to ?? ""} onChange={(e) => change("to", e.target.value)} />
      </label>
      <button
        type="button"
        disabled={window === null}
        onClick={() => useView.getState().change((view) => setWindow(view, null))}
      >
        All dates
      </button>
    </span>
  );
}
