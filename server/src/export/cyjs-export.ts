import { UserError } from "../errors.js";
import { type GraphSnapshot, provenanceNote } from "./graph-snapshot.js";
import { jsonNode, numberedEdges } from "./json-export.js";

/** Where the page drew each node, by node id: a Cytoscape.js export of a view keeps its layout. */
export type NodePositions = Record<string, { x: number; y: number }>;

// Keys Cytoscape gives a meaning to (and kgx's own columns): a property with one of these names is written as
// `property.<key>` so that it never replaces them.
const nodeKeys = new Set(["id", "name", "kind", "labels", "parent"]);
const edgeKeys = new Set(["id", "source", "target", "type", "interaction"]);

/**
 * The graph as Cytoscape.js elements, `{elements: {nodes: [{data}], edges: [{data}]}}`, which `cytoscape({elements})`
 * and Cytoscape desktop (File › Import › Network from File, `.cyjs`) read as they are (decision 0036). Properties are
 * flat columns of `data` (Cytoscape desktop has no nested columns: points become their JSON text); the relationship
 * type is `interaction` as well as `type`; nodes the page drew carry their `position` (and the file `layout: preset`,
 * so that `cytoscape(file)` keeps them). The top-level `data` (scope, provenance note) is what `cy.data()` holds. Streamed one element a line.
 */
export async function* cyjsExport(
  graph: GraphSnapshot,
  scope: string,
  positions: NodePositions | undefined,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  const progress = () => {
    done++;
    if (done % 1000 === 0 || done === total) onProgress?.(done, total);
  };
  const about = {
    name: `kgx: ${scope}`,
    scope,
    database: graph.database,
    ...(graph.provenance ? { provenance: provenanceNote(graph.provenance) } : {}),
  };
  // With positions, `layout: preset` makes `cytoscape(file)` keep them: its default layout without a page ("null")
  // puts every node at (0, 0). Cytoscape desktop reads `position` itself.
  const layout = positions ? '"layout":{"name":"preset"},' : "";
  yield `{"format_version":"1.0","generated_by":"kgx","target_cytoscapejs_version":"~3.30","data":${JSON.stringify(about)},${layout}"elements":{"nodes":[`;
  let first = true;
  for await (const node of graph.nodes()) {
    const { id, kind, labels, name, properties } = jsonNode(node);
    const data = { ...columns(properties, nodeKeys), id, name, kind, labels };
    const position = positions?.[id];
    yield `${first ? "\n" : ",\n"}${JSON.stringify(position ? { data, position } : { data })}`;
    first = false;
    progress();
  }
  yield '\n],"edges":[';
  first = true;
  for await (const edge of numberedEdges(graph.relationships())) {
    const { id, type, source, target } = edge;
    const data = { ...columns(edge.properties, edgeKeys), id, source, target, type, interaction: type };
    yield `${first ? "\n" : ",\n"}${JSON.stringify({ data })}`;
    first = false;
    progress();
  }
  yield "\n]}}\n";
}

/** Properties (already as JSON values) as flat Cytoscape columns: scalars and lists of scalars; anything nested as its JSON text. */
function columns(properties: Record<string, unknown>, reserved: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === "id") continue;
    out[reserved.has(key) ? `property.${key}` : key] = flat(value);
  }
  return out;
}

function flat(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (isScalar(item) ? item : JSON.stringify(item)));
  return isScalar(value) ? value : JSON.stringify(value);
}

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** Checks the node positions a page sent (POST only): at most one per id of an export, each finite `{x, y}`. */
export function checkPositions(value: unknown, maxIds: number): NodePositions | undefined {
  if (value === undefined || value === null) return undefined;
  const shape = 'positions must be an object such as {"state:russia": {"x": 10, "y": -4}}.';
  if (typeof value !== "object" || Array.isArray(value)) throw new UserError(shape);
  const entries = Object.entries(value);
  if (entries.length > maxIds)
    throw new UserError(`Too many positions: ${entries.length} given, at most ${maxIds} per export.`);
  const positions: NodePositions = {};
  for (const [id, position] of entries) {
    const { x, y } = (position ?? {}) as { x?: unknown; y?: unknown };
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
      throw new UserError(`The position of '${id.slice(0, 200)}' must be finite numbers x and y. ${shape}`);
    positions[id] = { x, y };
  }
  return positions;
}
