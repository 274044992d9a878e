import { namedQuery } from "../cypher/named-queries.js";

/** The named Cypher of the GraphQL API, read once at start so that a missing query fails then, not per request. */
export const graphQueries = {
  node: namedQuery("queries/graph.cypher", "node"),
  nodesById: namedQuery("queries/graph.cypher", "nodes-by-id"),
  search: namedQuery("queries/graph.cypher", "search"),
  neighbourhood: [1, 2, 3].map((depth) => namedQuery("queries/graph.cypher", `neighbourhood-${depth}`)),
  paths: namedQuery("queries/graph.cypher", "paths"),
  graph: namedQuery("queries/graph.cypher", "graph"),
  graphOfIds: namedQuery("queries/graph.cypher", "graph-of-ids"),
  subgraph: namedQuery("queries/graph.cypher", "subgraph"),
};

/** The named Cypher of the typed domain. */
export const domainQueries = {
  related: namedQuery("queries/domain.cypher", "related"),
  transfers: namedQuery("queries/domain.cypher", "transfers"),
  claims: namedQuery("queries/domain.cypher", "claims"),
  entities: namedQuery("queries/domain.cypher", "entities"),
  sources: namedQuery("queries/domain.cypher", "sources"),
};

/** The named Cypher of the curation mutations. */
export const curationQueries = {
  createNode: namedQuery("queries/curation.cypher", "create-node"),
  updateNode: namedQuery("queries/curation.cypher", "update-node"),
  link: namedQuery("queries/curation.cypher", "link"),
  unlink: namedQuery("queries/curation.cypher", "unlink"),
};

/** The named Cypher of the timeline. */
export const timelineQueries = {
  timeline: namedQuery("queries/timeline.cypher", "timeline"),
  said: namedQuery("queries/timeline.cypher", "said"),
};
