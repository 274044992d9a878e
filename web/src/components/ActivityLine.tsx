import { useGraphData } from "../core/graph/store";

/** Over the canvas: what the user's latest action is doing, or why it failed with a retry. */
export function ActivityLine() {
  const activity = useGraphData((state) => state.activity);
  const setActivity = useGraphData((state) => state.setActivity);
  if (!activity) return null;
  if (activity.state === "working") {
    return (
      <p className="activity" role="status" data-testid="activity">
        <span className="spinner" aria-hidden="true" />
        {activity.message}
      </p>
    );
  }
  return (
    <div className="activity failed" role="alert" data-testid="activity">
      <p>{activity.message}</p>
      <div className="button-row">
        <button type="button" onClick={activity.retry}>
          Retry
        </button>
        <button type="button" onClick={() => setActivity(null)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
