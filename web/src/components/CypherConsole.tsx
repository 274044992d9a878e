import { lazy, Suspense, useState } from "react";
import { addAnswerToCanvas, runConsoleQuery } from "../core/console/actions";
import { cellText } from "../core/console/cells";
import "../core/console/console.css";
import { type ConsoleOutcome, useConsole } from "../core/console/store";
import { type MenuEntry, useConsoleData } from "../core/console/useConsoleData";

// Neo4j's own editor (CodeMirror 6 with Cypher support) is loaded when the console first opens, so the page's
// first frame does not wait for it (docs/decisions/0080).
const CypherEditor = lazy(() =>
  Promise.all([
    import("@neo4j-cypher/react-codemirror"),
    // The editor's highlighting colours and completion panel.
    import("@neo4j-cypher/codemirror/css/cypher-codemirror.css"),
  ]).then(([module]) => ({ default: module.CypherEditor })),
);

/**
 * The read-only Cypher console: Neo4j's editor with completion from the live schema, Ctrl+Enter runs, the answer
 * as a table, and "Add to canvas" for the nodes and relationships in it. The server refuses anything but reads.
 */
export function CypherConsole() {
  const query = useConsole((state) => state.query);
  const params = useConsole((state) => state.params);
  const outcome = useConsole((state) => state.outcome);
  const { setQuery, setParams } = useConsole.getState();
  const { menu, schema } = useConsoleData();
  const [added, setAdded] = useState("");

  const run = () => {
    setAdded("");
    void runConsoleQuery();
  };
  // A named query's parameters start as null: an optional one (asOf, edgeTypes) is then off, not an empty filter.
  const choose = (entry: MenuEntry | undefined) => {
    if (!entry) return;
    setQuery(entry.text);
    setParams(
      entry.parameters.length > 0
        ? JSON.stringify(Object.fromEntries(entry.parameters.map((p) => [p, null])))
        : "",
    );
  };

  return (
    <section className="cypher-console" aria-label="Cypher console">
      <div className="button-row">
        <QueryMenu menu={menu} onChoose={choose} />
        <button type="button" onClick={run} disabled={outcome.state === "running"}>
          Run (Ctrl+Enter)
        </button>
        <button
          type="button"
          disabled={outcome.state !== "answered" || outcome.graph.nodes.length === 0}
          onClick={() => setAdded(`Added ${addAnswerToCanvas()} nodes to the canvas.`)}
        >
          Add to canvas
        </button>
        <label className="cypher-console-params">
          Parameters (JSON)
          <input
            type="text"
            value={params}
            placeholder='{"id": "state:russia"}'
            onChange={(event) => setParams(event.target.value)}
          />
        </label>
        <span role="status">{added}</span>
      </div>
      <div className="cypher-console-editor" data-testid="cypher-editor">
        <Suspense fallback={<p>Loading the Cypher editor…</p>}>
          <CypherEditor
            value={query}
            onValueChanged={(value: string) => setQuery(value)}
            onKeyDown={(event: KeyboardEvent) => {
              if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
                event.preventDefault();
                run();
              }
            }}
            {...(schema ? { schema } : {})}
            lint
            autofocus={false}
            theme="light"
            lineWrapping
            placeholder="MATCH (n) RETURN n LIMIT 10"
          />
        </Suspense>
      </div>
      <ConsoleAnswer outcome={outcome} />
    </section>
  );
}

/** The examples for the article and kgx's named queries, by file; choosing one puts it in the editor. */
function QueryMenu({
  menu,
  onChoose,
}: {
  menu: MenuEntry[];
  onChoose: (entry: MenuEntry | undefined) => void;
}) {
  const files = [...new Set(menu.map((entry) => entry.file))];
  return (
    <select
      aria-label="Example and named queries"
      value=""
      onChange={(event) =>
        onChoose(menu.find((entry) => `${entry.file}#${entry.name}` === event.target.value))
      }
    >
      <option value="">Examples and named queries…</option>
      {files.map((file) => (
        <optgroup key={file} label={file === "console/examples.cypher" ? "Examples for the article" : file}>
          {menu
            .filter((entry) => entry.file === file)
            .map((entry) => (
              <option key={entry.name} value={`${entry.file}#${entry.name}`}>
                {entry.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The answer as a table, or why there is none. */
function ConsoleAnswer({ outcome }: { outcome: ConsoleOutcome }) {
  if (outcome.state === "idle")
    return <p className="hint">Write a query that reads the graph, then Ctrl+Enter.</p>;
  if (outcome.state === "running") return <p role="status">Running…</p>;
  if (outcome.state === "refused")
    return (
      <p role="alert" className="cypher-console-error">
        {outcome.message}
      </p>
    );
  const { columns, rows, truncated, graph } = outcome;
  return (
    <div className="cypher-console-answer">
      <p role="status">
        {rows.length} {rows.length === 1 ? "row" : "rows"}
        {truncated ? " (cut off at the console's limit)" : ""}; {graph.nodes.length} nodes and{" "}
        {graph.edges.length} relationships to add to the canvas.
      </p>
      <div className="table-scroll">
        <table aria-label="Cypher answer">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // Rows have no identity of their own; the answer is replaced whole on each run.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                {row.map((value, column) => (
                  <td key={columns[column]}>{cellText(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
