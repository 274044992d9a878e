import type { Core } from "cytoscape";
import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { CanvasContext, type CanvasHandle } from "./context";
import { ElementsController } from "./controllers/ElementsController";
import { EventsController } from "./controllers/EventsController";
import { ExportController } from "./controllers/ExportController";
import { InspectController } from "./controllers/InspectController";
import { LabelController } from "./controllers/LabelController";
import { LayoutController } from "./controllers/LayoutController";
import { SelectionController } from "./controllers/SelectionController";
import { HoverTooltip } from "./HoverTooltip";
import { NotFoundNotice } from "./NotFoundNotice";
import { graphStyle } from "./style";
import { naturalWheelZoom } from "./wheelZoom";
import { ZoomControls, zoomKey } from "./ZoomControls";
import "./canvas.css";

interface GraphCanvasProps {
  onKeyDown: (event: React.KeyboardEvent<HTMLDivElement>) => void;
  label: string;
}

/**
 * Owns the page's one Cytoscape instance: creates it on mount, destroys it on unmount, and hands it to the
 * renderless controllers (elements, layout, labels, events, selection, export, inspect), one concern each.
 */
export function GraphCanvas({ onKeyDown, label }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<CanvasHandle | null>(null);

  useEffect(() => {
    if (!container.current) return;
    let instance: Core | undefined;
    // Before Cytoscape binds its own wheel listener, so that this one runs first.
    const stopWheelZoom = naturalWheelZoom(container.current, () => instance);
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(1),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    instance = cy;
    setHandle({ cy, layoutRequests: new EventTarget() });
    return () => {
      stopWheelZoom();
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
        onKeyDown={(event) => {
          if (handle && !event.ctrlKey && !event.metaKey && !event.altKey && zoomKey(handle.cy, event.key)) {
            event.preventDefault();
            event.stopPropagation();
          } else onKeyDown(event);
        }}
      />
      <NotFoundNotice />
      {handle && (
        <CanvasContext.Provider value={handle}>
          {/* The label and layout controllers listen before the elements controller adds the first elements:
              the view's data may be here before the canvas is (main.tsx asks for it first). */}
          <LabelController />
          <LayoutController />
          <ElementsController />
          <EventsController />
          <SelectionController />
          <ExportController />
          <InspectController />
          <ZoomControls />
          <HoverTooltip />
        </CanvasContext.Provider>
      )}
    </>
  );
}
