import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef, useState } from "react";
import { CanvasContext, type CanvasHandle } from "./context";
import { ElementsController } from "./controllers/ElementsController";
import { EventsController } from "./controllers/EventsController";
import { ExportController } from "./controllers/ExportController";
import { InspectController } from "./controllers/InspectController";
import { LayoutController } from "./controllers/LayoutController";
import { SelectionController } from "./controllers/SelectionController";
import { graphStyle } from "./style";

cytoscape.use(fcose);

interface GraphCanvasProps {
  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => void;
  label: string;
}

/**
 * Owns the page's one Cytoscape instance: creates it on mount, destroys it on unmount, and hands it to the
 * renderless controllers (elements, layout, events, selection, export), one concern each.
 */
export function GraphCanvas({ onKeyDown, label }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<CanvasHandle | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    setHandle({ cy, layoutRequests: new EventTarget() });
    return () => {
      setHandle(null);
      cy.destroy();
    };
  }, []);

  return (
    <>
      <div
        ref={container}
        className="canvas"
        data-testid="canvas"
        data-ready="false"
        role="application"
        aria-roledescription="graph"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes arrow keys to move between nodes.
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      {handle && (
        <CanvasContext.Provider value={handle}>
          <ElementsController />
          <LayoutController />
          <EventsController />
          <SelectionController />
          <ExportController />
          <InspectController />
        </CanvasContext.Provider>
      )}
    </>
  );
}
