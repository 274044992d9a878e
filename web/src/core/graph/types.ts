/** A node as the server's generic graph API sends it (`GraphNode`). */
export interface GraphNode {
  id: string;
  kind: string;
  labels: string[];
  name: string;
  degree: number;
  properties: Record<string, unknown>;
  /** For a claim or a transfer, when it was said (the server's `GraphNode.said`); absent when not asked for. */
  said?: SaidDates | null;
}

/** When a claim, or the claims about a transfer, were said, as the server's `asOf` reads it (decision 0025). */
export interface SaidDates {
  /** A claim: its statedOn, else its source's publishedOn. A transfer: those of the claims about it. */
  dates: string[];
  inferred: boolean;
  /** It stands at every date: an undated claim; a transfer with no claim about it, or an undated one. */
  undated: boolean;
  /** A claim's source's publishedOn, whatever the claim's own date. */
  publishedOn?: string | null;
  publishedOnInferred: boolean;
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
