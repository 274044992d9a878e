import type { GraphQLContext } from "./context.js";
import { userError } from "./errors.js";
import type { NodeRecord } from "./graph-records.js";
import type { RelatedKey, RelatedNode } from "./loaders.js";

/** The nodes one relationship type leads to from `node` (batched per request level by the loader). */
export function related(
  ctx: GraphQLContext,
  node: NodeRecord,
  type: string,
  direction: RelatedKey["direction"],
): Promise<RelatedNode[]> {
  return ctx.loaders.related.load({ id: node.id, type, direction });
}

/** The only node along a relationship that the model says is there exactly once (e.g. a claim's source). */
export async function relatedOne(
  ctx: GraphQLContext,
  node: NodeRecord,
  type: string,
  direction: RelatedKey["direction"],
): Promise<RelatedNode> {
  const [first] = await related(ctx, node, type, direction);
  if (!first) throw userError("NOT_FOUND", `${node.id} has no ${type} relationship`);
  return first;
}
