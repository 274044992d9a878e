import { namedQuery } from "../../cypher/named-queries.js";
import { propertiesToJson } from "../../model/values.js";
import { builder } from "../builder.js";
import { badInput } from "../errors.js";
import { checkRange } from "./graph-node.js";
import { type Page, PageInfo, pageSize } from "./page.js";

/** One entry of the change log, as stored (docs/decisions/0014-change-log.md). */
interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  action: string;
  subject: string;
  target: string;
  before: string | null;
  after: string | null;
  via: string;
}

/** A page of the change log, newest first. */
interface ChangePage {
  changes: ChangeRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const changesQuery = namedQuery("queries/changes.cypher", "changes");

/** A JSON string from the log as a value; a string that is not JSON (written by hand) is shown as it is. */
function parsed(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const Change = builder.objectRef<ChangeRecord>("Change");

Change.implement({
  description: "One change to the graph, by a curator's mutation or an import, and who made it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.exposeString("at", { description: "When, as an ISO 8601 date-time." }),
    by: t.exposeString("by", { description: "The write token's name, or the user who ran `kgx import`." }),
    action: t.exposeString("action", { description: "create, update, delete or import" }),
    subject: t.exposeString("subject", { description: "node, relationship, or graph (an import)" }),
    target: t.exposeString("target", {
      description: "The node id, the GraphEdge id (`source>TYPE>target`), or the imported file.",
    }),
    before: t.field({
      type: "JSON",
      nullable: true,
      description: "The changed properties as they were (null for a create).",
      resolve: (change) => parsed(change.before),
    }),
    after: t.field({
      type: "JSON",
      nullable: true,
      description: "The changed properties as they are (null for a delete); for an import, its counts.",
      resolve: (change) => parsed(change.after),
    }),
    via: t.exposeString("via", { description: "The mutation's name, or import." }),
  }),
});

const ChangeConnection = builder.objectRef<ChangePage>("ChangeConnection");

ChangeConnection.implement({
  description: "A page of the change log, newest first.",
  fields: (t) => ({
    nodes: t.field({ type: [Change], resolve: (page) => page.changes }),
    pageInfo: t.field({
      type: PageInfo,
      resolve: (page): Page => ({ nodes: [], endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
    }),
  }),
});

// Cursors as page.ts makes them (base64url of `kgx:<id>`), so every list of the API pages the same way.
function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("kgx:change:") || cursor.length > 1000)
    throw badInput("Not a cursor of the change log", "after");
  return text.slice(4);
}

function toChange(raw: Record<string, unknown>): ChangeRecord {
  const json = propertiesToJson(raw);
  const text = (key: string) => (typeof json[key] === "string" ? (json[key] as string) : null);
  return {
    id: text("id") ?? "",
    at: text("at") ?? "",
    by: text("by") ?? "",
    action: text("action") ?? "",
    subject: text("subject") ?? "",
    target: text("target") ?? "",
    before: text("before"),
    after: text("after"),
    via: text("via") ?? "",
  };
}

builder.queryField("changes", (t) =>
  t.field({
    type: ChangeConnection,
    description:
      "The change log, newest first: every change a mutation or an import made, who made it and what changed. " +
      "Readable without the write token, like the graph itself (docs/decisions/0014-change-log.md).",
    args: {
      first: t.arg.int({ defaultValue: pageSize.default }),
      after: t.arg.string(),
      target: t.arg.id({ description: "Only the changes of this node id, edge id or imported file." }),
    },
    resolve: async (_root, args, ctx) => {
      const first = checkRange("first", args.first ?? pageSize.default, 1, pageSize.max);
      const rows = await ctx.read(changesQuery, {
        first,
        after: decodeCursor(args.after),
        target: args.target ?? null,
      });
      const changes = rows.slice(0, first).map((row) => toChange(row.change as Record<string, unknown>));
      const last = changes.at(-1);
      return {
        changes,
        hasNextPage: rows.length > first,
        endCursor: last ? Buffer.from(`kgx:${last.id}`, "utf8").toString("base64url") : null,
      };
    },
  }),
);
