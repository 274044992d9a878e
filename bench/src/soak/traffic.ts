import { Random } from "../generate/random.js";
import { familyNames } from "../generate/words.js";
import { neighbourhoodQuery, searchQuery } from "../measures/graph-queries.js";

/** Ids of the loaded graph that the mixed load reads and that new claims and links point at. */
export interface TrafficIds {
  entities: string[];
  persons: string[];
  states: string[];
  sources: string[];
}

/** A mutation kgx acknowledged: the node it made, or the link (from `source`) with its edge id. */
export type Acknowledged = { kind: "node"; id: string } | { kind: "edge"; source: string; id: string };

/** What the load has seen so far. */
export interface TrafficStats {
  /** Answers with data and no errors, by request kind. */
  served: Record<string, number>;
  /** Everything else, by `<kind>: HTTP <status> <GraphQL codes>` or `<kind>: <network error code>`. */
  errors: Record<string, number>;
  /** Latencies (ms) of served requests, by kind. */
  latencies: Record<string, number[]>;
  acknowledged: Acknowledged[];
  /** Mutations that were sent but not acknowledged (error, timeout, reset): checked afterwards, for information. */
  unknown: Acknowledged[];
  /** Epoch ms of the last served request. */
  lastServedAt: number;
}

/** A running mixed load. */
export interface Traffic {
  stats: TrafficStats;
  /**
   * Resolves at the first served request that was sent at or after `sentAfter` (epoch ms), with the time it was
   * served, or null if the load stops first. Requests sent earlier do not count: one that had its answer from
   * Neo4j just before a fault may still complete just after it.
   */
  servedAfter(sentAfter: number): Promise<number | null>;
  stop(): Promise<void>;
}

interface Request {
  kind: string;
  body: string;
  write: boolean;
  /** What to record as acknowledged when the answer has data. */
  acknowledge?: (data: Record<string, { id: string }>) => Acknowledged;
  pending?: Acknowledged;
}

const mutations = {
  createEntity: "mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }",
  link: "mutation($input: LinkInput!) { link(input: $input) { id } }",
  addClaim: "mutation($input: AddClaimInput!) { addClaim(input: $input) { id } }",
};

/** Of every ten requests a connection sends: four neighbourhoods, four searches, two mutations. */
const pattern = ["neighbourhood", "search", "neighbourhood", "search", "mutation"] as const;

/**
 * `connections` loops, each sending one GraphQL request at a time to kgx and classifying every answer, until
 * `stop()` or `deadline` (epoch ms). While kgx refuses connections a loop waits 250 ms between tries, so a
 * server that is down is polled, not flooded. Each request gives up after `timeoutMs`.
 */
