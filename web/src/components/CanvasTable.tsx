import { useDeferredValue, useEffect, useRef } from "react";
import { canvasGroups, useCanvasDerivation } from "../core/canvas/model";
import { useView } from "../core/view/store";

const noRows: ReturnType<typeof useCanvasDerivation>["listed"] = [];

/**
 * What is on the canvas as a table, synced with the selection both ways. Its rows follow the canvas a moment
 * later (`useDeferredValue`): a view of thousands of nodes is a table of thousands of rows, which React and the
 * browser would otherwise build and lay out before the canvas's first frame (R9, docs/benchmarks.md).
 */
export function CanvasTable() {
  const listed = useDeferredValue(useCanvasDerivation().listed, noRows);
  const selected = useView((state) => state.selected);
  const select = useView((state) => state.select);
  const table = useRef<HTMLTableElement>(null);

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
      {canvasGroups.map(({ title, test }) => {
        const rows = listed.filter((node) => test(node.kind));
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
