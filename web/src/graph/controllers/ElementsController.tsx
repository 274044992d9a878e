import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef } from "react";
import { useCanvasDerivation } from "../../core/canvas/model";
import { useLaidOut } from "../../core/canvas/positions";
import { useCurrentView } from "../../core/view/store";
import { type LayoutRequestDetail, layoutPendingKey, layoutRequest, useCanvas } from "../context";
import { diffElements, isEmptyPatch } from "../diff";
import { type ElementSpec, toElements } from "../elements";
import { declutterIfStale, labelClassesOf, markLabelsStale, withLabelHidden } from "./LabelController";

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
    const addedNodes = patch.add.filter((element) => element.group === "nodes").map((node) => node.data.id);
    const known = useLaidOut.getState().positions;
    const placed = addedNodes.filter((id) => known[id] !== undefined);
    cy.batch(() => {
      cy.remove(patch.remove.reduce((gone, id) => gone.union(cy.getElementById(id)), cy.collection()));
      const anchors = anchorsOf(cy, patch.add);
      const added = cy.add(
        patch.add.map((element) => ({
          group: element.group,
          data: element.data,
          classes: withLabelHidden(element.classes),
          ...(element.group === "nodes"
            ? { position: known[element.data.id] ?? anchors(element.data.id) }
            : {}),
        })),
      );
      for (const element of patch.update) {
        const existing = cy.getElementById(element.data.id);
        existing.data(element.data);
        existing.classes([element.classes, ...labelClassesOf(existing)].join(" "));
      }
      added.nodes().forEach((node) => {
        const pin = pinned.current[node.id()];
        if (pin) node.position(pin);
      });
    });
    // Layouts run after the batch, never inside it.
    // Removing nodes moves no other node: only added nodes need a place.
    if (addedNodes.length > 0) {
      const detail: LayoutRequestDetail = {
        fresh: applied.current.length === patch.add.length,
        added: addedNodes,
        placed,
      };
      layoutRequests.dispatchEvent(new CustomEvent(layoutRequest, { detail }));
    } else {
      markLabelsStale(cy);
      markReady(cy);
    }
  }, [cy, elements, layoutRequests]);

  return null;
}

/**
 * New nodes start on a ring around a neighbour already drawn (in id order, so the same expansion gives the same
 * start), so that the incremental layout places them around the node that brought them.
 */
function anchorsOf(cy: Core, added: readonly ElementSpec[]): (id: string) => { x: number; y: number } {
  const neighbour = new Map<string, string>();
  for (const { group, data } of added) {
    if (group !== "edges" || !data.source || !data.target) continue;
    neighbour.set(data.source, data.target);
    neighbour.set(data.target, data.source);
  }
  const extent = cy.extent();
  const placed = new Map<string, number>();
  return (id) => {
    const anchorId = neighbour.get(id) ?? "";
    const anchor = cy.getElementById(anchorId);
    const { x, y } = anchor.nonempty()
      ? anchor.position()
      : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const index = placed.get(anchorId) ?? 0;
    placed.set(anchorId, index + 1);
    const angle = index * goldenAngle;
    const radius = 150 + 20 * index;
    return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
  };
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/**
 * Says on the canvas element that what is drawn matches the view (tests and people wait for it), once the labels
 * that fit are chosen.
 */
export function markReady(cy: Core): void {
  declutterIfStale(cy);
  if (cy.scratch(layoutPendingKey)) return;
  const container = cy.container();
  if (container) container.dataset.ready = "true";
}