export function startTraffic(options: {
  url: string;
  connections: number;
  writeToken: string;
  ids: TrafficIds;
  runId: string;
  deadline: number;
  timeoutMs?: number;
}): Traffic {
  const stats: TrafficStats = {
    served: {},
    errors: {},
    latencies: {},
    acknowledged: [],
    unknown: [],
    lastServedAt: 0,
  };
  const waiting: { sentAfter: number; resolve: (at: number | null) => void }[] = [];
  let stopped = false;
  const endpoint = new URL("/graphql", options.url).href;
  const count = (table: Record<string, number>, key: string) => {
    table[key] = (table[key] ?? 0) + 1;
  };

  const loop = async (connection: number) => {
    const random = new Random(connection + 1);
    const createdHere: string[] = [];
    let n = 0;
    while (!stopped && Date.now() < options.deadline) {
      const slot = pattern[n % pattern.length] as (typeof pattern)[number];
      const request = build(slot, random, options, createdHere, `${connection}-${n}`, n);
      n++;
      const sentAt = Date.now();
      const started = performance.now();
      const outcome = await send(endpoint, request, options.writeToken, options.timeoutMs ?? 30_000);
      if (outcome.ok) {
        count(stats.served, request.kind);
        const latencies = stats.latencies[request.kind] ?? [];
        stats.latencies[request.kind] = latencies;
        latencies.push(performance.now() - started);
        stats.lastServedAt = Date.now();
        for (const [i, wait] of [...waiting.entries()].reverse()) {
          if (sentAt < wait.sentAfter) continue;
          waiting.splice(i, 1);
          wait.resolve(stats.lastServedAt);
        }
        if (request.acknowledge && outcome.data) {
          const acknowledged = request.acknowledge(outcome.data);
          stats.acknowledged.push(acknowledged);
          if (request.kind === "createEntity" && acknowledged.kind === "node")
            createdHere.push(acknowledged.id);
        }
      } else {
        count(stats.errors, `${request.kind}: ${outcome.error}`);
        if (request.pending && outcome.uncertain) stats.unknown.push(request.pending);
        if (outcome.refused) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  const loops = Array.from({ length: options.connections }, (_, i) => loop(i));
  return {
    stats,
    servedAfter: (sentAfter) => new Promise((resolve) => waiting.push({ sentAfter, resolve })),
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      for (const wait of waiting.splice(0)) wait.resolve(null);
    },
  };
}

function build(
  slot: "neighbourhood" | "search" | "mutation",
  random: Random,
  options: { ids: TrafficIds; runId: string },
  createdHere: string[],
  suffix: string,
  n: number,
): Request {
  const { ids, runId } = options;
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  if (slot === "neighbourhood") {
    const id = random.pickSkewed(ids.entities);
    return {
      kind: "neighbourhood",
      write: false,
      body: body(neighbourhoodQuery, { id, depth: 1, limit: 100 }),
    };
  }
  if (slot === "search") {
    const query = random.pick(familyNames);
    return { kind: "search", write: false, body: body(searchQuery, { query, first: 20 }) };
  }
  // Mutations take turns; a link needs a person this connection created, so it creates one first.
  const turn = Math.floor(n / pattern.length) % 3;
  const source = createdHere.at(-1);
  if (turn === 1 && source) {
    const target = random.pick(ids.states);
    const input = { source, type: "OFFICIAL_OF", target, title: "Soak minister" };
    const id = `${source}>OFFICIAL_OF>${target}`;
    return {
      kind: "link",
      write: true,
      body: body(mutations.link, { input }),
      acknowledge: (data) => ({ kind: "edge", source, id: data.link?.id ?? id }),
      pending: { kind: "edge", source, id },
    };
  }
  if (turn === 2) {
    const id = `claim:soak-${runId}-${suffix}`;
    const input = {
      id,
      name: `Soak claim ${suffix}`,
      text: `A claim the soak wrote (${suffix})`,
      quote: `Soak quote ${suffix}`,
      stance: "asserts",
      claimedBy: [random.pick(ids.persons)],
      source: random.pick(ids.sources),
      about: [random.pick(ids.states)],
    };
    return {
      kind: "addClaim",
      write: true,
      body: body(mutations.addClaim, { input }),
      acknowledge: () => ({ kind: "node", id }),
      pending: { kind: "node", id },
    };
  }
  const id = `person:soak-${runId}-${suffix}`;
  return {
    kind: "createEntity",
    write: true,
    body: body(mutations.createEntity, { input: { kind: "person", id, name: `Soak person ${suffix}` } }),
    acknowledge: () => ({ kind: "node", id }),
    pending: { kind: "node", id },
  };
}

type Outcome =
  | { ok: true; data?: Record<string, { id: string }> }
  | { ok: false; error: string; refused: boolean; uncertain: boolean };

async function send(endpoint: string, request: Request, token: string, timeoutMs: number): Promise<Outcome> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(request.write ? { authorization: `Bearer ${token}` } : {}),
      },
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: {
      data?: Record<string, { id: string }> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = {};
    }
    if (response.ok && parsed.data && !parsed.errors?.length) return { ok: true, data: parsed.data };
    const codes = [...new Set(parsed.errors?.map((e) => e.extensions?.code ?? "no code") ?? [])];
    const error = `HTTP ${response.status}${codes.length ? ` ${codes.join(",")}` : ""}`;
    // An error answer to a write is not an acknowledgement, yet a commit can succeed while its answer fails.
    return { ok: false, error, refused: false, uncertain: true };
  } catch (caught) {
    const error = caught as Error & { cause?: { code?: string } };
    const code =
      error.name === "TimeoutError" ? "client timeout" : (error.cause?.code ?? error.name ?? "network error");
    return { ok: false, error: code, refused: code === "ECONNREFUSED", uncertain: code !== "ECONNREFUSED" };
  }
}
