import { ApiError, databaseReady, request } from "../../api/client";
import { GraphQuery, NeighbourhoodQuery, NodeQuery, PathsQuery, SaidQuery } from "../../api/documents";
import { firstFrameDrawn } from "../canvas/first-frame";
import { useLaidOut } from "../canvas/positions";
import { decodeDeepLink } from "../deeplink/deeplink";
import { useView } from "../view/store";
import { emptyView, type ViewState } from "../view/types";
import { expandNode, highlightPath } from "../view/view";
import { edgesOf, otherEnd } from "./cache";
import { openingNodeIds } from "./opening";
import { useGraphData } from "./store";
import type { GraphNode, Subgraph } from "./types";

/** How many neighbours one expansion adds; the rest shows as "+N more" on the node. */
export const expandCap = 25;
/** The page loads the whole graph up to this size at open; larger graphs arrive piece by piece. */
const openingLimit = 2000;

const receive = (subgraph: Pick<Subgraph, "nodes" | "edges">) =>
  useGraphData.getState().receive(subgraph.nodes, subgraph.edges);

type Failure = { cause: "server" | "database" | "query"; message: string };

/** Why a request failed, in words a user can act on. */
async function explain(error: unknown): Promise<Failure> {
  if (error instanceof ApiError && error.cause !== "server")
    return { cause: error.cause, message: error.message };
  // The GraphQL request failed outright: /ready tells whether the server or its database is down.
  const ready = await databaseReady();
  return ready === false
    ? { cause: "database", message: "The kgx server is up, but its Neo4j database does not answer." }
    : { cause: "server", message: "The kgx server does not answer." };
}

/**
 * Runs an action the user started: says `doing` while it runs and, when it fails, `failed`, why, and offers
 * `retry`. Resolves to whether it succeeded.
 */
async function track(
  doing: string,
  failed: string,
  work: () => Promise<unknown>,
  retry: () => void,
): Promise<boolean> {
  const { setActivity } = useGraphData.getState();
  const working = { state: "working", message: doing } as const;
  setActivity(working);
  // Only the latest action speaks: one that another action overtook leaves the line to it.
  const latest = () => useGraphData.getState().activity === working;
  try {
    await work();
    if (latest()) setActivity(null);
    return true;
  } catch (error) {
    const { message } = await explain(error);
    if (latest()) setActivity({ state: "failed", message: `${failed}: ${message}`, retry });
    return false;
  }
}

/**
 * Opens the page's view: the deep link's in the address, or the opening view. main.tsx calls it before React
 * draws the page, so that the request and the page's first render overlap.
 */
export function openFromAddress(): void {
  const link = decodeDeepLink(window.location.hash);
  // The canvas puts these nodes where the sender saw them, instead of laying them out again.
  if (link?.positions) useLaidOut.getState().place(link.positions);
  void openExplorer(link);
}

/** Loads `link`'s view (a deep link's) or the first nodes of the graph, then shows that view or the opening view. */
async function openExplorer(link: { view: ViewState; selected: string | null } | null): Promise<void> {
  const { setStatus } = useGraphData.getState();
  setStatus({ state: "loading" });
  // When things were said matters to the first frame only in a time window; otherwise it comes after the frame.
  const said = Boolean(link?.view.window);
  try {
    // A link names its view: fetch only that. Without one, the opening view is chosen from the first nodes.
    if (link) await fetchMissing(link.view.nodeIds, said);
    else receive((await request(GraphQuery, { limit: openingLimit, said })).graph);
    performance.mark("kgx-graph-loaded");
    const cache = useGraphData.getState().cache;
    const view = link?.view ?? { ...emptyView, nodeIds: openingNodeIds(cache) };
    useView.getState().reset(view);
    useView.getState().select(link?.selected ?? null);
    setStatus({ state: "ready" });
  } catch (error) {
    setStatus({ state: "error", ...(await explain(error)) });
    return;
  }
  if (!said) void firstFrameDrawn().then(fetchSaid);
}

/**
 * Fetches when the cached claims and transfers that came without it were said (the timeline and the time
 * window read it). A failure leaves them without: the timeline then dates claims by their sources, as it can.
 */
async function fetchSaid(): Promise<void> {
  const { cache } = useGraphData.getState();
  const ids = Object.values(cache.nodes)
    .filter((node) => node.said === undefined && (node.kind === "claim" || node.kind === "transfer"))
    .map((node) => node.id);
  if (ids.length === 0) return;
  try {
    const { graph } = await request(SaidQuery, { ids });
    const now = useGraphData.getState().cache;
    receive({
      nodes: graph.nodes.flatMap(({ id, said }) => (now.nodes[id] ? [{ ...now.nodes[id], said }] : [])),
      edges: [],
    });
  } catch {
    // Said dates are an addition to the view, not a part of it; the next expansion brings its own.
  }
}

