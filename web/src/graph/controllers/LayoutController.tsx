import type { Core, EdgeSingular, LayoutOptions, NodeCollection } from "cytoscape";
import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { firstFrameMark } from "../../core/canvas/first-frame";
import { useLaidOut } from "../../core/canvas/positions";
import { decodeDeepLink } from "../../core/deeplink/deeplink";
import { useCurrentView } from "../../core/view/store";
import type { LayoutName, Position } from "../../core/view/types";
import { type LayoutRequestDetail, layoutPendingKey, layoutRequest, useCanvas } from "../context";
import { ringPositions } from "../rings";
import { bodySize } from "../style";
import { bodiesBox, fitAll } from "../ZoomControls";
import { markReady } from "./ElementsController";
import { declutterLabels } from "./LabelController";

let fcoseLoaded: Promise<void> | undefined;
let fcoseReady = false;
/** fcose's code could not be loaded: fcose requests run Cytoscape's own cose instead (decision 0018). */
let fcoseFailed = false;
/** Told once when fcose's code fails to load, so the canvas can say that it fell back. */
const fallbackNews = new EventTarget();

/**
 * Loads and registers the fcose layout, once. It is about a seventh of the page's code, and a view opened with
 * another layout never needs it (decision 0074). Never rejects: a failed load (network, a stale deployment's
 * chunk) switches fcose requests to the built-in cose, so that the canvas is still drawn.
 */
function loadFcose(): Promise<void> {
  fcoseLoaded ??= import("cytoscape-fcose").then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
      fcoseReady = true;
    },
    () => {
      fcoseFailed = true;
      fallbackNews.dispatchEvent(new Event("fallback"));
    },
  );
  return fcoseLoaded;
}

/** A layout under way. */
interface Running {
  stop(): void;
}

/** Layout requests waiting for fcose's code. */
let waiting = 0;

/**
 * Runs a layout request now, or, while fcose's code is on its way (or requests before this one wait for it), once
 * it has come: in the order the requests came, each as it would have run at once, so that a patch that arrives
 * meanwhile is laid out after the one before it, as without the wait. The canvas is not ready meanwhile.
 */
function inOrder(cy: Core, name: LayoutName, run: () => void): void {
  if (waiting === 0 && (name !== "fcose" || fcoseReady || fcoseFailed)) {
    run();
    return;
  }
  waiting++;
  cy.scratch(layoutPendingKey, true);
  const container = cy.container();
  if (container) container.dataset.ready = "false";
  void loadFcose().then(() => {
    waiting--;
    if (waiting === 0) cy.removeScratch(layoutPendingKey);
    if (!cy.destroyed()) run();
  });
}

/** Nodes that keep their place while fcose places the others. */
type Fixed = { nodeId: string; position: Position }[];

function layoutOptions(name: Exclude<LayoutName, "concentric">, fixed: Fixed): LayoutOptions {
  // The controller fits the view itself (`fitAll`), the same way as the Fit button.
  const common = { fit: false, animate: false };
  if (name === "breadthfirst") return { ...common, name, directed: true, spacingFactor: 1.1 };
  if (fcoseFailed) {
    // Cytoscape's own force-directed layout, from the deterministic ring; it lays out every node (no fixed nodes).
    return {
      ...common,
      name: "cose",
      randomize: false,
      nodeRepulsion: () => 16000,
      idealEdgeLength: () => 120,
    };
  }
  return {
    ...common,
    name: "fcose",
    quality: "default",
    // Never random: the start is the deterministic ring of `startOnRing` (or the nodes' places), so the same view
    // gives the same picture on every load.
    randomize: false,
    ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
    nodeRepulsion: () => 16000,
    // A folded transfer carries a long label: give its arrow room.
    idealEdgeLength: (edge: EdgeSingular) => (edge.hasClass("folded") ? 260 : 120),
    nodeSeparation: 90,
  } as LayoutOptions;
}

