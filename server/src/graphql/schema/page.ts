import { builder } from "../builder.js";
import type { GraphQLContext } from "../context.js";
import { badInput } from "../errors.js";
import { type NodeRecord, toNodeRecord } from "../graph-records.js";
import { checkRange } from "./graph-node.js";

/** One page of a list, and where the next one starts. */
export interface Page {
  nodes: NodeRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const PageInfo = builder.objectRef<Page>("PageInfo");

PageInfo.implement({
  description: "Where the next page starts: pass `endCursor` as `after` while `hasNextPage` is true.",
  fields: (t) => ({
    endCursor: t.string({ nullable: true, resolve: (page) => page.endCursor }),
    hasNextPage: t.boolean({ resolve: (page) => page.hasNextPage }),
  }),
});

/** Page arguments: at most 100 a page. */
export const pageSize = { default: 20, max: 100 };

/** The id a cursor stands for (cursors are opaque to clients: base64url of the last id of a page). */
function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("kgx:") || cursor.length > 1000) throw badInput("Not a cursor from this API", "after");
  return text.slice(4);
}

function encodeCursor(id: string): string {
  return Buffer.from(`kgx:${id}`, "utf8").toString("base64url");
}

/**
 * Runs a list query that pages by id (`t.id > $after ORDER BY t.id LIMIT $first + 1`: an index seek, never a
 * deep SKIP) and returns the page, reading one row more than asked to know whether another page follows.
 */
export async function readPage(
  ctx: GraphQLContext,
  query: string,
  args: { first?: number | null | undefined; after?: string | null | undefined },
  filters: Record<string, unknown>,
): Promise<Page> {
  const first = checkRange("first", args.first ?? pageSize.default, 1, pageSize.max);
  const rows = await ctx.read(query, { ...filters, first, after: decodeCursor(args.after) });
  const nodes = rows.slice(0, first).map((row) => toNodeRecord(row.node));
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.id) : null };
}
