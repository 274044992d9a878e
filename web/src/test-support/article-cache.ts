import { emptyCache, mergeIntoCache } from "../core/graph/cache";
import type { GraphCache, GraphEdge, GraphNode } from "../core/graph/types";

const capital = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

const node = (
  id: string,
  kind: string,
  name: string,
  properties: Record<string, unknown> = {},
): GraphNode => ({
  id,
  kind,
  labels: kind === "transfer" || kind === "claim" ? [capital(kind)] : ["Entity", capital(kind)],
  name,
  degree: 0,
  properties: { id, name, ...properties },
});
const edge = (
  source: string,
  type: string,
  target: string,
  properties: Record<string, unknown> = {},
): GraphEdge => ({
  id: `${source}>${type}>${target}`,
  type,
  source,
  target,
  properties,
});

/** A small slice of the article graph: the shipment of shells, two figures for it, and a denial. */
export function articleCache(): GraphCache {
  const nodes = [
    node("state:north-korea", "state", "North Korea", { aliases: ["Pyongyang"] }),
    node("state:russia", "state", "Russia", { aliases: ["Moscow", "Kremlin"] }),
    node("person:kim-jong-un", "person", "Kim Jong Un"),
    node("person:shin-wonsik", "person", "Shin Wonsik"),
    node("person:volodymyr-zelensky", "person", "Volodymyr Zelensky"),
    node("item:152mm-shells", "item", "152 mm artillery shells"),
    node("transfer:nk-shells-to-russia", "transfer", "Artillery shells to Russia", { status: "alleged" }),
    node("claim:shin-6700-containers", "claim", "6,700 containers", {
      stance: "estimates",
      quantity: 6700,
      unit: "containers",
      quote: "about 6,700 containers",
    }),
    node("claim:zelensky-1-5-million", "claim", "1.5 million shells", {
      stance: "asserts",
      quantity: 1500000,
      unit: "shells",
      quote: "1.5 million artillery shells",
    }),
    node("claim:nk-denies", "claim", "North Korea denies", {
      stance: "denies",
      quote: "deny any arms transfers",
    }),
    node("source:time", "source", "TIME"),
  ];
  const edges = [
    edge("transfer:nk-shells-to-russia", "FROM", "state:north-korea"),
    edge("transfer:nk-shells-to-russia", "TO", "state:russia"),
    edge("transfer:nk-shells-to-russia", "CARRIES", "item:152mm-shells"),
    edge("person:kim-jong-un", "LEADS", "state:north-korea"),
    edge("claim:shin-6700-containers", "ABOUT", "transfer:nk-shells-to-russia"),
    edge("claim:shin-6700-containers", "CLAIMED_BY", "person:shin-wonsik"),
    edge("claim:shin-6700-containers", "REPORTED_IN", "source:time"),
    edge("claim:zelensky-1-5-million", "ABOUT", "transfer:nk-shells-to-russia"),
    edge("claim:zelensky-1-5-million", "CLAIMED_BY", "person:volodymyr-zelensky"),
    edge("claim:zelensky-1-5-million", "REPORTED_IN", "source:time"),
    edge("claim:nk-denies", "ABOUT", "transfer:nk-shells-to-russia"),
    edge("claim:nk-denies", "CLAIMED_BY", "state:north-korea"),
    edge("claim:nk-denies", "REPORTED_IN", "source:time"),
  ];
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return mergeIntoCache(
    emptyCache,
    nodes.map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 })),
    edges,
  );
}
