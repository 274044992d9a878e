/** A value as a cell shows it: nodes as (name:Label), relationships as [:TYPE], paths by length, the rest as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  const item = value as Record<string, unknown>;
  if (Array.isArray(item.labels) && "properties" in item)
    return `(${String(item.name ?? "")}:${item.labels.join(":")})`;
  if (typeof item.type === "string" && "source" in item)
    return `(${item.source})-[:${item.type}]->(${item.target})`;
  if (Array.isArray(item.nodes) && Array.isArray(item.relationships))
    return `path of ${item.relationships.length} relationships: ${item.nodes.map(cellText).join(" – ")}`;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
