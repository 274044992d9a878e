import { analyzeText, textProblem } from "../../analyze/analyze-text.js";
import { readLexicon } from "../../analyze/read-lexicon.js";
import type {
  TextAnalysis as Analysis,
  ClaimSuggestion as Claim,
  DateMention,
  EntityRef,
  Figure,
  Mention,
} from "../../analyze/types.js";
import { builder } from "../builder.js";
import type { GraphQLContext } from "../context.js";
import { badInput } from "../errors.js";
import type { NodeRecord } from "../graph-records.js";
import { Entity } from "./entity.js";

/** The entity a suggestion names, as the graph holds it now (null if it went since the lexicon was read). */
async function entityOf(ctx: GraphQLContext, ref: EntityRef | null): Promise<NodeRecord | null> {
  if (!ref) return null;
  const node = await ctx.loaders.node.load(ref.id);
  return node?.labels.includes("Entity") ? node : null;
}

const spanDescription = "UTF-16 offsets into the text: text.slice(start, end) is this suggestion's text";

export const TextMention = builder.objectRef<Mention>("TextMention");
TextMention.implement({
  description: `A name in the text: an entity kgx knows, a few it may be, or a new one. ${spanDescription}.`,
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
    kind: t.exposeString("kind", { description: "person, state, organization, place, item or event" }),
    score: t.exposeFloat("score", {
      description: "0..1: how sure the analyzer is of the entity, or of the kind",
    }),
    entity: t.field({
      type: Entity,
      nullable: true,
      description: "The entity it names, when the match is sure; null for a new name or an unsure match",
      resolve: (mention, _args, ctx) => entityOf(ctx, mention.entity),
    }),
    candidates: t.field({
      type: [Entity],
      description: "Up to three entities it may name when the match is not sure",
      resolve: async (mention, _args, ctx) =>
        (await Promise.all(mention.candidates.map((ref) => entityOf(ctx, ref)))).filter(
          (node): node is NodeRecord => node !== null,
        ),
    }),
  }),
});

export const TextFigure = builder.objectRef<Figure>("TextFigure");
TextFigure.implement({
  description: `A number with its unit ("about 6,700 containers"). ${spanDescription}.`,
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
    quantity: t.exposeFloat("quantity"),
    unit: t.exposeString("unit", {
      nullable: true,
      description: "km, mi, percent, USD, EUR, ..., or the counted thing in lower case (containers)",
    }),
  }),
});

export const TextDate = builder.objectRef<DateMention>("TextDate");
TextDate.implement({
  description: `A date, relative ones resolved against publishedOn. ${spanDescription}.`,
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
    date: t.exposeString("date", { description: "YYYY-MM-DD, YYYY-MM or YYYY (a week: its Monday)" }),
    precision: t.exposeString("precision", { description: "day, week, month or year" }),
  }),
});

export const ClaimSuggestion = builder.objectRef<Claim>("ClaimSuggestion");
ClaimSuggestion.implement({
  description: `A clause the text attributes to someone. text.slice(start, end) is its quote.`,
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    quote: t.exposeString("quote"),
    stance: t.exposeString("stance", { description: "asserts, denies, estimates or forecasts" }),
    claimant: t.field({ type: TextMention, resolve: (claim) => claim.claimant }),
    referent: t.field({
      type: TextMention,
      nullable: true,
      description:
        "The earlier mention the claimant stands for: a pronoun's ('he said'), or a new name's in full",
      resolve: (claim) => claim.referent,
    }),
    about: t.field({ type: [TextMention], resolve: (claim) => claim.about }),
    figure: t.field({ type: TextFigure, nullable: true, resolve: (claim) => claim.figure }),
  }),
});

export const TextAnalysis = builder.objectRef<Analysis>("TextAnalysis");
TextAnalysis.implement({
  description: "Suggestions for a text, each list in text order (docs/decisions/0090-text-analysis.md).",
  fields: (t) => ({
    mentions: t.field({ type: [TextMention], resolve: (a) => a.mentions }),
    figures: t.field({ type: [TextFigure], resolve: (a) => a.figures }),
    dates: t.field({ type: [TextDate], resolve: (a) => a.dates }),
    claims: t.field({ type: [ClaimSuggestion], resolve: (a) => a.claims }),
  }),
});

/** Analyses a text against the graph's entities, after checking its size; BAD_USER_INPUT when it cannot. */
export async function analyzeWithGraph(
  ctx: GraphQLContext,
  text: string,
  publishedOn: string | null | undefined,
  publisher?: string | null,
): Promise<Analysis> {
  const problem = textProblem(text);
  if (problem) throw badInput(problem, "text");
  if (publishedOn && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(publishedOn)) {
    throw badInput("publishedOn must be YYYY-MM-DD, YYYY-MM or YYYY", "publishedOn");
  }
  const lexicon = await readLexicon(ctx.read);
  if (publisher && publisher.length > 200) throw badInput("publisher: at most 200 characters", "publisher");
  return analyzeText(text, lexicon, publishedOn, publisher);
}

builder.queryFields((t) => ({
  analyzeText: t.field({
    type: TextAnalysis,
    description:
      "Suggests the mentions, figures, dates and claims of a text (at most 200,000 characters); reads only.",
    args: {
      text: t.arg.string({ required: true }),
      publishedOn: t.arg.string({
        description: "YYYY-MM-DD, YYYY-MM or YYYY: resolves 'this week', 'in May'",
      }),
      publisher: t.arg.string({
        description:
          "Who published the text: its sentences that attribute nothing to anyone become the publisher's claims",
      }),
    },
    resolve: (_root, args, ctx) => analyzeWithGraph(ctx, args.text, args.publishedOn, args.publisher),
  }),
}));
