/** A size of generated graph: how many nodes and relationships it has. */
export interface Tier {
  name: string;
  nodes: number;
  relationships: number;
  /** JVM heap and page cache for the embedded Neo4j that holds this tier. */
  heap: string;
  pageCache: string;
}

/** The tiers of issue 7; `smoke` and `tiny` exist for the smoke test and for developing the harness. */
export const tiers: Record<string, Tier> = {
  smoke: { name: "smoke", nodes: 300, relationships: 1_200, heap: "512m", pageCache: "128m" },
  tiny: { name: "tiny", nodes: 1_000, relationships: 5_000, heap: "512m", pageCache: "128m" },
  S: { name: "S", nodes: 10_000, relationships: 50_000, heap: "1g", pageCache: "256m" },
  M: { name: "M", nodes: 100_000, relationships: 500_000, heap: "1536m", pageCache: "768m" },
  L: { name: "L", nodes: 1_000_000, relationships: 5_000_000, heap: "3g", pageCache: "3g" },
};

/** The tier with this name, or an error that lists the names. */
export function tierNamed(name: string): Tier {
  const tier = tiers[name];
  if (!tier) throw new Error(`Unknown tier '${name}'; choose one of ${Object.keys(tiers).join(", ")}`);
  return tier;
}
