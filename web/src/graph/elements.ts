import type { CanvasModel } from "../core/canvas/types";

/** A Cytoscape element as plain data: what the diff compares. */
export interface ElementSpec {
  group: "nodes" | "edges";
  data: {
    id: string;
    label: string;
    kind?: string;
    type?: string;
    source?: string;
    target?: string;
    ref?: string;
  };
  classes: string;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The canvas model as Cytoscape element specs, sorted by id: the layout depends on the order elements are added
 * in, so the same view gives the same order, and the same picture, whatever order the server answered in.
 */
export function toElements(model: CanvasModel): ElementSpec[] {
  return [
    ...[...model.nodes].sort(byId).map(
      (node): ElementSpec => ({
        group: "nodes",
        data: { id: node.id, label: node.label, kind: node.kind, ref: node.id },
        classes: node.classes.join(" "),
      }),
    ),
    ...[...model.edges].sort(byId).map(
      (edge): ElementSpec => ({
        group: "edges",
        data: {
          id: edge.id,
          label: edge.label,
          type: edge.type,
          source: edge.source,
          target: edge.target,
          ref: edge.ref,
        },
        classes: edge.classes.join(" "),
      }),
    ),
  ];
}