/**
 * Runs the chosen layout after element patches and when the user picks a layout or asks to re-run it. A patch
 * on a drawn canvas places only the added nodes: every node already drawn stays where it was (fcose's fixed-node
 * constraint). Dragged nodes are pinned while a layout runs, so hand-placed positions stay. Marks the canvas
 * ready, and the first drawn frame, after it.
 */
export function LayoutController() {
  const { cy, layoutRequests } = useCanvas();
  const { layout, layoutRun, pinned } = useCurrentView();
  const settings = useRef({ layout, pinned });
  settings.current = { layout, pinned };
  const running = useRef<Running | null>(null);
  // The opening view's layout (fcose, unless a link names another) loads while its data is on the way.
  useEffect(() => {
    if ((decodeDeepLink(window.location.hash)?.view.layout ?? "fcose") === "fcose") void loadFcose();
  }, []);

  useEffect(() => {
    const onRequest = (event: Event) =>
      inOrder(cy, settings.current.layout, () => handle((event as CustomEvent<LayoutRequestDetail>).detail));
    const handle = ({ fresh, added, placed }: LayoutRequestDetail) => {
      running.current?.stop();
      running.current = null;
      const { layout, pinned } = settings.current;
      if (placed.length === added.length) {
        // Every new node came with its place (a deep link, or a node coming back): draw them there.
        settle(cy, fresh ? "fit" : "keep");
        return;
      }
      running.current = runLayout(cy, layout, pinned, fresh ? null : new Set(added), new Set(placed));
    };
    layoutRequests.addEventListener(layoutRequest, onRequest);
    return () => layoutRequests.removeEventListener(layoutRequest, onRequest);
  }, [cy, layoutRequests]);

  useEffect(() => {
    if (layoutRun === 0 || cy.nodes().empty()) return;
    inOrder(cy, layout, () => {
      running.current?.stop();
      running.current = runLayout(cy, layout, settings.current.pinned, null, new Set());
    });
  }, [cy, layout, layoutRun]);

  const [fellBack, setFellBack] = useState(fcoseFailed);
  useEffect(() => {
    const onFallback = () => setFellBack(true);
    fallbackNews.addEventListener("fallback", onFallback);
    return () => fallbackNews.removeEventListener("fallback", onFallback);
  }, []);
  if (!fellBack || layout !== "fcose") return null;
  return (
    <p className="canvas-notice layout-fallback" role="status" data-testid="layout-fallback">
      Could not load the fcose layout: drawn with the built-in cose layout instead.
    </p>
  );
}

/**
 * Lays out the whole canvas (`added` null) or only the `added` nodes around the others; `placed` nodes keep the
 * place they came with. The fcose layout is the one that can place some nodes only; the others lay out everything.
 */
function runLayout(
  cy: Core,
  name: LayoutName,
  pinned: Record<string, Position>,
  added: ReadonlySet<string> | null,
  placed: ReadonlySet<string>,
): Running {
  const container = cy.container();
  if (container) container.dataset.ready = "false";
  const incremental = added !== null && name === "fcose" && !fcoseFailed;
  if (added === null && name === "fcose") startOnRing(cy.nodes().filter((node) => !placed.has(node.id())));
  const locked = cy.nodes().filter((node) => pinned[node.id()] !== undefined);
  locked.forEach((node) => {
    const pin = pinned[node.id()];
    if (pin) node.position(pin);
  });
  const fixed: Fixed =
    name !== "fcose" || fcoseFailed
      ? []
      : cy
          .nodes()
          .toArray()
          .filter(
            (node) =>
              (incremental && !added.has(node.id())) ||
              pinned[node.id()] !== undefined ||
              placed.has(node.id()),
          )
          .map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  locked.lock();
  if (name === "concentric") {
    // Placed by kgx, not by a Cytoscape layout, which would style every node first (decision 0077).
    placeOnRings(cy);
    settle(cy, "fill");
    locked.unlock();
    return { stop() {} };
  }
  const layout = cy.layout(layoutOptions(name, fixed));
  layout.one("layoutstop", () => {
    // Before unlocking: the stretch of a fresh layout leaves locked (pinned) nodes where they are.
    settle(cy, incremental ? "keep" : "fill");
    locked.unlock();
  });
  layout.run();
  return layout;
}

