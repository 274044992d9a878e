/** A node as the server's generic graph API sends it (`GraphNode`). */
export interface GraphNode {
  id: string;
  kind: string;
  labels: string[];
  name: string;
  degree: number;
  properties: Record<string, unknown>;
}

/** A relationship as the server sends it (`GraphEdge`); `source` and `target` are node ids. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A piece of the graph as the server sends it (`Subgraph`). */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  cypher: string;
}

/** Everything the page has received from the server so far, by id. */
export interface GraphCache {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
}
