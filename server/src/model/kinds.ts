import type { ModelLabel } from "./labels.js";

/**
 * The kinds of node: each has an id prefix (`person:shin-wonsik`), its labels (entities also carry `Entity`), and a
 * list of its own in a dataset file (`people:`). Every id of the model is `<prefix>:<slug>`.
 */
export const kinds = {
  sources: { prefix: "source", labels: ["Source"] },
  people: { prefix: "person", labels: ["Entity", "Person"] },
  states: { prefix: "state", labels: ["Entity", "State"] },
  organizations: { prefix: "organization", labels: ["Entity", "Organization"] },
  places: { prefix: "place", labels: ["Entity", "Place"] },
  items: { prefix: "item", labels: ["Entity", "Item"] },
  events: { prefix: "event", labels: ["Entity", "Event"] },
  transfers: { prefix: "transfer", labels: ["Transfer"] },
  claims: { prefix: "claim", labels: ["Claim"] },
} as const satisfies Record<string, { prefix: string; labels: readonly ModelLabel[] }>;

/** The name of a kind's list in a dataset file (`people`). */
export type KindList = keyof typeof kinds;

/** Every kind's list, in the order of a dataset file. */
export const kindLists = Object.keys(kinds) as KindList[];

/** The kinds of entity as clients name them: person, state, organization, place, item, event. */
export const entityKinds: readonly string[] = kindLists
  .filter((list) => (kinds[list].labels as readonly string[]).includes("Entity"))
  .map((list) => kinds[list].prefix);

/** The label that names a kind (`Person` for people). */
export function kindLabel(list: KindList): ModelLabel {
  return kinds[list].labels.at(-1) as ModelLabel;
}

/** The list that holds a kind (`person` → `people`), or undefined when the model has no such kind. */
export function listOfKind(kind: string): KindList | undefined {
  return kindLists.find((list) => kinds[list].prefix === kind.trim().toLowerCase());
}

/** The slug after an id's prefix: lower case letters and digits, then also `.` and `-`. */
export const idSlug = "[a-z0-9][a-z0-9.-]*";

/** The prefix of an id (`person` for `person:shin-wonsik`); empty when it has none. */
export function prefixOf(id: string): string {
  const colon = id.indexOf(":");
  return colon > 0 ? id.slice(0, colon) : "";
}

/** The label every node of an id's kind has, and whose `id` constraint finds it. */
export function baseLabelOf(id: string): "Entity" | "Transfer" | "Claim" | "Source" {
  const prefix = prefixOf(id);
  if (prefix === "transfer") return "Transfer";
  if (prefix === "claim") return "Claim";
  if (prefix === "source") return "Source";
  return "Entity";
}
