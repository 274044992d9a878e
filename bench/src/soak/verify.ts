import type { Acknowledged } from "./traffic.js";

/** The check of the writes after the soak. */
export interface WriteCheck {
  acknowledged: number;
  /** Acknowledged writes not found afterwards: must be 0. */
  lost: number;
  lostIds: string[];
  /** Acknowledged writes the check could not look up (kgx kept failing): neither found nor lost. */
  unchecked: number;
  /** Writes sent but not acknowledged that are there anyway (committed, but the answer was lost). */
  unacknowledgedFound: number;
  unacknowledgedChecked: number;
}

const nodeQuery = "query($id: ID!) { node(id: $id) { id } }";
const edgesQuery = `query($id: ID!) { neighbourhood(id: $id, depth: 1, edgeTypes: ["OFFICIAL_OF"], limit: 1000) { edges { id } } }`;

/** Whether kgx has the node or edge now; undefined if kgx would not say (after a few tries). */
async function present(url: string, write: Acknowledged): Promise<boolean | undefined> {
  const body =
    write.kind === "node"
      ? { query: nodeQuery, variables: { id: write.id } }
      : { query: edgesQuery, variables: { id: write.source } };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const response = await fetch(new URL("/graphql", url), {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const answer = (await response.json()) as {
        data?: { node?: { id: string } | null; neighbourhood?: { edges: { id: string }[] } };
        errors?: { extensions?: { code?: string } }[];
      };
      if (write.kind === "node" && answer.data && !answer.errors) return answer.data.node?.id === write.id;
      if (write.kind === "edge" && answer.data?.neighbourhood)
        return answer.data.neighbourhood.edges.some((edge) => edge.id === write.id);
      // A source node that is not there (NOT_FOUND) means its link is not there either.
      if (answer.errors?.some((e) => e.extensions?.code === "NOT_FOUND")) return false;
    } catch {
      // Retried below.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

/** Looks up every acknowledged write (and every unacknowledged one, for information) through kgx's API. */
export async function checkWrites(
  url: string,
  acknowledged: readonly Acknowledged[],
  unknown: readonly Acknowledged[],
): Promise<WriteCheck> {
  const check: WriteCheck = {
    acknowledged: acknowledged.length,
    lost: 0,
    lostIds: [],
    unchecked: 0,
    unacknowledgedFound: 0,
    unacknowledgedChecked: unknown.length,
  };
  // Four at a time: enough to finish quickly, few enough not to become a load test of their own.
  const queue = [
    ...acknowledged.map((write) => ({ write, acked: true })),
    ...unknown.map((write) => ({ write, acked: false })),
  ];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const found = await present(url, item.write);
      if (item.acked && found === false) {
        check.lost++;
        if (check.lostIds.length < 50) check.lostIds.push(item.write.id);
      } else if (item.acked && found === undefined) check.unchecked++;
      else if (!item.acked && found) check.unacknowledgedFound++;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return check;
}
