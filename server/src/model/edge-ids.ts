/**
 * The edge-id format. Relationships have no id of their own in the model, and kgx never shows Neo4j's internal
 * ids: a relationship is named by its ends and type, `source>TYPE>target` (`transfer:x>CARRIES>item:shells`).
 * Parallel relationships of one type between the same two nodes get `#2`, `#3`... in the order of their properties
 * as sorted JSON, so the same relationship has the same id in every answer and export that holds its two ends.
 */

/** The id of a relationship: `source>TYPE>target`, and `#copy` for the second and later parallel ones. */
export function edgeId(source: string, type: string, target: string, copy = 1): string {
  const base = `${source}>${type}>${target}`;
  return copy === 1 ? base : `${base}#${copy}`;
}

/** The (source, type, target) an edge id names, or undefined when it is not one. */
export function parseEdgeId(id: string): { source: string; type: string; target: string } | undefined {
  const parts = id.replace(/#\d+$/, "").split(">");
  const [source, type, target] = parts;
  return parts.length === 3 && source && type && target ? { source, type, target } : undefined;
}
