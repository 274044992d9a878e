/**
 * The procedures and functions the Cypher console lets a query call; every other one is refused before the query
 * runs, in the text check and again in the EXPLAIN plan. docs/security.md gives the reason for each entry. Names
 * are compared in lower case: Neo4j resolves function names regardless of case, and a procedure named in another
 * case than its own is not found, so comparing in lower case lets nothing more through.
 */

/** Procedures that only read, each with why a researcher needs it. */
export const allowedProcedures: Readonly<Record<string, string>> = {
  "db.labels": "the labels in use (the editor's completion)",
  "db.relationshipTypes": "the relationship types in use (the editor's completion)",
  "db.propertyKeys": "the property keys in use (the editor's completion)",
  "db.schema.visualization": "the shape of the graph: which labels connect to which",
  "db.schema.nodeTypeProperties": "which properties each label's nodes carry, and their types",
  "db.schema.relTypeProperties": "which properties each relationship type carries, and their types",
  "db.index.fulltext.queryNodes": "kgx's full-text search index, as the search box uses it",
  "apoc.path.expand": "bounded traversals with label and type filters",
  "apoc.path.expandConfig": "bounded traversals with label and type filters",
  "apoc.path.subgraphNodes": "the nodes reachable from a start within a bound",
  "apoc.path.subgraphAll": "the subgraph reachable from a start within a bound",
  "apoc.path.spanningTree": "a spanning tree from a start within a bound",
  "apoc.meta.schema": "the graph's schema sampled from the data",
  "apoc.meta.stats": "counts by label and relationship type, from the counts store",
  "apoc.meta.data": "the graph's schema as rows",
  "apoc.meta.graph": "the graph's schema as a graph",
  "apoc.meta.nodeTypeProperties": "which properties each label's nodes carry",
  "apoc.meta.relTypeProperties": "which properties each relationship type carries",
  "apoc.coll.elements": "splits a list into typed columns (pure)",
  "apoc.coll.split": "splits a list at a value (pure)",
  "apoc.coll.partition": "splits a list into batches (pure)",
  "apoc.coll.zipToRows": "pairs two lists as rows (pure)",
  "apoc.coll.pairWithOffset": "pairs a list's items with later ones (pure)",
};

/**
 * Neo4j 5.26's built-in functions (`SHOW FUNCTIONS WHERE isBuiltIn`): they compute values from their arguments and
 * the graph and cannot write. Left out: `file()` and `linenumber()`, which only serve LOAD CSV and name a file, and
 * `graph.byName()`/`graph.byElementId()`, which only serve USE on composite databases.
 */
const builtInFunctions = [
  "abs",
  "acos",
  "all",
  "any",
  "asin",
  "atan",
  "atan2",
  "avg",
  "btrim",
  "ceil",
  "char_length",
  "character_length",
  "coalesce",
  "collect",
  "cos",
  "cot",
  "count",
  "date",
  "date.realtime",
  "date.statement",
  "date.transaction",
  "date.truncate",
  "datetime",
  "datetime.fromepoch",
  "datetime.fromepochmillis",
  "datetime.realtime",
  "datetime.statement",
  "datetime.transaction",
  "datetime.truncate",
  "degrees",
  "duration",
  "duration.between",
  "duration.inDays",
  "duration.inMonths",
  "duration.inSeconds",
  "e",
  "elementId",
  "endNode",
  "exists",
  "exp",
  "floor",
  "haversin",
  "head",
  "id",
  "isEmpty",
  "isNaN",
  "keys",
  "labels",
  "last",
  "left",
  "length",
  "localdatetime",
  "localdatetime.realtime",
  "localdatetime.statement",
  "localdatetime.transaction",
  "localdatetime.truncate",
  "localtime",
  "localtime.realtime",
  "localtime.statement",
  "localtime.transaction",
  "localtime.truncate",
  "log",
  "log10",
  "lower",
  "ltrim",
  "max",
  "min",
  "nodes",
  "none",
  "normalize",
  "nullIf",
  "percentileCont",
  "percentileDisc",
  "pi",
  "point",
  "point.distance",
  "point.withinBBox",
  "properties",
  "radians",
  "rand",
  "randomUUID",
  "range",
  "reduce",
  "relationships",
  "replace",
  "reverse",
  "right",
  "round",
  "rtrim",
  "sign",
  "sin",
  "single",
  "size",
  "split",
  "sqrt",
  "startNode",
  "stdev",
  "stdevp",
  "substring",
  "sum",
  "tail",
  "tan",
  "time",
  "time.realtime",
  "time.statement",
  "time.transaction",
  "time.truncate",
  "timestamp",
  "toBoolean",
  "toBooleanList",
  "toBooleanOrNull",
  "toFloat",
  "toFloatList",
  "toFloatOrNull",
  "toInteger",
  "toIntegerList",
  "toIntegerOrNull",
  "toLower",
  "toString",
  "toStringList",
  "toStringOrNull",
  "toUpper",
  "trim",
  "type",
  "upper",
  "valueType",
  "vector.similarity.cosine",
  "vector.similarity.euclidean",
  // Not functions in SHOW FUNCTIONS, but written like calls: shortest paths in patterns.
  "shortestPath",
  "allShortestPaths",
];

/**
 * APOC function families that are pure (a value from their arguments; `apoc.map.fromNodes` and
 * `apoc.meta.nodes.count` read nodes): lists, maps, text, Cypher type names, and paths built from parts.
 */
const apocFunctionPrefixes = ["apoc.coll.", "apoc.map.", "apoc.text.", "apoc.meta.cypher.", "apoc.path."];
const apocFunctions = ["apoc.meta.nodes.count"];

const procedureNames = new Set(Object.keys(allowedProcedures).map((name) => name.toLowerCase()));
const functionNames = new Set([...builtInFunctions, ...apocFunctions].map((name) => name.toLowerCase()));

/** Whether the console lets a query call this procedure. */
export function isAllowedProcedure(name: string): boolean {
  return procedureNames.has(name.toLowerCase());
}

/** Whether the console lets a query call this function. */
export function isAllowedFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return functionNames.has(lower) || apocFunctionPrefixes.some((prefix) => lower.startsWith(prefix));
}
