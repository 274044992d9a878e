import { edgeId } from "../model/edge-ids.js";
import { kindOf } from "../model/labels.js";
import { propertiesToJson } from "../model/values.js";
import type { ExportRelationship, GraphSnapshot } from "./graph-snapshot.js";

/**
 * The graph as JSON in the shape of the API's `Subgraph` (nodes with id, kind, labels, name, properties; edges
 * with id, type, source, target, properties; edge ids `source>TYPE>target` with `#2`, `#3`... for parallel
 * relationships), streamed one node or edge per line.
 */
export async function* jsonExport(
  graph: GraphSnapshot,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  const progress = () => {
    done++;
    if (done % 1000 === 0 || done === total) onProgress?.(done, total);
  };
  yield '{"nodes":[';
  let first = true;
  for await (const node of graph.nodes()) {
    const properties = propertiesToJson(node.properties);
    const name = [properties.name, properties.title].find((v) => typeof v === "string" && v) ?? node.id;
    const item = { id: node.id, kind: kindOf(node.labels), labels: node.labels, name, properties };
    yield `${first ? "\n" : ",\n"}${JSON.stringify(item)}`;
    first = false;
    progress();
  }
  yield '\n],"edges":[';
  first = true;
  for await (const edge of numberedEdges(graph.relationships())) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(edge)}`;
    first = false;
    progress();
  }
  yield '\n],"truncated":false}\n';
}

/** Edges with the API's ids; parallel ones (adjacent, as relationships come sorted) numbered by their JSON. */
async function* numberedEdges(relationships: AsyncIterable<ExportRelationship>) {
  let run: { base: string; key: string; edge: ExportRelationship; properties: Record<string, unknown> }[] =
    [];
  const flush = function* () {
    run.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const [i, { edge, properties }] of run.entries())
      yield {
        id: edgeId(edge.source, edge.type, edge.target, i + 1),
        type: edge.type,
        source: edge.source,
        target: edge.target,
        properties,
      };
    run = [];
  };
  for await (const edge of relationships) {
    const base = edgeId(edge.source, edge.type, edge.target);
    if (run.length > 0 && run[0]?.base !== base) yield* flush();
    const properties = propertiesToJson(edge.properties);
    run.push({ base, key: JSON.stringify(properties), edge, properties });
  }
  yield* flush();
}
