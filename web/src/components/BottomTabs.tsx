import { useState } from "react";
import { CanvasTable } from "./CanvasTable";
import { ClaimMatrixTable } from "./ClaimMatrix";
import { CypherConsole } from "./CypherConsole";
import { CypherPanel } from "./CypherPanel";
import { DrawerClose } from "./DrawerClose";

const tabs = [
  { id: "table", title: "On the canvas", render: () => <CanvasTable /> },
  { id: "matrix", title: "Who says what", render: () => <ClaimMatrixTable /> },
  { id: "cypher", title: "Cypher & export", render: () => <CypherPanel /> },
  { id: "console", title: "Cypher console", render: () => <CypherConsole /> },
] as const;

/**
 * The text views of the graph: the table of the canvas, the claim matrix, the Cypher and exports. On a phone it is
 * a bottom sheet, shown while `open`, with a close button.
 */
export function BottomTabs({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [active, setActive] = useState<(typeof tabs)[number]["id"]>("table");
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <section className={open ? "bottom open" : "bottom"}>
      <DrawerClose title="Close text views" onClose={onClose} />
      <div role="tablist" aria-label="Text views">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            onClick={() => setActive(tab.id)}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <div
        key={current.id}
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="tab-panel"
      >
        {current.render()}
      </div>
    </section>
  );
}
