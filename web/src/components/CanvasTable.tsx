import { useEffect, useMemo, useRef } from "react";
import { canvasModel } from "../core/canvas/derive";
import { useGraphData } from "../core/graph/store";
import { useCurrentView, useView } from "../core/view/store";

const groups = [
  { title: "Entities", test: (kind: string) => kind !== "transfer" && kind !== "claim" },
  { title: "Transfers", test: (kind: string) => kind === "transfer" },
  { title: "Claims", test: (kind: string) => kind === "claim" },
];

/** What is on the canvas as a table, synced with the selection both ways. */
export function CanvasTable() {
  const cache = useGraphData((state) => state.cache);
  const view = useCurrentView();
  const selected = useView((state) => state.selected);
  const select = useView((state) => state.select);
  const model = useMemo(() => canvasModel(cache, view), [cache, view]);
  const table = useRef<HTMLTableElement>(null);
  // Folded transfers are arrows now, but they are still on the canvas: list them.
  const ids = useMemo(
    () => [...new Set([...model.nodes.map((node) => node.id), ...model.edges.map((edge) => edge.ref)])],
    [model],
  );
  const nodes = ids.flatMap((id) => (cache.nodes[id] ? [cache.nodes[id]] : []));

  useEffect(() => {
    if (!selected) return;
    table.current?.querySelector(`[data-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  return (
    <table ref={table} className="canvas-table" aria-label="What is on the canvas">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Id</th>
          <th scope="col">Status / stance</th>
        </tr>
      </thead>
      {groups.map(({ title, test }) => {
        const rows = nodes.filter((node) => test(node.kind));
        if (rows.length === 0) return null;
        return (
          <tbody key={title}>
            <tr>
              <th colSpan={4} scope="rowgroup">
                {title} ({rows.length})
              </th>
            </tr>
            {rows.map((node) => (
              <tr
                key={node.id}
                data-id={node.id}
                aria-selected={node.id === selected}
                className={node.id === selected ? "selected" : undefined}
              >
                <td>
                  <button type="button" className="link" onClick={() => select(node.id)}>
                    {node.name}
                  </button>
                </td>
                <td>{node.kind}</td>
                <td>
                  <code>{node.id}</code>
                </td>
                <td>{String(node.properties.status ?? node.properties.stance ?? "")}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
