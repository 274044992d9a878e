import { ApiError, request } from "../../api/client";
import { useGraphData } from "../graph/store";
import { useView } from "../view/store";
import { CypherConsoleQuery } from "./documents";
import { writeQueryToLink } from "./link";
import { useConsole } from "./store";

/** The parameters as typed: empty means none; otherwise a JSON object, or a message saying what is wrong. */
export function parseParams(text: string): { params: Record<string, unknown> | null } | { error: string } {
  if (!text.trim()) return { params: null };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return { error: 'Parameters must be a JSON object, as {"id": "state:russia"}.' };
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Parameters are not JSON: ${(error as Error).message}` };
  }
}

/** Runs the console's query on the server (read-only there) and keeps the answer or the refusal. */
export async function runConsoleQuery(): Promise<void> {
  const { query, params: paramsText, setOutcome } = useConsole.getState();
  const parsed = parseParams(paramsText);
  if ("error" in parsed) return setOutcome({ state: "refused", message: parsed.error });
  setOutcome({ state: "running" });
  writeQueryToLink(query);
  try {
    const { cypher } = await request(CypherConsoleQuery, { query, params: parsed.params });
    // Only the latest run speaks: the user may have edited and run again meanwhile.
    if (useConsole.getState().query !== query) return;
    setOutcome({
      state: "answered",
      columns: cypher.columns,
      rows: cypher.rows as unknown as unknown[][],
      truncated: cypher.truncated,
      graph: { nodes: cypher.graph.nodes, edges: cypher.graph.edges },
    });
  } catch (error) {
    const message = error instanceof ApiError ? error.message : "The kgx server does not answer.";
    setOutcome({ state: "refused", message });
  }
}

/** Puts the last answer's nodes (and the relationships among them) on the canvas, as one undo step. */
export function addAnswerToCanvas(): number {
  const { outcome } = useConsole.getState();
  if (outcome.state !== "answered") return 0;
  const { nodes, edges } = outcome.graph;
  useGraphData.getState().receive(nodes, edges);
  const ids = nodes.map((node) => node.id);
  useView.getState().change((view) => {
    const added = ids.filter((id) => !view.nodeIds.includes(id));
    return added.length === 0 ? view : { ...view, nodeIds: [...view.nodeIds, ...added] };
  });
  return ids.length;
}
