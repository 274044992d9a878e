import type { NodeRow, RelationshipRow } from "@kgx/server/dist/import/graph-rows.js";
import type { RelationshipType } from "@kgx/server/dist/model/relationships.js";
import { toNeo4jValue } from "@kgx/server/dist/model/values.js";
import { Random } from "./random.js";
import * as words from "./words.js";

/** Ids the measurements start from, chosen while generating so that every run asks the same questions. */
export interface Landmarks {
  /** The planted hub: a state that is a party (FROM or TO) of exactly a tenth of all transfers. */
  hub: string;
  /** An entity whose degree is the median degree of all entities. */
  median: string;
  medianDegree: number;
  hubDegree: number;
  /** A word that many names contain, for full-text search. */
  searchTerm: string;
  /** Two entities connected by a path, and two that are not (the second is on a planted island). */
  reachable: [string, string];
  unreachable: [string, string];
}

/** A generated graph in the importer's own row format (server/src/import/graph-rows.ts). */
export interface GeneratedGraph {
  seed: number;
  nodes: NodeRow[];
  relationships: RelationshipRow[];
  landmarks: Landmarks;
}

const labelsOf = {
  state: ["Entity", "State"],
  person: ["Entity", "Person"],
  organization: ["Entity", "Organization"],
  place: ["Entity", "Place"],
  item: ["Entity", "Item"],
  event: ["Entity", "Event"],
  source: ["Source"],
  transfer: ["Transfer"],
  claim: ["Claim"],
} as const;
type Kind = keyof typeof labelsOf;

/** How many nodes of each kind a graph of `total` nodes has; claims take what the others leave. */
export function kindCounts(total: number): Record<Kind, number> {
  const share = (fraction: number, least: number) => Math.max(least, Math.round(total * fraction));
  const counts = {
    state: share(0.001, 10),
    person: share(0.1, 10),
    organization: share(0.05, 5),
    place: share(0.05, 5),
    item: share(0.02, 15),
    event: share(0.03, 3),
    source: share(0.05, 5),
    transfer: share(0.25, 20),
    claim: 0,
  };
  const islandNodes = 2;
  counts.claim = total - islandNodes - Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (counts.claim < 10) throw new Error(`A graph of ${total} nodes is too small to generate`);
  return counts;
}

/**
 * Generates the graph of kgx's model (server/src/model/) with `nodeTarget` nodes and `relationshipTarget`
 * relationships: the same seed gives the same rows in the same order.
 */
export function generateGraph(nodeTarget: number, relationshipTarget: number, seed: number): GeneratedGraph {
  const random = new Random(seed);
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const seen = new Set<string>();
  const ids = {} as Record<Kind, string[]>;

  const add = (kind: Kind, index: number, props: Record<string, unknown>) => {
    const id = `${kind}:g-${index}`;
    const converted: Record<string, unknown> = { id };
    for (const [key, value] of Object.entries(props)) converted[key] = toNeo4jValue(key, value);
    nodes.push({ id, labels: labelsOf[kind], props: converted });
    return id;
  };
  const link = (type: RelationshipType, from: string, to: string, props: Record<string, unknown> = {}) => {
    const key = `${type} ${from} ${to}`;
    if (from === to || seen.has(key)) return false;
    seen.add(key);
    const converted = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toNeo4jValue(k, v)]));
    relationships.push({ type, from, to, props: converted });
    return true;
  };

  const counts = kindCounts(nodeTarget);
  for (const kind of Object.keys(labelsOf) as Kind[]) {
    ids[kind] = Array.from({ length: counts[kind] }, (_, i) => add(kind, i, propertiesOf(kind, i, random)));
  }
  const islandA = add("organization", counts.organization, { name: "Island Trading A" });
  const islandB = add("organization", counts.organization + 1, { name: "Island Trading B" });
  link("PART_OF", islandA, islandB);

  linkEntities(ids, random, link);
  linkTransfers(ids, random, link);
  linkClaims(ids, random, link);
  addExtraAbout(ids, random, link, relationshipTarget - relationships.length);

  const landmarks = chooseLandmarks(nodes, relationships, ids, islandA);
  return { seed, nodes, relationships, landmarks };
}

type Link = (type: RelationshipType, from: string, to: string, props?: Record<string, unknown>) => boolean;
type Ids = Record<Kind, string[]>;

function propertiesOf(kind: Kind, i: number, random: Random): Record<string, unknown> {
  const family = random.pickSkewed(words.familyNames);
  const state = words.stateWords[i % words.stateWords.length] ?? "State";
  const day = `20${random.int(20, 25)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
  switch (kind) {
    case "state":
      return {
        name: `${state} ${i}`,
        aliases: [state],
        yearlyEconomyUsd: random.int(1, 900) * 1_000_000_000,
      };
    case "person":
      return {
        name: `${random.pick(words.givenNames)} ${family} ${i}`,
        aliases: [family],
        title: "Official",
      };
    case "organization":
      return { name: `${family} Trading ${i}`, aliases: [`${family} Co`] };
    case "place":
      return {
        name: `${state} ${random.pick(words.placeWords)} ${i}`,
        placeType: random.pick(words.placeWords),
        lat: random.int(-8000, 8000) / 100 + 0.001,
        lon: random.int(-17000, 17000) / 100 + 0.001,
      };
    case "item":
      return { name: `${words.itemWords[i % words.itemWords.length]} ${i}` };
    case "event":
      return { name: `Summit ${i} of ${state}`, date: day };
    case "source":
      return {
        name: `Report ${i} by ${family}`,
        title: `Report ${i}`,
        publisher: `${family} News`,
        kind: random.pick(words.sourceKinds),
        publishedOn: day,
        url: `https://example.org/reports/${i}`,
      };
    case "transfer":
      return {
        name: `Transfer ${i}`,
        status: random.pickSkewed(words.transferStatuses),
        period: "2023-2024",
      };
    case "claim": {
      const quantity = random.int(1, 10_000);
      const unit = random.pick(words.units);
      const quote = `${family} said ${quantity} ${unit} were ${random.pick(words.verbs)} near ${state}`;
      return {
        name: `Claim ${i}`,
        text: `${family} on ${unit} (${i})`,
        quote,
        stance: random.pickSkewed(words.stances),
        quantity,
        unit,
        statedOn: day,
      };
    }
  }
}

