import { readLexicon } from "../../analyze/read-lexicon.js";
import type { TextAnalysis as Analysis } from "../../analyze/types.js";
import { UserError } from "../../errors.js";
import { addSource } from "../../ingest/add-source.js";
import { requireWriter } from "../auth.js";
import { builder } from "../builder.js";
import { reload } from "../curation.js";
import { badInput, fromNeo4jError } from "../errors.js";
import type { NodeRecord } from "../graph-records.js";
import { Source } from "./source.js";
import { TextAnalysis } from "./text-analysis.js";

/** A report to add in its own words. */
export const AddSourceInput = builder.inputType("AddSourceInput", {
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "A short label; the id is source: and this name as a slug",
    }),
    text: t.string({
      required: true,
      description: "The full text, as published (at most 900,000 characters)",
    }),
    publisher: t.string(),
    publishedOn: t.string({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
    url: t.string(),
    sourceKind: t.string({ description: "article, news report, statement, ...; report when left out" }),
  }),
});

/** The stored source and the suggestions for its text. */
export const AddSourceResult = builder.objectRef<{ source: NodeRecord; analysis: Analysis }>(
  "AddSourceResult",
);
AddSourceResult.implement({
  fields: (t) => ({
    source: t.field({ type: Source, resolve: (result) => result.source }),
    analysis: t.field({ type: TextAnalysis, resolve: (result) => result.analysis }),
  }),
});

builder.mutationFields((t) => ({
  addSource: t.field({
    type: AddSourceResult,
    description:
      "Stores a source with its full text (needs the write token; it records who and when) and analyses the text.",
    args: { input: t.arg({ type: AddSourceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const who = requireWriter(ctx.writer);
      try {
        const lexicon = await readLexicon(ctx.read);
        const write = <T>(work: Parameters<typeof ctx.db.write<T>>[0]) => ctx.db.write(work);
        const { id, analysis } = await addSource(write, lexicon, input, { who, via: "addSource" });
        return { source: await reload(ctx, id), analysis };
      } catch (error) {
        if (error instanceof UserError) throw badInput(error.message, "input");
        throw fromNeo4jError(error);
      }
    },
  }),
}));
