import type { Core, EventObject, NodeSingular, SingularElementArgument } from "cytoscape";
import { useEffect } from "react";
import { useCanvas } from "../context";
import {
  type Box,
  BoxGrid,
  chooseLabels,
  gridCell,
  type LabelCandidate,
  narrowPlaces,
  type Obstacle,
  otherPlaces,
  type Place,
  type Placement,
  roomForLabel,
} from "../declutter";
import { edgeLabelZoom, graphStyle } from "../style";

/**
 * Per canvas: the hovered element, and whether the labels must be chosen again. Kept here rather than in
 * `cy.scratch`, whose setter restyles every element of the graph.
 */
interface LabelState {
  hovered: string | undefined;
  stale: boolean;
}
const labelState = new WeakMap<Core, LabelState>();

function stateOf(cy: Core): LabelState {
  let state = labelState.get(cy);
  if (!state) {
    state = { hovered: undefined, stale: true };
    labelState.set(cy, state);
  }
  return state;
}

/** Says that the labels must be chosen again (something moved, zoomed, appeared or changed). */
export function markLabelsStale(cy: Core): void {
  stateOf(cy).stale = true;
}

/** Chooses the labels again unless nothing changed since they were last chosen. */
export function declutterIfStale(cy: Core): void {
  if (stateOf(cy).stale) declutterLabels(cy);
}

/** The label classes an element has now, to keep when its other classes are replaced. */
export function labelClassesOf(element: SingularElementArgument): string[] {
  return ["label-hidden", narrowClass, ...placements.map(placementClass)].filter((name) =>
    element.hasClass(name),
  );
}

/**
 * The classes of an element the canvas adds: its label starts hidden, and the label pass shows it if it fits.
 * So the first frame draws only the labels that fit, and the pass restyles only those.
 */
export function withLabelHidden(classes: string): string {
  return `${classes} label-hidden`;
}

/**
 * The rank of an element's label, lower drawn first: states and people, then transfers (nodes, or arrows when
 * folded), then the other nodes by degree, then relationship labels.
 */
function rank(element: SingularElementArgument): number {
  if (element.isEdge()) return element.hasClass("folded") ? 1 : 4;
  const kind = String(element.data("kind"));
  if (kind === "state" || kind === "person") return 0;
  if (kind === "transfer") return 1;
  return 2 + 1 / (1 + element.degree(false));
}

/** The bounding-box options that measure a node's or an edge's own label and nothing else. */
export const labelOnly = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
} as const;

/**
 * An element's label box, measured afresh. Cytoscape keeps an element's bounds until it thinks the element changed,
 * and a label class toggled in this frame, or the selected state, does not always tell it (`useCache: false` alone
 * keeps them too): a label measured under one shape and drawn under another is drawn clipped to the old box.
 */
