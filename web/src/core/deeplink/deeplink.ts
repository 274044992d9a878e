import { emptyView, type LayoutName, layoutNames, type Position, type ViewState } from "../view/types";

/** What a link carries: the view by stable ids, the selected node, and where the nodes were drawn. */
export interface DeepLink {
  view: ViewState;
  selected: string | null;
  /** Where the sender's canvas had laid out the nodes (graph coordinates), so the recipient sees that picture. */
  positions?: Record<string, Position>;
}

/**
 * Positions in the order of the view's node ids, `x.y` in base 36 rounded to whole graph units, a node
 * without one left empty: about 7 characters a node, so a 50-node view adds about 350 to the link.
 */
function encodePositions(nodeIds: readonly string[], positions: Record<string, Position>): string | null {
  const parts = nodeIds.map((id) => {
    const at = positions[id];
    return at ? `${Math.round(at.x).toString(36)}.${Math.round(at.y).toString(36)}` : "";
  });
  return parts.some(Boolean) ? parts.join(",") : null;
}

function decodePositions(nodeIds: readonly string[], value: string | undefined): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const [index, part] of (value ?? "").split(",").entries()) {
    const id = nodeIds[index];
    const [x, y] = part.split(".").map((number) => Number.parseInt(number, 36));
    if (id && x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      positions[id] = { x, y };
    }
  }
  return positions;
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
 * filters, transfer mode, layout, pins, selection and the drawn positions, so that the link restores the view,
 * and the picture, anywhere.
 */
export function encodeDeepLink({ view, selected, positions = {} }: DeepLink): string {
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
  // The timeline's window as from~to, an open end left empty: "w=~2024-01-31" is "as of 31 January 2024".
  if (view.window) params.set("w", `${view.window.from ?? ""}~${view.window.to ?? ""}`);
  const pins = Object.entries(view.pinned).map(
    ([id, { x, y }]) => `${encodeId(id)}@${Math.round(x)}@${Math.round(y)}`,
  );
  if (pins.length > 0) params.set("p", pins.join(","));
  const drawn = encodePositions(view.nodeIds, positions);
  if (drawn) params.set("q", drawn);
  return `#${[...params].map(([key, value]) => `${key}=${value}`).join("&")}`;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The window of `w=from~to`; a malformed end is open, and a window open at both ends is none. */
function parseWindow(value: string | undefined): ViewState["window"] {
  const [from = "", to = ""] = (value ?? "").split("~");
  const window = { from: isoDay.test(from) ? from : null, to: isoDay.test(to) ? to : null };
  return window.from === null && window.to === null ? null : window;
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
    window: parseWindow(params.get("w")),
  };
  const selected = params.get("s");
  return {
    view,
    selected: selected ? safeDecode(selected) : null,
    positions: decodePositions(view.nodeIds, params.get("q")),
  };
}
