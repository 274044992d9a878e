import { isInt } from "neo4j-driver";
import { aLabel, describeLabels, describeNode, entityLabels, type ModelLabel } from "./labels.js";

/**
 * The relationship rules of the graph model, written once: which labels each relationship type may start and end
 * at, and which properties it carries. The importer (graph-rows.ts, references.ts), every curation mutation and
 * the integrity check `relationship-rules` (cypher/checks/invariants.cypher, which gets them as a parameter) all
 * read them from here, so they give the same answer and the same message (docs/decisions/0013-model-rules.md).
 */

/** A property a relationship type carries. */
export interface PropertyRule {
  type: "string" | "number";
  /** The least value of a number. */
  min?: number;
  required?: boolean;
}

/** What one relationship type connects, the dataset field that writes it, and its properties. */
export interface RelationshipRule {
  /** The field of data/article.yaml that holds it, on the node it starts from. */
  field: string;
  /** A node fits when it has one of these labels. */
  from: readonly ModelLabel[];
  to: readonly ModelLabel[];
  properties: Readonly<Record<string, PropertyRule>>;
}

const parties: readonly ModelLabel[] = ["Person", "State", "Organization"];
const entities: readonly ModelLabel[] = ["Entity", ...entityLabels];
const anyNode: readonly ModelLabel[] = [...entities, "Transfer", "Claim", "Source"];
const title = { title: { type: "string", required: true } } as const;

function rule(
  field: string,
  from: readonly ModelLabel[],
  to: readonly ModelLabel[],
  properties: Record<string, PropertyRule> = {},
): RelationshipRule {
  return { field, from, to, properties };
}

/** Every relationship type of the model and its rule. */
export const relationshipRules = {
  PUBLISHED_BY: rule("publishedBy", ["Source"], ["Organization"]),
  CITES: rule("cites", ["Source"], ["Source"]),
  LEADS: rule("leads", ["Person"], ["State"], title),
  OFFICIAL_OF: rule("officialOf", ["Person"], ["State"], title),
  PART_OF: rule("partOf", ["Organization"], ["State", "Organization"]),
  LOCATED_IN: rule("locatedIn", ["Place"], ["State"]),
  HELD_IN: rule("heldIn", ["Event"], ["State", "Place"]),
  INVOLVES: rule("involves", ["Event"], entities),
  FROM: rule("from", ["Transfer"], parties),
  TO: rule("to", ["Transfer"], parties),
  CARRIES: rule("carries", ["Transfer"], ["Item"], {
    quantity: { type: "number", min: 0 },
    unit: { type: "string" },
  }),
  VIA: rule("via", ["Transfer"], ["Place"], { order: { type: "number", min: 0 } }),
  IN_RETURN_FOR: rule("inReturnFor", ["Transfer"], ["Transfer"]),
  CLAIMED_BY: rule("claimedBy", ["Claim"], parties),
  REPORTED_IN: rule("source", ["Claim"], ["Source"]),
  ABOUT: rule("about", ["Claim"], anyNode),
  CONTRADICTS: rule("contradicts", ["Claim"], ["Claim"]),
} as const satisfies Record<string, RelationshipRule>;

/** A relationship type of the model. */
export type RelationshipType = keyof typeof relationshipRules;

/** The allow-list of relationship types, sorted. */
export const relationshipTypes = (Object.keys(relationshipRules) as RelationshipType[]).sort();

/** Who changed a relationship and when: kgx sets these itself, on any type. */
export const bookkeepingProperties = ["createdBy", "createdAt", "updatedBy", "updatedAt"] as const;

/** Whether a name is a relationship type of the model. */
export function isRelationshipType(name: string): name is RelationshipType {
  return Object.hasOwn(relationshipRules, name);
}

