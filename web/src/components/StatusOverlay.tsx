import { useGraphData } from "../core/graph/store";
import { useCurrentView } from "../core/view/store";

/** Loading, empty and error states over the canvas, with a retry when something is down. */
export function StatusOverlay({ onRetry }: { onRetry: () => void }) {
  const status = useGraphData((state) => state.status);
  const empty = useGraphData((state) => Object.keys(state.cache.nodes).length === 0);
  const nothingShown = useCurrentView().nodeIds.length === 0;

  if (status.state === "loading") {
    return (
      <div className="overlay" role="status" data-testid="status-loading">
        Loading the graph…
      </div>
    );
  }
  if (status.state === "error") {
    const title =
      status.cause === "database"
        ? "The database is down"
        : status.cause === "server"
          ? "The kgx server is down"
          : "The query failed";
    return (
      <div className="overlay error" role="alert" data-testid="status-error" data-cause={status.cause}>
        <h2>{title}</h2>
        <p>{status.message}</p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  if (empty) {
    return (
      <div className="overlay" role="status" data-testid="status-empty">
        <h2>The graph is empty</h2>
        <p>
          Load the article graph with <code>kgx import data/article.yaml</code>, then retry.
        </p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  if (nothingShown) {
    return (
      <div className="overlay quiet" role="status">
        Nothing on the canvas. Search for someone or something above.
      </div>
    );
  }
  return null;
}
