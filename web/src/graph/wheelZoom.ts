import type { Core } from "cytoscape";

/** How much one pixel of wheel travel zooms: a mouse notch (100 px) is about 16 %, as web maps zoom. */
const perPixel = 0.0015;
/** Browsers report some wheels in lines (Firefox) or pages: about this many pixels each. */
const lineHeight = 33;
const pageHeight = 800;

/**
 * Zooms the graph with the wheel (and a trackpad's pinch, which browsers send as a wheel with Ctrl) at a natural
 * speed, about the pointer. Cytoscape's own wheel zoom moves about 3 % a notch, and its `wheelSensitivity` option
 * logs a warning on every load; this listener runs first (registered on the container before Cytoscape's) and
 * stops the event, so Cytoscape's handler never sees it. Returns the function that removes it.
 */
export function naturalWheelZoom(container: HTMLElement, cy: () => Core | undefined): () => void {
  const onWheel = (event: WheelEvent) => {
    const instance = cy();
    if (!instance) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const scale = event.deltaMode === 1 ? lineHeight : event.deltaMode === 2 ? pageHeight : 1;
    // A fast flick sends large deltas: bound one event's step so a notch never jumps more than about 60 %.
    const delta = Math.max(-300, Math.min(300, event.deltaY * scale));
    const level = Math.min(
      instance.maxZoom(),
      Math.max(instance.minZoom(), instance.zoom() * Math.exp(-delta * perPixel)),
    );
    const box = container.getBoundingClientRect();
    instance.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
  };
  container.addEventListener("wheel", onWheel, { capture: true, passive: false });
  return () => container.removeEventListener("wheel", onWheel, { capture: true });
}
