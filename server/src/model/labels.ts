/**
 * The labels of the graph model. Every node has the label of its kind; entities also have `Entity`. These are the
 * only labels kgx writes or lets reach Cypher (docs/decisions/0013-model-rules.md).
 */

/** The labels of the entity kinds (each such node also has `Entity`). */
export const entityLabels = ["Person", "State", "Organization", "Place", "Item", "Event"] as const;

/** Every label of the model, most specific first: a node's kind is the first of these among its labels. */
export const modelLabels = [...entityLabels, "Transfer", "Claim", "Source", "Entity"] as const;

/**
 * The label every node of the model also has, whose uniqueness constraint on `id` finds any node by id in one index
 * seek (docs/decisions/0056-common-label.md). It says nothing about a node's kind: the API and the page never show it.
 */
export const commonLabel = "Kgx";

/** A node's labels as the API shows them: without the common label. */
export function shownLabels(labels: readonly string[]): string[] {
  return labels.filter((label) => label !== commonLabel);
}

/** A label of the graph model. */
export type ModelLabel = (typeof modelLabels)[number];

/** The label that names a node's kind (`State` for a state, `Entity` for an entity of no known kind). */
export function kindLabelOf(labels: readonly string[]): ModelLabel | undefined {
  return modelLabels.find((label) => labels.includes(label));
}

/** The lower-case kind of a node (person, state, ..., transfer, claim, source), from its labels. */
export function kindOf(labels: readonly string[]): string {
  return (kindLabelOf(labels) ?? labels[0] ?? "node").toLowerCase();
}

/** The label for a kind the user typed (`person` → `Person`), or undefined if the model has no such kind. */
export function labelOfKind(kind: string): ModelLabel | undefined {
  return modelLabels.find((label) => label.toLowerCase() === kind.trim().toLowerCase());
}

/** A label with its article, as messages use it: "a State", "an Item", "an entity". */
export function aLabel(label: string): string {
  const word = label === "Entity" ? "entity" : label;
  return `${/^[AEIOUaeiou]/.test(word) ? "an" : "a"} ${word}`;
}

/** What a node is, for messages: "a State", or "a node outside the model (Change)". */
export function describeNode(labels: readonly string[]): string {
  const kind = kindLabelOf(labels);
  if (kind) return aLabel(kind);
  return labels.length > 0 ? `a node outside the model (${labels.join(", ")})` : "a node without a label";
}

/** A list of labels as messages say it: "a Person, State or Organization". */
export function describeLabels(labels: readonly string[]): string {
  if (labels.length === 1) return aLabel(labels[0] ?? "");
  const [first = "", ...rest] = labels;
  const last = rest.pop() ?? "";
  return `${aLabel(first)}${rest.map((l) => `, ${l}`).join("")} or ${last}`;
}
