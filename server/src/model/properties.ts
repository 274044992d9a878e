import { z } from "zod";
import { idSlug, type KindList, kindLabel, kinds } from "./kinds.js";
import type { ModelLabel } from "./labels.js";

/**
 * The properties of each label of the graph model: name, type, range and whether a node must have it. The dataset
 * schema (import/dataset-schema.ts) and the curation mutations both validate with the zod schemas built here, so a
 * file and a mutation accept the same values with the same messages; docs/model.md lists them, and a test keeps
 * the two the same.
 */

/** How a property is stored; `number` is an Integer when whole, else a Float; `date` a Date when it is a full day. */
export type PropertyType = "string" | "strings" | "number" | "float" | "boolean" | "date" | "url" | "enum";

/** One property of a label. */
export interface NodeProperty {
  type: PropertyType;
  required?: boolean;
  /** The least and greatest value of a number. */
  min?: number;
  max?: number;
  /** The values of an `enum`. */
  values?: readonly string[];
  /** A string must match this; `expected` says how, in messages. */
  pattern?: { regex: RegExp; expected: string };
  /** Set by `kgx import` from the dataset's folder rather than written in the file or by a client. */
  byImport?: boolean;
}

/** A property name in camelCase, as entity figures (`yearlyEconomyUsd`) and a claim's `figure` are. */
export const figureName = /^[a-z][A-Za-z0-9]*$/;

const text = { type: "string" } as const;
const flag = { type: "boolean" } as const;
const date = { type: "date" } as const;

const common = {
  name: { type: "string", required: true },
  description: text,
  aliases: { type: "strings" },
} as const satisfies Record<string, NodeProperty>;
const entity = { ...common, title: text } as const;

/** The properties of each kind's label, `id` aside (every node has one: `<prefix>:<slug>`). */
export const nodeProperties = {
  sources: {
    ...common,
    title: text,
    publisher: text,
    kind: { type: "string", required: true },
    publishedOn: date,
    publishedOnInferred: flag,
    dateNote: text,
    url: { type: "url" },
    textFile: text,
    text: { type: "string", byImport: true },
  },
  people: entity,
  states: entity,
  organizations: entity,
  places: {
    ...entity,
    placeType: text,
    lat: { type: "float", min: -90, max: 90 },
    lon: { type: "float", min: -180, max: 180 },
    coordinatesNote: text,
  },
  items: entity,
  events: { ...entity, date, dateInferred: flag, dateNote: text },
  transfers: {
    ...common,
    status: {
      type: "enum",
      required: true,
      values: ["reported", "alleged", "denied", "pledged", "partial", "forecast", "threatened"],
    },
    period: text,
    // When the goods move, as intervals (model/dates.ts); `period` keeps the article's own words.
    startDate: date,
    startDateInferred: flag,
    endDate: date,
    endDateInferred: flag,
    dateNote: text,
    conditional: flag,
    condition: text,
  },
  claims: {
    ...common,
    text: { type: "string", required: true },
    quote: { type: "string", required: true },
    stance: { type: "enum", required: true, values: ["asserts", "denies", "estimates", "forecasts"] },
    quantity: { type: "number" },
    unit: text,
    figure: {
      type: "string",
      pattern: { regex: figureName, expected: "the name of the entity property this claim backs" },
    },
    conditional: flag,
    condition: text,
    statedOn: date,
    statedOnInferred: flag,
    // Where the quote lies in a source's text (UTF-16 offsets, end exclusive), and which source's: its own, or
    // for a report the article cites, the citing article's. Computed by `kgx import`, never written by hand.
    quoteStart: { type: "number", min: 0, byImport: true },
    quoteEnd: { type: "number", min: 0, byImport: true },
    quoteIn: { type: "string", byImport: true },
  },
} as const satisfies Record<KindList, Readonly<Record<string, NodeProperty>>>;

/** The properties of a label: its kind's, or for `Entity`, those every entity kind shares. */
export function propertiesOfLabel(label: ModelLabel): Readonly<Record<string, NodeProperty>> {
  if (label === "Entity") return entity;
  const list = (Object.keys(kinds) as KindList[]).find((l) => kindLabel(l) === label);
  return list ? nodeProperties[list] : {};
}

/** The Neo4j type a property is stored as, as docs/model.md names it. */
export function storedType(type: PropertyType): string {
  switch (type) {
    case "strings":
      return "List<String>";
    case "number":
      return "Integer or Float";
    case "float":
      return "Float";
    case "boolean":
      return "Boolean";
    case "date":
      return "Date or String";
    default:
      return "String";
  }
}

const nonEmpty = z.string().trim().min(1, "a non-empty string");
const dateText = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "a date as YYYY-MM-DD, YYYY-MM or YYYY (quote a bare year)",
  );

/** An id of a kind: `<prefix>:<slug>`. */
export function idSchema(prefix: string): z.ZodString {
  return z
    .string()
    .regex(new RegExp(`^${prefix}:${idSlug}$`), `an id like '${prefix}:some-name' (lower case, digits, -)`);
}

function valueSchema(property: NodeProperty): z.ZodType {
  switch (property.type) {
    case "strings":
      return z.array(nonEmpty);
    case "number":
    case "float": {
      let number = z.number();
      if (property.min !== undefined) number = number.min(property.min);
      if (property.max !== undefined) number = number.max(property.max);
      return number;
    }
    case "boolean":
      return z.boolean();
    case "date":
      return dateText;
    case "url":
      return z.url();
    case "enum":
      return z.enum(property.values as [string, ...string[]]);
    case "string":
      return property.pattern
        ? z.string().regex(property.pattern.regex, property.pattern.expected)
        : nonEmpty;
  }
}

type Properties<L extends KindList> = (typeof nodeProperties)[L];
type ValueOf<P> = P extends { type: "strings" }
  ? string[]
  : P extends { type: "number" | "float" }
    ? number
    : P extends { type: "boolean" }
      ? boolean
      : string;
/** The zod fields `nodeFields` gives for a kind, typed so that a parsed record has its properties' types. */
export type NodeFields<L extends KindList> = { id: z.ZodString } & {
  [K in keyof Properties<L> as Properties<L>[K] extends { byImport: true }
    ? never
    : K]: Properties<L>[K] extends {
    required: true;
  }
    ? z.ZodType<ValueOf<Properties<L>[K]>>
    : z.ZodOptional<z.ZodType<ValueOf<Properties<L>[K]>>>;
};

/**
 * The zod fields of a kind's node: its `id` and every property a file or a client may write, optional unless
 * required. The dataset schema adds the reference fields; a mutation checks a node with these alone.
 */
export function nodeFields<L extends KindList>(list: L): NodeFields<L> {
  const fields: Record<string, z.ZodType> = { id: idSchema(kinds[list].prefix) };
  const properties: Readonly<Record<string, NodeProperty>> = nodeProperties[list];
  for (const [name, property] of Object.entries(properties)) {
    if (property.byImport) continue;
    const schema = valueSchema(property);
    fields[name] = property.required ? schema : schema.optional();
  }
  return fields as NodeFields<L>;
}