/** Fetches the nodes of `ids` that the cache lacks, and the edges among all of `ids`, in one request. */
async function fetchMissing(ids: readonly string[], said = true): Promise<void> {
  const { cache } = useGraphData.getState();
  if (ids.every((id) => cache.nodes[id])) return;
  const { graph } = await request(GraphQuery, { ids: [...ids], said });
  receive(graph);
}

/** Fetches `id`'s neighbourhood into the cache. */
export async function neighbourhood(id: string, depth: number, edgeTypes?: string[]): Promise<Subgraph> {
  const variables = edgeTypes ? { id, depth, limit: 500, edgeTypes } : { id, depth, limit: 500 };
  const result = await request(NeighbourhoodQuery, variables);
  receive(result.neighbourhood);
  return result.neighbourhood;
}

/**
 * Puts a search result on the canvas (with its edges to what is there) and selects it. When its neighbourhood
 * does not load, the page says why and offers a retry, and nothing is added: its edges would be missing.
 */
export async function addFromSearch(node: GraphNode): Promise<void> {
  useGraphData.getState().receive([node], []);
  const added = await track(
    `Adding ${node.name}…`,
    `${node.name} was not added`,
    () => neighbourhood(node.id, 1),
    () => void addFromSearch(node),
  );
  if (!added) return;
  useView.getState().change((view) => ({
    ...view,
    nodeIds: view.nodeIds.includes(node.id) ? view.nodeIds : [...view.nodeIds, node.id],
  }));
  useView.getState().select(node.id);
}

/** Adds up to `expandCap` neighbours of `id` (of one relationship type when given) as one undo step. */
export async function expand(id: string, edgeType?: string): Promise<void> {
  const name = useGraphData.getState().cache.nodes[id]?.name ?? id;
  const expanded = await track(
    `Expanding ${name}…`,
    `${name} was not expanded`,
    () => neighbourhood(id, 1, edgeType ? [edgeType] : undefined),
    () => void expand(id, edgeType),
  );
  if (!expanded) return;
  const { cache } = useGraphData.getState();
  const { change, history } = useView.getState();
  const present = new Set(history.present.nodeIds);
  const neighbours = [
    ...new Set(
      edgesOf(cache, id)
        .filter((edge) => !edgeType || edge.type === edgeType)
        .map((edge) => otherEnd(edge, id))
        .filter((other) => !present.has(other)),
    ),
  ];
  change((view) => expandNode(view, id, neighbours.slice(0, expandCap)));
}

/** Fetches the node `id` if the cache lacks it. */
export async function ensureNode(id: string): Promise<GraphNode | null> {
  const cached = useGraphData.getState().cache.nodes[id];
  if (cached) return cached;
  const { node } = await request(NodeQuery, { id });
  if (node) useGraphData.getState().receive([node], []);
  return node ?? null;
}

/** One step of a path: the node reached, and the relationship that leads to it from the step before. */
export interface PathStep {
  node: GraphNode;
  /** The relationship between the previous step's node and this one; null on the first step. */
  via: { type: string; forward: boolean } | null;
}

/**
 * Finds the shortest paths from `from` to `to` (through entities and transfers, or also through claims and sources
 * when `includeClaims`), draws them highlighted and answers the first as steps; an empty list when there is none.
 */
export async function findPaths(from: string, to: string, includeClaims: boolean): Promise<PathStep[]> {
  // With the timeline's window, no path runs through what was said after its end (decision 0024).
  const asOf = useView.getState().history.present.window?.to ?? null;
  const { paths } = await request(PathsQuery, { from, to, maxLength: 6, limit: 3, includeClaims, asOf });
  const [first] = paths;
  if (!first) return [];
  for (const path of paths) receive(path);
  const nodeIds = [...new Set(paths.flatMap((path) => path.nodes.map((node) => node.id)))];
  const edgeIds = [...new Set(paths.flatMap((path) => path.edges.map((edge) => edge.id)))];
  useView.getState().change((view) => highlightPath(view, nodeIds, edgeIds));
  return first.nodes.map((node, index) => {
    const previous = first.nodes[index - 1];
    if (!previous) return { node, via: null };
    const edge = first.edges.find(
      (e) =>
        (e.source === previous.id && e.target === node.id) ||
        (e.source === node.id && e.target === previous.id),
    );
    return { node, via: edge ? { type: edge.type, forward: edge.source === previous.id } : null };
  });
}
