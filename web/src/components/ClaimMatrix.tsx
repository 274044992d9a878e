import { useMemo } from "react";
import { cellKey, claimMatrix } from "../core/claims/matrix";
import { useGraphData } from "../core/graph/store";
import { useView } from "../core/view/store";

/** Who says what: claimants against transfers, each cell the stance and the figure. */
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
                    <button
                      type="button"
                      key={cell.claimId}
                      className={`link cell stance-${cell.stance}`}
                      onClick={() => select(cell.claimId)}
                    >
                      {cell.stance === "denies" ? "✕ denies" : cell.stance}
                      {cell.figure && `: ${cell.figure}`}
                    </button>
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
