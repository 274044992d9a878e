import { useGraphData } from "../core/graph/store";
import { useCurrentView } from "../core/view/store";

/**
 * Names, on the canvas, the ids of the view (from a link) that the graph does not hold, so that a link with an
 * unknown or mistyped id says so instead of leaving it out in silence; the rest of the view opens.
 */
export function NotFoundNotice() {
  const { nodeIds } = useCurrentView();
  const nodes = useGraphData((state) => state.cache.nodes);
  const ready = useGraphData((state) => state.status.state === "ready");
  const missing = ready ? nodeIds.filter((id) => !nodes[id]) : [];
  if (missing.length === 0) return null;
  return (
    <p className="canvas-notice" role="status" data-testid="not-found">
      Not found: {missing.join(", ")}
    </p>
  );
}
