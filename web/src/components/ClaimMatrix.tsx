import "./evidence.css";
import { useMemo } from "react";
import { cellKey, claimMatrix, type MatrixCell } from "../core/claims/matrix";
import { markedStances, stanceMark } from "../core/claims/stance";
import { useGraphData } from "../core/graph/store";
import { useView } from "../core/view/store";

/** Who says what: claimants against transfers, each cell a stance mark and the figure, readable without a click. */
export function ClaimMatrixTable() {
  const cache = useGraphData((state) => state.cache);
  const select = useView((state) => state.select);
  const matrix = useMemo(
    () =>
      claimMatrix(
        cache,
        Object.values(cache.nodes).filter((node) => node.kind === "transfer"),
      ),
    [cache],
  );
  if (matrix.transfers.length === 0) return <p>No transfers in the graph.</p>;
  return (
    <div className="matrix-scroll">
      <p className="matrix-legend">
        {markedStances.map((stance) => (
          <span key={stance} className={`stance-${stance}`}>
            <span aria-hidden="true">{stanceMark(stance).mark}</span> {stance}
          </span>
        ))}
      </p>
      <table className="matrix" aria-label="Claimants against transfers">
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            {matrix.transfers.map((transfer) => (
              <th key={transfer.id} scope="col">
                <button type="button" className="link" onClick={() => select(transfer.id)}>
                  {transfer.name}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.claimants.map((claimant) => (
            <tr key={claimant.id}>
              <th scope="row">{claimant.name}</th>
              {matrix.transfers.map((transfer) => (
                <td key={transfer.id}>
                  {(matrix.cells[cellKey(claimant.id, transfer.id)] ?? []).map((cell) => (
                    <Cell key={cell.claimId} cell={cell} onSelect={() => select(cell.claimId)} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One claim in a cell: its stance as a mark (its word for screen readers and in the tooltip) and its figure. */
function Cell({ cell, onSelect }: { cell: MatrixCell; onSelect: () => void }) {
  const { mark, label } = stanceMark(cell.stance);
  return (
    <button
      type="button"
      className={`cell stance-${cell.stance}`}
      data-testid="matrix-cell"
      title={`${label}: ${cell.text} (${cell.dates})`}
      onClick={onSelect}
    >
      <span aria-hidden="true" className="cell-mark">
        {mark}
      </span>
      <span className="sr-only">{label}</span>
      {cell.figure && <span className="cell-figure"> {cell.figure}</span>}
    </button>
  );
}