function measureAfresh(element: SingularElementArgument): Box {
  (element as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
  return element.boundingBox(uncached) as Box;
}
const uncached = { ...labelOnly, useCache: false } as const;

const placements: Placement[] = ["top", "right", "left"];
const placementClass = (placement: Placement) => `label-${placement}`;
/** The class that wraps a label narrower (the stylesheet's `text-max-width` for it). */
const narrowClass = "label-narrow";

/**
 * At most this many labels that found no place are measured again wrapped narrower, highest ranked first: the
 * measuring costs a style pass per label, and the first frame of a large graph (R9) must not pay it for all.
 */
const narrowTries = 24;

/** Where the stylesheet starts a node's label below it, in model coordinates. */
const belowTop = (node: NodeSingular, zoom: number) =>
  node.position().y + node.height() / 2 + labelMargin / zoom;

/** A node's label box as it would be below the node, wherever it is drawn now: same size, default place. */
function labelBelow(node: NodeSingular, zoom: number, forced: boolean): { box: Box; body: Box } {
  // A label wrapped narrower last time is measured at its usual width again.
  const wasNarrow = node.hasClass(narrowClass);
  if (wasNarrow) node.removeClass(narrowClass);
  const body = node.boundingBox({ includeLabels: false, includeOverlays: false }) as Box;
  // A hovered or selected label may have just taken its wider, padded background: measured afresh.
  const now = wasNarrow || forced ? measureAfresh(node) : (node.boundingBox(labelOnly) as Box);
  const width = now.x2 - now.x1;
  const height = now.y2 - now.y1;
  if (!placements.some((placement) => node.hasClass(placementClass(placement)))) return { box: now, body };
  const middle = (body.x1 + body.x2) / 2;
  const top = belowTop(node, zoom);
  return { box: { x1: middle - width / 2, x2: middle + width / 2, y1: top, y2: top + height }, body };
}

/**
 * Gives the node labels that found no place (at most `narrowTries`, in `view`) a second chance wrapped narrower:
 * measures each so and adds its four narrow places to its candidate. Returns the ids of the labels measured so.
 */
function addNarrowPlaces(
  cy: Core,
  candidates: LabelCandidate[],
  chosen: ReadonlyMap<string, Place>,
  view: Box,
  zoom: number,
): Set<string> {
  const failed = candidates
    .filter((candidate) => !candidate.forced && candidate.alternatives && !chosen.has(candidate.id))
    .filter(({ box }) => box.x1 < view.x2 && view.x1 < box.x2 && box.y1 < view.y2 && view.y1 < box.y2)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
    .slice(0, narrowTries);
  const tried = new Set<string>();
  for (const candidate of failed) {
    const node = cy.getElementById(candidate.id) as unknown as NodeSingular;
    node.addClass(narrowClass);
    const narrow = measureAfresh(node);
    node.removeClass(narrowClass);
    // Measured back at its usual width at once: left with the narrow size, Cytoscape draws the usual label
    // clipped to it.
    measureAfresh(node);
    tried.add(candidate.id);
    const width = narrow.x2 - narrow.x1;
    // A label that does not wrap narrower (one short line) has no other shape to try.
    if (width >= candidate.box.x2 - candidate.box.x1 - 1) continue;
    const body = node.boundingBox({ includeLabels: false, includeOverlays: false }) as Box;
    const height = narrow.y2 - narrow.y1;
    const margin = (labelMargin + 1) / zoom;
    candidate.alternatives?.push(...narrowPlaces(body, width, height, margin, belowTop(node, zoom)));
  }
  return tried;
}

/**
 * At most the smallest box, in screen pixels, that a node's label can take: one line (the stylesheet's 12 px font
 * makes lines at least 14 px high; 10 leaves room for rounding) holding its longest word (wrapping never breaks a
 * word; no glyph of the canvas's fonts at 12 px is narrower than 2.5 px).
 */
function smallestLabel(label: string): { width: number; height: number } {
  const longestWord = Math.max(...label.split(/\s+/).map((word) => word.length));
  return { width: 2.5 * longestWord, height: 10 };
}

/** Screen pixels between a node's body and its label (the stylesheet's `text-margin-y`). */
const labelMargin = 3;

/**
 * Shows the labels that fit and hides the others (class `label-hidden`): see `chooseLabels`. A node's label that
 * collides below the node may move above it or beside it (classes `label-top`, `label-right`, `label-left`),
 * and one that collides in all four places may take them wrapped narrower (class `label-narrow`).
 * Hovered and selected elements always show theirs. A last pass measures the labels as drawn and hides any that
 * still touch one drawn before it. Runs synchronously: the canvas is marked ready only after it.
 */
export function declutterLabels(cy: Core): void {
  const zoom = cy.zoom();
  const { hovered } = stateOf(cy);
  const obstacles: Obstacle[] = cy.nodes().map((node) => ({
    id: node.id(),
    box: node.boundingBox({ includeLabels: false, includeOverlays: false }) as Box,
    rank: rank(node),
  }));
  const bodies = new BoxGrid<Obstacle>(gridCell(obstacles));
  for (const obstacle of obstacles) bodies.add(obstacle.box, obstacle);
  const bodyOf = new Map(obstacles.map((obstacle) => [obstacle.id, obstacle]));
  const margin = (labelMargin + 1) / zoom;
  const candidates: LabelCandidate[] = [];
  cy.elements().forEach((element) => {
    // The cheap tests first: on a large view most elements are arrows whose labels wait for a closer zoom, and
    // `visible()` reads the element's computed style.
    const label = String(element.data("label") ?? "");
    if (!label) return;
    const forced = element.selected() || element.id() === hovered;
    const order = rank(element);
    if ((order >= 4 && zoom < edgeLabelZoom && !forced) || !element.visible()) return;
    if (element.isEdge()) {
      const box: Box = element.boundingBox(labelOnly);
      if (box.x2 - box.x1 > 0) candidates.push({ id: element.id(), box, rank: order, forced });
      return;
    }
    const node = element as unknown as NodeSingular;
    // Measuring a label costs far more than this test of the smallest box it could have.
    const smallest = smallestLabel(label);
    const own = bodyOf.get(node.id()) as Obstacle;
    const room = roomForLabel(
      own,
      smallest.width / zoom,
      smallest.height / zoom,
      margin,
      belowTop(node, zoom),
      bodies,
    );
    if (!forced && !room) return;
    const { box, body } = labelBelow(node, zoom, forced);
    if (box.x2 - box.x1 <= 0) return;
    const alternatives = otherPlaces(body, box.x2 - box.x1, box.y2 - box.y1, margin);
    candidates.push({ id: node.id(), box, alternatives, rank: order, forced });
  });
  const view = cy.extent();
  let chosen = chooseLabels(candidates, obstacles, 3 / zoom, view);
  // Only when some label found none of its four places: choose again with their narrow shapes as well.
  const tried = addNarrowPlaces(cy, candidates, chosen, view, zoom);
  if (tried.size > 0) chosen = chooseLabels(candidates, obstacles, 3 / zoom, view);
  // Labels whose shape or place changes now, or that may have just been selected: measured afresh below.
  const fresh = new Set([...tried, ...candidates.filter((c) => c.forced).map((c) => c.id)]);
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const place = chosen.get(element.id());
      const placement = place?.replace("-narrow", "");
      // Only the classes that change: toggling one costs a parse of the class list even when nothing changes.
      setClass(element, "label-hidden", place === undefined);
      let reshaped = setClass(element, narrowClass, place?.endsWith("-narrow") ?? false);
      for (const other of placements)
        reshaped = setClass(element, placementClass(other), placement === other) || reshaped;
      if (reshaped) fresh.add(element.id());
    });
  });
  hideStillColliding(cy, candidates, chosen, fresh);
  stateOf(cy).stale = false;
}

