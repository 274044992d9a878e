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

/** The canvas model as Cytoscape element specs. */
export function toElements(model: CanvasModel): ElementSpec[] {
  return [
    ...model.nodes.map(
      (node): ElementSpec => ({
        group: "nodes",
        data: { id: node.id, label: node.label, kind: node.kind, ref: node.id },
        classes: node.classes.join(" "),
      }),
    ),
    ...model.edges.map(
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
