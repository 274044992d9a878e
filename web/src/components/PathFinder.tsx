import { useId, useRef, useState } from "react";
import { findPaths, type PathStep } from "../core/graph/actions";
import type { GraphNode } from "../core/graph/types";
import { minimumQueryLength, suggestions } from "../core/search/actions";
import { useView } from "../core/view/store";

/**
 * Finds the shortest paths between two nodes, each picked by search, draws them highlighted and lists the first
 * step by step; a step's name selects it. Paths run through entities and transfers unless the user includes claims
 * and sources.
 */
export function PathFinder() {
  const [from, setFrom] = useState<GraphNode | null>(null);
  const [to, setTo] = useState<GraphNode | null>(null);
  const [includeClaims, setIncludeClaims] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [steps, setSteps] = useState<PathStep[]>([]);
  const select = useView((state) => state.select);

  const find = async () => {
    if (!from || !to) return;
    setFailed(false);
    setSteps([]);
    setMessage("Looking for a path…");
    try {
      const found = await findPaths(from.id, to.id, includeClaims);
      const names = `${from.name} and ${to.name}`;
      setSteps(found);
      setMessage(
        found.length > 0
          ? `Path between ${names}, ${found.length - 1} steps, highlighted:`
          : `No path of 6 steps or fewer between ${names}${includeClaims ? "" : " through entities and transfers"}.`,
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

  return (
    <section className="panel" aria-labelledby="paths-title">
      <h2 id="paths-title">Paths</h2>
      <form onSubmit={submit} className="path-form">
        <NodePicker label="From" value={from} onChange={setFrom} />
        <NodePicker label="To" value={to} onChange={setTo} />
        <label>
          <input
            type="checkbox"
            checked={includeClaims}
            onChange={(event) => setIncludeClaims(event.target.checked)}
          />
          Through claims and sources too
        </label>
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
      {steps.length > 0 && (
        <ol className="path-steps" aria-label="Path, step by step">
          {steps.map(({ node, via }) => (
            <li key={node.id}>
              {via && <span className="path-via">{via.forward ? `—${via.type}→` : `←${via.type}—`}</span>}
              <button type="button" className="link" onClick={() => select(node.id)}>
                {node.name}
              </button>{" "}
              <span className="kind-badge">{node.kind}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A path end, picked from the server's suggestions for what the user types (any node, not only those drawn). */
function NodePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: GraphNode | null;
  onChange: (node: GraphNode | null) => void;
}) {
  const [text, setText] = useState(value?.name ?? "");
  const [options, setOptions] = useState<GraphNode[]>([]);
  const [problem, setProblem] = useState("");
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const listId = useId();

  const type = (typed: string) => {
    setText(typed);
    onChange(null);
    clearTimeout(pending.current);
    const term = typed.trim();
    if (term.length < minimumQueryLength) {
      setOptions([]);
      return;
    }
    pending.current = setTimeout(async () => {
      try {
        setOptions(await suggestions(term));
        setProblem("");
      } catch (error) {
        setProblem(`Search failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, 150);
  };
  const choose = (node: GraphNode) => {
    onChange(node);
    setText(node.name);
    setOptions([]);
  };

  return (
    <div className="path-picker">
      <label>
        {label}
        <input
          type="search"
          role="combobox"
          aria-label={`Path ${label.toLowerCase()}`}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          placeholder="Search…"
          value={text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && options[0]) {
              event.preventDefault();
              choose(options[0]);
            }
          }}
        />
      </label>
      {problem && (
        <p role="alert" className="path-message">
          {problem}
        </p>
      )}
      {options.length > 0 && (
        <ul id={listId} className="path-options" aria-label={`${label} suggestions`}>
          {options.map((node) => (
            <li key={node.id}>
              <button type="button" className="link" onClick={() => choose(node)}>
                {node.name}
              </button>{" "}
              <span className="kind-badge">{node.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