function linkEntities(ids: Ids, random: Random, link: Link): void {
  const states = ids.state;
  ids.person.forEach((person, i) => {
    const state = states[i];
    if (state) link("LEADS", person, state, { title: "Leader" });
    else link("OFFICIAL_OF", person, random.pickSkewed(states), { title: "Minister" });
  });
  ids.organization.forEach((org, i) => {
    const parent = i > 0 && random.chance(0.3) ? random.pick(ids.organization.slice(0, i)) : undefined;
    link("PART_OF", org, parent ?? random.pickSkewed(states));
  });
  for (const place of ids.place) link("LOCATED_IN", place, random.pickSkewed(states));
  const parties = [...states, ...ids.organization, ...ids.person];
  for (const event of ids.event) {
    link("HELD_IN", event, random.pickSkewed(ids.place));
    for (let k = random.int(1, 3); k > 0; k--) link("INVOLVES", event, random.pickSkewed(parties));
  }
  ids.source.forEach((source, i) => {
    if (random.chance(0.5)) link("PUBLISHED_BY", source, random.pickSkewed(ids.organization));
    if (i > 0 && random.chance(0.7)) link("CITES", source, ids.source[random.zipf(i)] ?? source);
  });
}

function linkTransfers(ids: Ids, random: Random, link: Link): void {
  const [hub, ...otherStates] = ids.state;
  if (!hub) throw new Error("no states");
  const party = () => {
    const roll = random.next();
    if (roll < 0.6) return random.pickSkewed(otherStates);
    return roll < 0.85 ? random.pickSkewed(ids.organization) : random.pickSkewed(ids.person);
  };
  ids.transfer.forEach((transfer, i) => {
    // The planted hub: every tenth transfer involves it, alternately as sender and receiver; no other does.
    const withHub = i % 10 === 0;
    const from = withHub && (i / 10) % 2 === 0 ? hub : party();
    let to = withHub && (i / 10) % 2 === 1 ? hub : party();
    while (to === from) to = party();
    link("FROM", transfer, from);
    link("TO", transfer, to);
    for (let k = random.int(1, 2); k > 0; k--) {
      link("CARRIES", transfer, random.pickSkewed(ids.item), {
        quantity: random.int(1, 100_000),
        unit: random.pick(words.units),
      });
    }
    if (random.chance(0.5)) link("VIA", transfer, random.pickSkewed(ids.place));
    if (i > 0 && random.chance(0.1))
      link("IN_RETURN_FOR", transfer, ids.transfer[random.int(0, i - 1)] ?? transfer);
  });
}

function linkClaims(ids: Ids, random: Random, link: Link): void {
  const claimants = [...ids.state, ...ids.organization, ...ids.person];
  const subjects = [...ids.transfer, ...ids.state, ...ids.person, ...ids.organization, ...ids.event];
  ids.claim.forEach((claim, i) => {
    link("CLAIMED_BY", claim, random.pickSkewed(claimants));
    link("REPORTED_IN", claim, random.pickSkewed(ids.source));
    link("ABOUT", claim, random.chance(0.5) ? random.pick(ids.transfer) : random.pickSkewed(subjects));
    if (i > 0 && random.chance(0.05)) link("CONTRADICTS", claim, ids.claim[random.int(0, i - 1)] ?? claim);
  });
}

/** Fills the relationship budget with more ABOUT edges: half to uniformly chosen subjects, half skewed. */
function addExtraAbout(ids: Ids, random: Random, link: Link, budget: number): void {
  const subjects = [
    ...ids.transfer,
    ...ids.person,
    ...ids.organization,
    ...ids.place,
    ...ids.item,
    ...ids.event,
  ];
  // A seeded shuffle, so that the skewed picks make hubs of various kinds rather than of the first ids.
  for (let i = subjects.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [subjects[i], subjects[j]] = [subjects[j] as string, subjects[i] as string];
  }
  let added = 0;
  while (added < budget) {
    const subject = random.chance(0.5) ? random.pick(subjects) : random.pickSkewed(subjects);
    if (link("ABOUT", random.pick(ids.claim), subject)) added++;
  }
}

function chooseLandmarks(
  nodes: NodeRow[],
  relationships: RelationshipRow[],
  ids: Ids,
  island: string,
): Landmarks {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const entities = nodes.filter((n) => n.labels[0] === "Entity" && n.id !== island);
  const sorted = entities.map((n) => degree.get(n.id) ?? 0).sort((a, b) => a - b);
  const medianDegree = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const withMedian = entities.filter((n) => (degree.get(n.id) ?? 0) === medianDegree);
  const median = withMedian.find((n) => n.id.startsWith("person:")) ?? withMedian[0];
  const hub = ids.state[0] ?? "";
  const medianId = median?.id ?? entities[0]?.id ?? "";
  return {
    hub,
    median: medianId,
    medianDegree,
    hubDegree: degree.get(hub) ?? 0,
    searchTerm: words.familyNames[0] ?? "Novak",
    reachable: [medianId, hub],
    unreachable: [medianId, island],
  };
}
