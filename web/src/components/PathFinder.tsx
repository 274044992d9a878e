import { useState } from "react";
import { findPaths } from "../core/graph/actions";
import { useGraphData } from "../core/graph/store";
import { useCurrentView } from "../core/view/store";

/** Finds the paths between two nodes on the canvas and draws them highlighted. */
export function PathFinder() {
  const view = useCurrentView();
  const cache = useGraphData((state) => state.cache);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const options = view.nodeIds
    .map((id) => cache.nodes[id])
    .filter((node) => node !== undefined && node.kind !== "claim")
    .sort((a, b) => (a?.name ?? "").localeCompare(b?.name ?? ""));

  const find = async () => {
    if (!from || !to) return;
    setFailed(false);
    setMessage("Looking…");
    try {
      const found = await findPaths(from, to);
      const names = `${cache.nodes[from]?.name} and ${cache.nodes[to]?.name}`;
      setMessage(
        found ? `Path between ${names} highlighted.` : `No path of 6 steps or fewer between ${names}.`,
      );
    } catch (error) {
      setFailed(true);
      setMessage(`The path search failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void find();
  };

  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label>
      {label}
      <select
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-label={`Path ${label.toLowerCase()}`}
      >
        <option value="">—</option>
        {options.map(
          (node) =>
            node && (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ),
        )}
      </select>
    </label>
  );

  return (
    <section className="panel" aria-labelledby="paths-title">
      <h2 id="paths-title">Paths</h2>
      <form onSubmit={submit} className="path-form">
        {picker("From", from, setFrom)}
        {picker("To", to, setTo)}
        <button type="submit" disabled={!from || !to}>
          Find path
        </button>
      </form>
      <p role={failed ? "alert" : "status"} className="path-message">
        {message}{" "}
        {failed && (
          <button type="button" onClick={() => void find()}>
            Retry
          </button>
        )}
      </p>
    </section>
  );
}
