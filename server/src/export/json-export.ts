import { edgeId } from "../model/edge-ids.js";
import { kindOf, shownLabels } from "../model/labels.js";
import { propertiesToJson } from "../model/values.js";
import {
  type ExportNode,
  type ExportRelationship,
  type GraphSnapshot,
  provenanceNote,
} from "./graph-snapshot.js";

/**
 * The graph as JSON in the shape of the API's `Subgraph` (nodes with id, kind, labels, name, properties; edges
 * with id, type, source, target, properties; edge ids `source>TYPE>target` with `#2`, `#3`... for parallel
 * relationships), streamed one node or edge per line. It is also node-link data as NetworkX reads it with its
 * defaults (`directed`, `multigraph`, `graph` with the scope and the provenance added; decision 0037).
 */
export async function* jsonExport(
  graph: GraphSnapshot,
  scope: string,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  const progress = () => {
    done++;
    if (done % 1000 === 0 || done === total) onProgress?.(done, total);
  };
  const metadata = {
    scope,
    database: graph.database,
    ...(graph.provenance
      ? { provenance: { ...graph.provenance, note: provenanceNote(graph.provenance) } }
      : {}),
  };
  yield `{"directed":true,"multigraph":true,"graph":${JSON.stringify(metadata)},"nodes":[`;
  let first = true;
  for await (const node of graph.nodes()) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(jsonNode(node))}`;
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

/** A node as the API's `GraphNode`: id, kind, labels, name (its name or title, else its id) and properties. */
export function jsonNode(node: ExportNode) {
  const properties = propertiesToJson(node.properties);
  const name = [properties.name, properties.title].find((v) => typeof v === "string" && v) ?? node.id;
  return { id: node.id, kind: kindOf(node.labels), labels: shownLabels(node.labels), name, properties };
}

/** Edges with the API's ids; parallel ones (adjacent, as relationships come sorted) numbered by their JSON. */
export async function* numberedEdges(relationships: AsyncIterable<ExportRelationship>) {
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
