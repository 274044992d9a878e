import { useDetails } from "../core/details/store";
import { expand } from "../core/graph/actions";
import { edgesOf, otherEnd } from "../core/graph/cache";
import { useGraphData } from "../core/graph/store";
import { useCurrentView, useView } from "../core/view/store";
import { removeNodes } from "../core/view/view";

/** Expand a node's neighbours by relationship type, with counts; collapse them or hide the node again. */
export function ExpandList({ id }: { id: string }) {
  const cache = useGraphData((state) => state.cache);
  const view = useCurrentView();
  const change = useView((state) => state.change);
  const loading = useDetails((state) => state.byId[id]?.state === "loading");

  const onCanvas = new Set(view.nodeIds);
  const byType = new Map<string, { total: Set<string>; shown: number }>();
  for (const edge of edgesOf(cache, id)) {
    const entry = byType.get(edge.type) ?? { total: new Set<string>(), shown: 0 };
    const other = otherEnd(edge, id);
    if (!entry.total.has(other) && onCanvas.has(other)) entry.shown += 1;
    entry.total.add(other);
    byType.set(edge.type, entry);
  }
  const leaves = [...byType.values()]
    .flatMap((entry) => [...entry.total])
    .filter(
      (other) =>
        onCanvas.has(other) &&
        edgesOf(cache, other).every(
          (edge) => otherEnd(edge, other) === id || !onCanvas.has(otherEnd(edge, other)),
        ),
    );

  return (
    <section className="expand" aria-label="Neighbours">
      <h3>Neighbours {loading ? "(loading…)" : ""}</h3>
      <ul>
        {[...byType.entries()].sort().map(([type, { total, shown }]) => (
          <li key={type}>
            <button type="button" onClick={() => void expand(id, type)} disabled={shown === total.size}>
              Expand {type} ({shown}/{total.size} shown)
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => void expand(id)}>
          Expand all
        </button>
        <button
          type="button"
          onClick={() => change((v) => removeNodes(v, leaves))}
          disabled={leaves.length === 0}
        >
          Collapse ({leaves.length})
        </button>
        <button
          type="button"
          onClick={() => change((v) => removeNodes(v, [id]))}
          disabled={!onCanvas.has(id)}
        >
          Hide
        </button>
      </div>
    </section>
  );
}
