import { builder } from "../builder.js";
import type { EdgeRecord } from "../graph-records.js";

/** Any relationship of the graph, identified by its end nodes' ids (never Neo4j's internal ids). */
export const GraphEdge = builder.objectRef<EdgeRecord>("GraphEdge");

GraphEdge.implement({
  description:
    "A relationship. Its id is `source>TYPE>target`, with `#2`, `#3`... for parallel relationships of one type.",
  fields: (t) => ({
    id: t.exposeID("id"),
    type: t.exposeString("type"),
    source: t.exposeID("source"),
    target: t.exposeID("target"),
    properties: t.field({ type: "JSON", resolve: (edge) => edge.properties }),
  }),
});
