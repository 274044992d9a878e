import { claimsAbout, figureText } from "../claims/claims";
import type { GraphCache, GraphNode } from "../graph/types";
import type { CanvasEdge, CanvasModel } from "./types";

/** The label of a folded transfer: what it carries, and the figures claimed for it, side by side. */
export function transferLabel(cache: GraphCache, transfer: GraphNode): string {
  const items = Object.values(cache.edges)
    .filter((edge) => edge.type === "CARRIES" && edge.source === transfer.id)
    .map((edge) => {
      const { quantity, unit } = edge.properties;
      const name = cache.nodes[edge.target]?.name ?? edge.target;
      if (typeof quantity !== "number") return name;
      const figure = figureText({ quantity, unit: typeof unit === "string" ? unit : null });
      return typeof unit === "string" ? `${figure} of ${name}` : `${figure} ${name}`;
    });
  const figures = claimsAbout(cache, transfer.id)
    .map(figureText)
    .filter((figure): figure is string => figure !== null);
  // Short enough to sit on an arrow: two items and three figures at most; the details panel has the rest.
  const shown = items.length > 2 ? [...items.slice(0, 2), `+${items.length - 2} more`] : items;
  const parts = [shown.length > 0 ? shown.join(", ") : transfer.name];
  const distinct = [...new Set(figures)];
  if (distinct.length > 0) parts.push(distinct.slice(0, 3).join(" vs "));
  return parts.join("\n");
}

/**
 * Folds every Transfer node whose sending and receiving parties are both on the canvas into arrows from
 * party to party, labelled with items and figures. The arrow keeps the transfer's id as `ref`, so the
 * selection survives the switch; items left with no edge go too (they are in the label).
 */
export function foldTransfers(cache: GraphCache, model: CanvasModel): CanvasModel {
  const onCanvas = new Set(model.nodes.map((node) => node.id));
  const folded = new Set<string>();
  const arrows: CanvasEdge[] = [];
  for (const node of model.nodes) {
    const transfer = cache.nodes[node.id];
    if (transfer?.kind !== "transfer") continue;
    const ends = (type: string) =>
      model.edges.filter((edge) => edge.type === type && edge.source === node.id).map((edge) => edge.target);
    const from = ends("FROM");
    const to = ends("TO");
    if (from.length === 0 || to.length === 0) continue;
    folded.add(node.id);
    const label = transferLabel(cache, transfer);
    const statusClasses = node.classes.filter((name) => name.startsWith("status-"));
    for (const source of from) {
      for (const target of to) {
        const id = from.length * to.length === 1 ? `fold:${node.id}` : `fold:${node.id}:${source}:${target}`;
        arrows.push({
          id,
          type: "TRANSFER",
          source,
          target,
          label,
          classes: ["folded", ...statusClasses],
          ref: node.id,
        });
      }
    }
  }
  if (folded.size === 0) return model;
  const edges = model.edges.filter((edge) => !folded.has(edge.source) && !folded.has(edge.target));
  const touched = new Set([...edges, ...arrows].flatMap((edge) => [edge.source, edge.target]));
  const nodes = model.nodes.filter(
    (node) => !folded.has(node.id) && (node.kind !== "item" || touched.has(node.id)) && onCanvas.has(node.id),
  );
  return { nodes, edges: [...edges, ...arrows] };
}