/** The rule's ends as a sentence: "CLAIMED_BY goes from a Claim to a Person, State or Organization". */
export function describeRule(type: RelationshipType): string {
  const { from, to } = relationshipRules[type];
  return `${type} goes from ${describeEnd(from)} to ${describeEnd(to)}`;
}

function describeEnd(labels: readonly ModelLabel[]): string {
  if (labels === anyNode) return "any node of the model";
  if (labels === entities) return aLabel("Entity");
  return describeLabels(labels);
}

/** A node as the rules see it: its id and labels. */
export interface NodeEnd {
  id: string;
  labels: readonly string[];
}

/**
 * Why a relationship of `type` may not go from `source` to `target`, or undefined when it may:
 * "CLAIMED_BY goes from a Claim to a Person, State or Organization; state:north-korea is a State".
 */
export function endsProblem(type: RelationshipType, source: NodeEnd, target: NodeEnd): string | undefined {
  const rule: RelationshipRule = relationshipRules[type];
  const fits = (node: NodeEnd, labels: readonly string[]) => node.labels.some((l) => labels.includes(l));
  const odd = !fits(source, rule.from) ? source : !fits(target, rule.to) ? target : undefined;
  return odd && `${describeRule(type)}; ${odd.id} is ${describeNode(odd.labels)}`;
}

/**
 * What is wrong with a relationship's properties (its whole set, bookkeeping aside): unknown names, missing
 * required ones, wrong types, numbers below their least value. Empty when they keep the rule.
 */
export function propertyProblems(type: RelationshipType, props: Readonly<Record<string, unknown>>): string[] {
  const rule: RelationshipRule = relationshipRules[type];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if ((bookkeepingProperties as readonly string[]).includes(key) || value === null || value === undefined)
      continue;
    const spec = rule.properties[key];
    if (!spec) {
      problems.push(`${type} has no property ${key} (it takes ${takes(rule)})`);
    } else if (spec.type === "string" && (typeof value !== "string" || value.trim() === "")) {
      problems.push(`${type} ${key} must be a non-empty string`);
    } else if (spec.type === "number" && numberOf(value) === undefined) {
      problems.push(`${type} ${key} must be a number`);
    } else if (spec.type === "number" && spec.min !== undefined && (numberOf(value) ?? 0) < spec.min) {
      problems.push(`${type} ${key} must be at least ${spec.min}`);
    }
  }
  for (const [key, spec] of Object.entries(rule.properties)) {
    if (spec.required && (props[key] === null || props[key] === undefined))
      problems.push(`${type} needs ${key}`);
  }
  return problems;
}

/** The properties a rule takes, for messages: "only quantity, unit" or "none". */
function takes(rule: RelationshipRule): string {
  const names = Object.keys(rule.properties);
  return names.length > 0 ? `only ${names.join(", ")}` : "none";
}

/** A number as JavaScript or the Neo4j driver gives it (an Integer), or undefined for anything else. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return isInt(value) ? value.toNumber() : undefined;
}

/**
 * The rules as the integrity check `relationship-rules` takes them ($model): per type the labels of its ends and
 * the sentence naming the rule, the properties, and how to name a node's kind, so its messages are these.
 */
export function rulesParameter(): Record<string, unknown> {
  return {
    rules: Object.fromEntries(
      relationshipTypes.map((type) => {
        const rule: RelationshipRule = relationshipRules[type];
        const properties = Object.fromEntries(
          Object.entries(rule.properties).map(([name, spec]) => [
            name,
            {
              type: spec.type,
              required: spec.required ?? false,
              min: spec.min ?? null,
              minText: String(spec.min),
            },
          ]),
        );
        return [
          type,
          { from: rule.from, to: rule.to, sentence: describeRule(type), takes: takes(rule), properties },
        ];
      }),
    ),
    kinds: [...entityLabels, "Transfer", "Claim", "Source", "Entity"].map((label) => ({
      label,
      text: aLabel(label),
    })),
    bookkeeping: bookkeepingProperties,
  };
}
