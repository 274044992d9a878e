import { newChangeId } from "../../audit/change-log.js";
import { commitChangeSet } from "../../changesets/commit.js";
import { revertChangeSet } from "../../changesets/revert.js";
import { namedQuery } from "../../cypher/named-queries.js";
import { propertiesToJson } from "../../model/values.js";
import { builder } from "../builder.js";
import { writeChange } from "../curation.js";
import { notFound } from "../errors.js";
import { ChangeSetInput } from "./change-set-input.js";
import { checkRange } from "./graph-node.js";

/** A change set as the API shows it (docs/decisions/0095-change-sets.md). */
interface ChangeSetShape {
  id: string;
  at: string;
  by: string;
  action: string;
  source: string;
  created: string[];
  changed: string[];
  deleted: string[];
  reverts: string | null;
  revertedBy: string | null;
}

const listQuery = namedQuery("queries/change-sets.cypher", "change-sets");
const oneQuery = namedQuery("queries/change-sets.cypher", "change-set");

function toShape(raw: Record<string, unknown>, revertedBy: unknown): ChangeSetShape {
  const json = propertiesToJson(raw);
  const strings = (key: string) => (Array.isArray(json[key]) ? (json[key] as string[]) : []);
  return {
    id: String(json.id),
    at: String(json.at),
    by: String(json.by),
    action: String(json.action),
    source: String(json.target),
    created: strings("created"),
    changed: strings("changed"),
    deleted: strings("deleted"),
    reverts: typeof json.reverts === "string" ? json.reverts : null,
    revertedBy: typeof revertedBy === "string" ? revertedBy : null,
  };
}

export const ChangeSet = builder.objectRef<ChangeSetShape>("ChangeSet");

ChangeSet.implement({
  description: "What one workbench commit wrote, or what one revert undid; an entry of the change log too.",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.exposeString("at", { description: "When, as an ISO 8601 date-time." }),
    by: t.exposeString("by", { description: "The write token's name." }),
    action: t.exposeString("action", { description: "commit or revert" }),
    source: t.exposeID("source", { description: "The source whose text the set's claims quote." }),
    created: t.exposeIDList("created", {
      description: "The nodes the set created (source, entities, claims).",
    }),
    changed: t.exposeIDList("changed", {
      description: "The nodes whose properties it changed (aliases kept).",
    }),
    deleted: t.exposeIDList("deleted", { description: "The nodes a revert deleted." }),
    reverts: t.exposeID("reverts", { nullable: true, description: "For a revert, the set it undid." }),
    revertedBy: t.exposeID("revertedBy", { nullable: true, description: "The revert that undid this set." }),
  }),
});

async function readSet(ctx: Parameters<typeof writeChange>[0], id: string): Promise<ChangeSetShape> {
  const row = (await ctx.db.query(oneQuery, { id }, "READ")).records[0];
  if (!row) throw notFound("change set", id);
  return toShape(row.get("set") as Record<string, unknown>, row.get("revertedBy"));
}

builder.queryField("changeSets", (t) =>
  t.field({
    type: [ChangeSet],
    description:
      "Workbench commits and their reverts, newest first (readable without the token, like `changes`).",
    args: { first: t.arg.int({ defaultValue: 20, description: "At most 100." }) },
    resolve: async (_root, args, ctx) => {
      const first = checkRange("first", args.first ?? 20, 1, 100);
      const rows = await ctx.read(listQuery, { first });
      return rows.map((row) => toShape(row.set as Record<string, unknown>, row.revertedBy));
    },
  }),
);

builder.mutationFields((t) => ({
  commitChangeSet: t.field({
    type: ChangeSet,
    description:
      "Writes a source's new entities, aliases and claims in one transaction (needs the write token). Each claim's " +
      "quote is the source text's [start, end); any problem names its item and stores nothing.",
    args: { input: t.arg({ type: ChangeSetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = newChangeId(new Date());
      const touched: string[] = [];
      await writeChange(ctx, touched, async (tx, who) => {
        touched.push(...(await commitChangeSet(tx, input, who, id)).touched);
      });
      return readSet(ctx, id);
    },
  }),
  revertChangeSet: t.field({
    type: ChangeSet,
    description:
      "Undoes a whole change set as a new one (needs the write token); refused when later changes depend on it.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = newChangeId(new Date());
      const touched: string[] = [];
      await writeChange(ctx, touched, async (tx, who) => {
        touched.push(...(await revertChangeSet(tx, args.id, who, id)).touched);
      });
      return readSet(ctx, id);
    },
  }),
}));