/** Sets or clears a class; says whether that changed anything. */
function setClass(element: SingularElementArgument, name: string, on: boolean): boolean {
  if (element.hasClass(name) === on) return false;
  element.toggleClass(name, on);
  return true;
}

/** The check behind `declutterLabels`' promise: drawn labels, measured as drawn, touch no earlier one. */
function hideStillColliding(
  cy: Core,
  candidates: readonly LabelCandidate[],
  chosen: ReadonlyMap<string, Place>,
  fresh: ReadonlySet<string>,
): void {
  const order = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  // Hovered and selected labels first: they are drawn whatever they touch, so any other label they touch goes.
  const drawn = [...chosen.keys()]
    .flatMap((id) => (order.get(id) ? [order.get(id) as LabelCandidate] : []))
    .sort((a, b) => Number(b.forced) - Number(a.forced));
  const kept = new BoxGrid<Box>(gridCell(drawn));
  for (const candidate of drawn) {
    const element = cy.getElementById(candidate.id);
    // A label whose shape, place or background changed in this frame is measured afresh (`measureAfresh`).
    const box = fresh.has(candidate.id) ? measureAfresh(element) : (element.boundingBox(labelOnly) as Box);
    const touches = kept.some(
      box,
      0,
      (other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
    );
    if (touches && !candidate.forced) element.addClass("label-hidden");
    else kept.add(box, box);
  }
}

/**
 * Keeps labels readable: their size on screen stays the same as the graph zooms (the stylesheet is rebuilt for
 * the zoom), and the colliding ones are hidden again after every zoom, pan-free move, hover and selection.
 */
export function LabelController() {
  const { cy } = useCanvas();

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      markLabelsStale(cy);
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          // A layout's end may have chosen them already, in the same frame.
          declutterIfStale(cy);
        });
      }
    };
    let styledZoom = cy.zoom();
    const onZoom = () => {
      if (cy.zoom() === styledZoom) return;
      styledZoom = cy.zoom();
      cy.style(graphStyle(styledZoom));
      schedule();
    };
    const onOver = (event: EventObject) => {
      stateOf(cy).hovered = event.target.id();
      schedule();
    };
    const onOut = () => {
      stateOf(cy).hovered = undefined;
      schedule();
    };
    onZoom();
    cy.on("zoom", onZoom);
    cy.on("mouseover", "node, edge", onOver);
    cy.on("mouseout", "node, edge", onOut);
    cy.on("select unselect add remove data", schedule);
    cy.on("position", "node", schedule);
    return () => {
      cancelAnimationFrame(frame);
      cy.off("zoom", onZoom);
      cy.off("mouseover", "node, edge", onOver);
      cy.off("mouseout", "node, edge", onOut);
      cy.off("select unselect add remove data", schedule);
      cy.off("position", "node", schedule);
    };
  }, [cy]);

  return null;
}
