/** A node as the canvas draws it: derived from the data and the view, never stored. */
export interface CanvasNode {
  id: string;
  kind: string;
  label: string;
  classes: string[];
}

/** An edge as the canvas draws it; `ref` is the id the user selects through it (a folded transfer's). */
export interface CanvasEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  classes: string[];
  ref: string;
}

/** What the canvas shows. */
export interface CanvasModel {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}
