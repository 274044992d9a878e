import { buildTimeline, type TimelineEntry, timelineLanes } from "../../timeline/timeline.js";
import { dateArgument } from "../as-of.js";
import { builder } from "../builder.js";
import { badInput } from "../errors.js";
import { type NodeRecord, toNodeRecord } from "../graph-records.js";
import { timelineQueries } from "../queries.js";
import { checkRange, GraphNode } from "./graph-node.js";

/** The most entries one `timeline` answers, and how many dated rows the query reads at most. */
export const timelineLimits = { default: 500, max: 2000, cap: 20_000 };

const TimelineEntryRef = builder.objectRef<TimelineEntry<NodeRecord>>("TimelineEntry");

TimelineEntryRef.implement({
  description:
    "A dated node: an event, a transfer, a claim (dated by its statedOn, else its source's publishedOn) or a source.",
  fields: (t) => ({
    node: t.field({ type: GraphNode, resolve: (entry) => entry.node }),
    date: t.exposeString("date", {
      description: "YYYY-MM-DD, YYYY-MM or YYYY: a month or a year spans all of it.",
    }),
    endDate: t.exposeString("endDate", {
      nullable: true,
      description: "Where the entry spans a period, its end.",
    }),
    precision: t.exposeString("precision", { description: "day, month or year: how precise `date` is." }),
    inferred: t.exposeBoolean("inferred", {
      description: "true: the source implies the date but does not print it.",
    }),
    lane: t.exposeString("lane", { description: "event, transfer, claim or source." }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelineEntryRef],
    description:
      "Dated nodes between `from` and `to` (each YYYY, YYYY-MM or YYYY-MM-DD, either may be left open) in date " +
      "order: by start, a year before a month before a day at the same start. `kinds` picks lanes.",
    args: {
      from: t.arg.string(),
      to: t.arg.string(),
      kinds: t.arg.stringList(),
      limit: t.arg.int({ defaultValue: timelineLimits.default }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = checkRange("limit", args.limit ?? timelineLimits.default, 1, timelineLimits.max);
      const from = dateArgument("from", args.from);
      const to = dateArgument("to", args.to);
      if (from && to && from.start > to.end)
        throw badInput(`from (${from.text}) is after to (${to.text})`, "from");
      const lanes = args.kinds ?? [...timelineLanes];
      const unknown = lanes.find((lane) => !(timelineLanes as readonly string[]).includes(lane));
      if (unknown !== undefined) {
        throw badInput(`kinds: '${unknown.slice(0, 40)}' is not one of ${timelineLanes.join(", ")}`, "kinds");
      }
      const rows = await ctx.read(timelineQueries.timeline, { lanes, cap: timelineLimits.cap });
      const read = rows.map((row) => ({
        node: toNodeRecord(row.node),
        lane: String(row.lane),
        date: String(row.date),
        endDate: row.endDate === null || row.endDate === undefined ? null : String(row.endDate),
        inferred: row.inferred === true,
      }));
      return buildTimeline(read, { from, to }, limit);
    },
  }),
}));
