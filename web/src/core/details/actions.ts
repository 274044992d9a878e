import { neighbourhood } from "../graph/actions";
import { useGraphData } from "../graph/store";
import { useView } from "../view/store";
import { useDetails } from "./store";

/** The relationships that join a node to the claims about it, their claimants and their sources. */
const claimTypes = ["ABOUT", "CLAIMED_BY", "REPORTED_IN"];

/**
 * Fetches what the details panel shows about node `id`: the claims about it with their claimants and sources (two
 * hops of claim relationships) and its neighbours by type (one hop). A node already loaded, or loading, is not
 * fetched again; one whose last try failed is. A relationship needs nothing: the cache holds all of it.
 */
export async function loadDetails(id: string): Promise<void> {
  const node = useGraphData.getState().cache.nodes[id];
  if (!node) return;
  const { byId, setStatus } = useDetails.getState();
  const status = byId[id]?.state;
  if (status === "loading" || status === "ready") return;
  setStatus(id, { state: "loading" });
  try {
    await Promise.all([neighbourhood(id, 2, claimTypes), neighbourhood(id, 1)]);
    setStatus(id, { state: "ready" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    setStatus(id, {
      state: "error",
      message: `The claims and neighbours of ${node.name} did not load: ${reason}`,
    });
  }
}

/** Loads the details of the selected node, then of each node the user selects, until the returned function runs. */
export function followSelection(): () => void {
  const load = (id: string | null) => {
    if (id) void loadDetails(id);
  };
  load(useView.getState().selected);
  return useView.subscribe((state, previous) => {
    if (state.selected !== previous.selected) load(state.selected);
  });
}
