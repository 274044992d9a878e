import { createCB } from "xmlbuilder2";
import type { GraphSnapshot } from "./graph-snapshot.js";
import { type Columns, type ColumnType, collectColumns, columnText } from "./property-columns.js";

const graphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

/**
 * The graph as GraphML (read by Gephi, yEd and NetworkX), written with xmlbuilder2's streaming writer: one
 * `<key>` per property with its attr.type (long, double, boolean, else string: lists and temporal values as
 * text), node labels in a `labels` key (`:Entity:Person`, as Neo4j tools write them) and the relationship type in
 * `type` (also as the edge's `label`). Characters XML 1.0 cannot hold are replaced by U+FFFD.
 */
export async function* graphmlExport(
  graph: GraphSnapshot,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const columns = await collectColumns(graph);
  let buffer: string[] = [];
  const xml = createCB({ data: (chunk: string) => buffer.push(chunk), prettyPrint: true });
  const take = () => {
    const text = buffer.join("");
    buffer = [];
    return text;
  };
  const nodeKeys = declare(columns.nodes, "n");
  const edgeKeys = declare(columns.relationships, "e");
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  xml.ele(graphmlNamespace, "graphml", {
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${graphmlNamespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  });
  const key = (id: string, target: string, name: string, type: string) =>
    xml.ele("key", { id, for: target, "attr.name": name, "attr.type": type }).up();
  key("labels", "node", "labels", "string");
  for (const [name, { id, type }] of nodeKeys) key(id, "node", name, graphmlType(type));
  key("type", "edge", "type", "string");
  key("label", "edge", "label", "string");
  for (const [name, { id, type }] of edgeKeys) key(id, "edge", name, graphmlType(type));
  xml.ele("graph", { id: "G", edgedefault: "directed" });
  yield take();

  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  const data = (id: string, value: string) => xml.ele("data", { key: id }).txt(xmlSafe(value)).up();
  for await (const node of graph.nodes()) {
    xml.ele("node", { id: xmlSafe(node.id) });
    data("labels", node.labels.map((label) => `:${label}`).join(""));
    for (const [name, { id, type }] of nodeKeys)
      if (name in node.properties) data(id, columnText(node.properties[name], type));
    xml.up();
    yield take();
    if (++done % 1000 === 0) onProgress?.(done, total);
  }
  let edgeNumber = 0;
  for await (const rel of graph.relationships()) {
    xml.ele("edge", { id: `e${edgeNumber++}`, source: xmlSafe(rel.source), target: xmlSafe(rel.target) });
    data("type", rel.type);
    data("label", rel.type);
    for (const [name, { id, type }] of edgeKeys)
      if (name in rel.properties) data(id, columnText(rel.properties[name], type));
    xml.up();
    yield take();
    if (++done % 1000 === 0) onProgress?.(done, total);
  }
  onProgress?.(total, total);
  xml.up().up().end();
  yield take();
}

function declare(columns: Columns, prefix: string): Map<string, { id: string; type: ColumnType }> {
  return new Map([...columns].map(([name, type], i) => [name, { id: `${prefix}${i}`, type }]));
}

function graphmlType(type: ColumnType): string {
  return type === "long" || type === "double" || type === "boolean" ? type : "string";
}

/** Replaces what XML 1.0 cannot carry (most control characters, lone surrogates) with U+FFFD. */
function xmlSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
}
