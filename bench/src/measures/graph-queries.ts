/** The GraphQL documents the measurements send: what the web page asks for when it draws a subgraph. */
export const subgraphFields = `nodes { id kind labels name degree properties } edges { id type source target properties } truncated`;

export const neighbourhoodQuery = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { ${subgraphFields} }
}`;

export const searchQuery = `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { id kind labels name degree properties }
}`;

export const pathsQuery = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to) { ${subgraphFields} }
}`;

/** The shape of a neighbourhood answer, as far as the checks need it. */
export interface NeighbourhoodData {
  neighbourhood: { nodes: { id: string }[]; edges: unknown[]; truncated: boolean };
}