/**
 * How the view ends after nodes got their places: `fill` stretches a fresh layout to the canvas's shape and fits
 * it, `fit` fits it as it is (a link's positions), `keep` moves the view only when the graph left it.
 */
type Ending = "fill" | "fit" | "keep";

/**
 * After the nodes have their places: ends the view as `ending` says, records the places (for deep links), and
 * marks the canvas ready, and the first drawn frame, on the next frame.
 */
function settle(cy: Core, ending: Ending): void {
  const container = cy.container();
  if (container) container.dataset.ready = "false";
  // The canvas may have changed size since Cytoscape last looked (a phone's bars and sheets settle late).
  cy.resize();
  if (ending === "fill") stretchToCanvas(cy);
  const drawn: Record<string, Position> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    drawn[node.id()] = { x, y };
  });
  useLaidOut.getState().place(drawn);
  if (ending === "keep") bringIntoView(cy);
  else fitAll(cy);
  // Before the frame is drawn, so that it draws only the labels that fit (new elements come with theirs hidden).
  declutterLabels(cy);
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(firstFrameMark).length === 0 && cy.nodes().nonempty()) {
      performance.mark(firstFrameMark);
    }
    markReady(cy);
    if (container) container.dataset.layouts = String(Number(container.dataset.layouts ?? 0) + 1);
  });
}

/** The concentric layout (`rings.ts`): every node that is not pinned goes to its place on the rings. */
function placeOnRings(cy: Core): void {
  const places = ringPositions(
    cy.nodes().map((node) => ({
      id: node.id(),
      degree: node.degree(false),
      size: bodySize(String(node.data("kind"))),
    })),
    { x: cy.width() / 2, y: cy.height() / 2 },
  );
  cy.nodes()
    .filter((node) => !node.locked())
    .positions((node) => places.get(node.id()) ?? node.position());
}

/** The deterministic start of a full fcose layout: the nodes on a ring in id order (they were added in it). */
function startOnRing(nodes: NodeCollection): void {
  const radius = 40 * Math.sqrt(nodes.length) + 60;
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / nodes.length;
    node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/** A fresh layout is stretched along one axis by at most this much to take the canvas's shape. */
const maxStretch = 2.5;

/**
 * Stretches the laid-out graph along one axis, about its middle, so that its shape is nearer the canvas's: fcose
 * draws a roundish graph, which on a tall phone canvas would fill only a band across the middle. Nodes keep their
 * order on both axes; only distances change. Pinned nodes stay where the user put them; without any, the middle
 * moves to (0, 0), so that the same view has the same positions however the layout placed it (fcose places it
 * relative to the viewport of the moment, which differs when the view's data comes before the canvas exists).
 */
function stretchToCanvas(cy: Core): void {
  const free = cy.nodes().filter((node) => !node.locked());
  if (free.length < 2 || cy.width() === 0 || cy.height() === 0) return;
  const box = bodiesBox(free);
  if (!box) return;
  const canvasShape = cy.width() / cy.height();
  const graphShape = (box.x2 - box.x1) / (box.y2 - box.y1);
  const taller = graphShape > canvasShape;
  const wanted = Math.min(maxStretch, taller ? graphShape / canvasShape : canvasShape / graphShape);
  const factor = wanted < 1.05 ? 1 : wanted;
  const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const to = free.length === cy.nodes().length ? { x: 0, y: 0 } : middle;
  free.positions((node) => {
    const { x, y } = node.position();
    return taller
      ? { x: to.x + x - middle.x, y: to.y + (y - middle.y) * factor }
      : { x: to.x + (x - middle.x) * factor, y: to.y + y - middle.y };
  });
}

/** After an incremental layout: zooms out to the whole graph only when some of it left the view. */
function bringIntoView(cy: Core): void {
  const box = bodiesBox(cy.nodes());
  if (!box) return;
  const extent = cy.extent();
  if (box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2) fitAll(cy);
}
