import neo4j from "neo4j-driver";
import { createCB } from "xmlbuilder2";
import { shownLabels } from "../model/labels.js";
import { toJson } from "../model/values.js";
import { type GraphSnapshot, provenanceNote } from "./graph-snapshot.js";
import { type Columns, type ColumnType, collectColumns, columnText } from "./property-columns.js";

const graphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

/**
 * The graph as GraphML (read by Gephi, yEd and NetworkX, valid against the GraphML schema), written with xmlbuilder2's
 * streaming writer: one `<key>` per property with its attr.type (long, double, boolean, else string: temporal values
 * as ISO text, lists as JSON text such as `[1,-2,3]` or `["a","b"]`), node labels in a `labels` key (`:Entity:Person`,
 * as Neo4j tools write them) and the relationship type in `type` (also as the edge's `label`). Characters XML 1.0
 * cannot hold are replaced by U+FFFD. Node ids and key names must be XML name tokens, so other characters in them
 * are escaped (see `nameToken`); the exact id stays in the `id` data (docs/decisions/0033-graphml-validation.md).
 */
export async function* graphmlExport(
  graph: GraphSnapshot,
  scope: string,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<string> {
  const columns = await collectColumns(graph);
  let buffer: string[] = [];
  // A reader turns a raw carriage return into a line feed (XML end-of-line handling), so it is written as a
  // character reference. xmlbuilder2 leaves it raw, and the only ones in its output come from property text: ids and
  // key names are name tokens and pretty printing adds line feeds only.
  const write = (chunk: string) => buffer.push(chunk.replaceAll("\r", "&#xD;"));
  const xml = createCB({ data: write, prettyPrint: true });
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
    xml.ele("key", { id, for: target, "attr.name": nameToken(name), "attr.type": type }).up();
  key("labels", "node", "labels", "string");
  for (const [name, { id, type }] of nodeKeys) key(id, "node", name, graphmlType(type));
  // Graph-level data (NetworkX reads it into G.graph): what the export covers, and what it added for provenance.
  key("scope", "graph", "scope", "string");
  if (graph.provenance) key("provenance", "graph", "provenance", "string");
  key("type", "edge", "type", "string");
  key("label", "edge", "label", "string");
  for (const [name, { id, type }] of edgeKeys) key(id, "edge", name, graphmlType(type));
  xml.ele("graph", { id: "G", edgedefault: "directed" });
  const data = (id: string, value: string) => xml.ele("data", { key: id }).txt(xmlSafe(value)).up();
  data("scope", scope);
  if (graph.provenance) data("provenance", provenanceNote(graph.provenance));
  yield take();

  const total = graph.counts.nodes + graph.counts.relationships;
  let done = 0;
  for await (const node of graph.nodes()) {
    xml.ele("node", { id: nameToken(node.id) });
    data(
      "labels",
      shownLabels(node.labels)
        .map((label) => `:${label}`)
        .join(""),
    );
    for (const [name, { id, type }] of nodeKeys)
      if (name in node.properties) data(id, graphmlText(node.properties[name], type));
    xml.up();
    yield take();
    if (++done % 1000 === 0) onProgress?.(done, total);
  }
  let edgeNumber = 0;
  for await (const rel of graph.relationships()) {
    xml.ele("edge", {
      id: `e${edgeNumber++}`,
      source: nameToken(rel.source),
      target: nameToken(rel.target),
    });
    data("type", rel.type);
    data("label", rel.type);
    for (const [name, { id, type }] of edgeKeys)
      if (name in rel.properties) data(id, graphmlText(rel.properties[name], type));
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

/**
 * A property value as the text of a `<data>` element: lists as JSON, -0.0 with its sign (JavaScript prints -0 as
 * `0`, and a double key reads `-0.0` back as negative zero), the rest as CSV writes it.
 */
export function graphmlText(value: unknown, type: ColumnType): string {
  if (Object.is(value, -0)) return "-0.0";
  return Array.isArray(value) ? `[${value.map(jsonItem).join(",")}]` : columnText(value, type);
}

// GraphML has no list type, so a list is written as JSON, which every reader can parse. Unlike JSON.stringify,
// Integers keep every digit and Floats keep a fraction (1.0), so a reader tells them apart; NaN and the infinities
// become null as in the JSON export; temporal values are ISO strings and points {srid, x, y[, z}].
function jsonItem(item: unknown): string {
  if (neo4j.isInt(item) || typeof item === "bigint") return item.toString();
  if (typeof item === "number") {
    if (!Number.isFinite(item)) return "null";
    if (Object.is(item, -0)) return "-0.0";
    return Number.isInteger(item) && Math.abs(item) < 1e21 ? `${item}.0` : String(item);
  }
  return JSON.stringify(toJson(item));
}

// XML 1.0 name characters (NameChar), limited to the Basic Multilingual Plane and to letters, digits and marks: the
// fifth edition of XML allows more, but validators built on the older tables (the JDK's, libxml2's) reject them.
const asciiNameCharacter = /^[-.:_0-9A-Za-z\u00b7]$/;
const letterDigitOrMark = /^[\p{L}\p{Nd}\p{M}]$/u;
const nameRanges = [
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x203f, 0x2040],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
];

function isNameCharacter(c: string): boolean {
  if (asciiNameCharacter.test(c)) return true;
  const code = c.codePointAt(0) ?? 0;
  return letterDigitOrMark.test(c) && nameRanges.some(([low = 0, high = 0]) => code >= low && code <= high);
}

/**
 * `text` as an XML name token (xs:NMTOKEN, which GraphML requires for node ids, edge ends and key names): any other
 * character becomes `_x<hex code point>_`, and so does a `_` before an `x`, so distinct texts stay distinct. Ids and
 * keys made of letters, digits, `:`, `-` and `.` (every kgx id) are left as they are.
 */
export function nameToken(text: string): string {
  const characters = [...text];
  if (characters.length === 0) return "_x_";
  return characters
    .map((c, i) =>
      isNameCharacter(c) && !(c === "_" && characters[i + 1] === "x")
        ? c
        : `_x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .join("");
}

/** Replaces what XML 1.0 cannot carry (most control characters, lone surrogates) with U+FFFD. */
function xmlSafe(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
}
