import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef } from "react";
import { useCanvasDerivation } from "../../core/canvas/model";
import { useCurrentView } from "../../core/view/store";
import { layoutRequest, useCanvas } from "../context";
import { diffElements, isEmptyPatch } from "../diff";
import { type ElementSpec, toElements } from "../elements";

/** Keeps the canvas equal to the derived elements: diffs by id and applies the patch in one batch. */
export function ElementsController() {
  const { cy, layoutRequests } = useCanvas();
  const view = useCurrentView();
  const { model } = useCanvasDerivation();
  const elements = useMemo(() => toElements(model), [model]);
  const applied = useRef<ElementSpec[]>([]);
  const pinned = useRef(view.pinned);
  pinned.current = view.pinned;

  useEffect(() => {
    const patch = diffElements(applied.current, elements);
    applied.current = elements;
    if (isEmptyPatch(patch)) return;
    const addsNodes = patch.add.some((element) => element.group === "nodes");
    cy.batch(() => {
      cy.remove(patch.remove.reduce((gone, id) => gone.union(cy.getElementById(id)), cy.collection()));
      const anchors = anchorsOf(cy, patch.add);
      const added = cy.add(
        patch.add.map((element) => ({
          group: element.group,
          data: element.data,
          classes: element.classes,
          ...(element.group === "nodes" ? { position: anchors(element.data.id) } : {}),
        })),
      );
      for (const element of patch.update) {
        const existing = cy.getElementById(element.data.id);
        existing.data(element.data);
        existing.classes(element.classes);
      }
      added.nodes().forEach((node) => {
        const pin = pinned.current[node.id()];
        if (pin) node.position(pin);
      });
    });
    // Layouts run after the batch, never inside it.
    if (addsNodes || patch.remove.length > 0) {
      layoutRequests.dispatchEvent(
        new CustomEvent(layoutRequest, { detail: { fresh: applied.current.length === patch.add.length } }),
      );
    } else {
      markReady(cy.container());
    }
  }, [cy, elements, layoutRequests]);

  return null;
}

/** New nodes start next to a neighbour already drawn, so an incremental layout moves them least. */
function anchorsOf(cy: Core, added: readonly ElementSpec[]): (id: string) => { x: number; y: number } {
  const neighbour = new Map<string, string>();
  for (const { group, data } of added) {
    if (group !== "edges" || !data.source || !data.target) continue;
    neighbour.set(data.source, data.target);
    neighbour.set(data.target, data.source);
  }
  const extent = cy.extent();
  return (id) => {
    const anchor = cy.getElementById(neighbour.get(id) ?? "");
    const { x, y } = anchor.nonempty()
      ? anchor.position()
      : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return { x: x + (Math.random() - 0.5) * 60, y: y + (Math.random() - 0.5) * 60 };
  };
}

/** Says on the canvas element that what is drawn matches the view (tests and people wait for it). */
export function markReady(container: HTMLElement | null): void {
  if (container) container.dataset.ready = "true";
}
