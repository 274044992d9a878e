import { emptyView, type LayoutName, layoutNames, type ViewState } from "../view/types";

/** What a link carries: the view by stable ids, and the selected node. */
export interface DeepLink {
  view: ViewState;
  selected: string | null;
}

// Ids stay readable in the address bar ("state:russia"): only what would break the hash is escaped.
const encodeId = (id: string) => encodeURIComponent(id).replaceAll("%3A", ":");
const list = (ids: readonly string[]) => ids.map(encodeId).join(",");
const parseList = (value: string | undefined) =>
  value ? value.split(",").filter(Boolean).map(safeDecode) : [];

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A hand-edited link with a stray "%": keep the id as written; it then matches no node and is left out.
    return value;
  }
}

/** The hash's key=value pairs, values still encoded. */
function parseHash(hash: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of hash.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    if (at > 0) pairs.set(part.slice(0, at), part.slice(at + 1));
  }
  return pairs;
}

/**
 * The URL hash for a view: node ids (stable `id` properties, never Neo4j's internal ids), expansions,
 * filters, transfer mode, layout, pins and selection, so that the link restores the view anywhere.
 */
export function encodeDeepLink({ view, selected }: DeepLink): string {
  const params = new Map<string, string>();
  params.set("n", list(view.nodeIds));
  if (view.expanded.length > 0) params.set("x", list(view.expanded));
  if (selected) params.set("s", encodeId(selected));
  if (view.transferMode !== "nodes") params.set("t", view.transferMode);
  if (view.layout !== "fcose") params.set("l", view.layout);
  const { hiddenKinds, hiddenEdgeTypes, hideDenied, corroboratedOnly } = view.filters;
  if (hiddenKinds.length > 0) params.set("hk", list(hiddenKinds));
  if (hiddenEdgeTypes.length > 0) params.set("he", list(hiddenEdgeTypes));
  if (hideDenied) params.set("hd", "1");
  if (corroboratedOnly) params.set("co", "1");
  if (view.highlight.length > 0) params.set("h", list(view.highlight));
  const pins = Object.entries(view.pinned).map(
    ([id, { x, y }]) => `${encodeId(id)}@${Math.round(x)}@${Math.round(y)}`,
  );
  if (pins.length > 0) params.set("p", pins.join(","));
  return `#${[...params].map(([key, value]) => `${key}=${value}`).join("&")}`;
}

/** The view a hash describes, or null when the hash holds no view. Unknown values fall back to defaults. */
export function decodeDeepLink(hash: string): DeepLink | null {
  const params = parseHash(hash);
  if (!params.has("n")) return null;
  const layout = params.get("l");
  const pinned: ViewState["pinned"] = {};
  for (const pin of (params.get("p") ?? "").split(",")) {
    const [encoded, x, y] = pin.split("@");
    const id = encoded ? safeDecode(encoded) : undefined;
    if (id && Number.isFinite(Number(x)) && Number.isFinite(Number(y)))
      pinned[id] = { x: Number(x), y: Number(y) };
  }
  const view: ViewState = {
    ...emptyView,
    nodeIds: parseList(params.get("n")),
    expanded: parseList(params.get("x")),
    transferMode: params.get("t") === "arrows" ? "arrows" : "nodes",
    layout: layoutNames.includes(layout as LayoutName) ? (layout as LayoutName) : "fcose",
    filters: {
      hiddenKinds: parseList(params.get("hk")),
      hiddenEdgeTypes: parseList(params.get("he")),
      hideDenied: params.get("hd") === "1",
      corroboratedOnly: params.get("co") === "1",
    },
    highlight: parseList(params.get("h")),
    pinned,
  };
  const selected = params.get("s");
  return { view, selected: selected ? safeDecode(selected) : null };
}
