import type { Core, EdgeSingular, LayoutOptions, Layouts } from "cytoscape";
import { useEffect, useRef } from "react";
import { useCurrentView } from "../../core/view/store";
import type { LayoutName, Position } from "../../core/view/types";
import { layoutRequest, useCanvas } from "../context";
import { markReady } from "./ElementsController";

function layoutOptions(name: LayoutName, fresh: boolean): LayoutOptions {
  const common = { fit: true, padding: 40, animate: false };
  if (name === "concentric") {
    return {
      ...common,
      name,
      minNodeSpacing: 30,
      concentric: (node) => node.degree(false),
      levelWidth: () => 2,
    };
  }
  if (name === "breadthfirst") return { ...common, name, directed: true, spacingFactor: 1.1 };
  return {
    ...common,
    name: "fcose",
    quality: "default",
    randomize: fresh,
    nodeRepulsion: () => 16000,
    // A folded transfer carries a long label: give its arrow room.
    idealEdgeLength: (edge: EdgeSingular) => (edge.hasClass("folded") ? 260 : 120),
    nodeSeparation: 90,
  } as LayoutOptions;
}

/**
 * Runs the chosen layout after element patches and when the user picks a layout. Dragged nodes are locked
 * while it runs, so hand-placed positions stay. Marks the canvas ready, and the first drawn frame, after it.
 */
export function LayoutController() {
  const { cy, layoutRequests } = useCanvas();
  const { layout, layoutRun, pinned } = useCurrentView();
  const settings = useRef({ layout, pinned });
  settings.current = { layout, pinned };
  const running = useRef<Layouts | null>(null);

  useEffect(() => {
    const run = (fresh: boolean) => {
      running.current?.stop();
      running.current = runLayout(cy, settings.current.layout, settings.current.pinned, fresh);
    };
    const onRequest = (event: Event) => run((event as CustomEvent<{ fresh: boolean }>).detail.fresh);
    layoutRequests.addEventListener(layoutRequest, onRequest);
    return () => layoutRequests.removeEventListener(layoutRequest, onRequest);
  }, [cy, layoutRequests]);

  useEffect(() => {
    if (layoutRun === 0 || cy.nodes().empty()) return;
    running.current?.stop();
    running.current = runLayout(cy, layout, settings.current.pinned, layout === "fcose");
  }, [cy, layout, layoutRun]);

  return null;
}

function runLayout(cy: Core, name: LayoutName, pinned: Record<string, Position>, fresh: boolean): Layouts {
  const container = cy.container();
  if (container) container.dataset.ready = "false";
  const locked = cy.nodes().filter((node) => pinned[node.id()] !== undefined);
  locked.forEach((node) => {
    const pin = pinned[node.id()];
    if (pin) node.position(pin);
  });
  locked.lock();
  const layout = cy.layout(layoutOptions(name, fresh));
  layout.one("layoutstop", () => {
    locked.unlock();
    requestAnimationFrame(() => {
      if (performance.getEntriesByName("kgx-first-frame").length === 0 && cy.nodes().nonempty()) {
        performance.mark("kgx-first-frame");
      }
      markReady(container);
      if (container) container.dataset.layouts = String(Number(container.dataset.layouts ?? 0) + 1);
    });
  });
  layout.run();
  return layout;
}
