import { isRelationshipType, relationshipRules } from "../model/relationships.js";
import type { GraphQLContext } from "./context.js";
import { userError } from "./errors.js";
import type { NodeRecord } from "./graph-records.js";
import type { RelatedKey, RelatedNode } from "./loaders.js";

/**
 * The nodes one relationship type leads to from `node` (batched per request level by the loader). Only nodes the
 * model's rules allow at that end come back: data written around kgx (a CLAIMED_BY from a State) would otherwise
 * reach a typed field as the wrong type. The generic graph (`node`, `neighbourhood`) still shows such nodes, and
 * the integrity check `relationship-ends` names them.
 */
export async function related(
  ctx: GraphQLContext,
  node: NodeRecord,
  type: string,
  direction: RelatedKey["direction"],
): Promise<RelatedNode[]> {
  const nodes = await ctx.loaders.related.load({ id: node.id, type, direction });
  if (!isRelationshipType(type)) return nodes;
  const allowed: readonly string[] = relationshipRules[type][direction === "out" ? "to" : "from"];
  return nodes.filter((other) => other.labels.some((label) => allowed.includes(label)));
}

/** The only node along a relationship that the model says is there exactly once (e.g. a claim's source). */
export async function relatedOne(
  ctx: GraphQLContext,
  node: NodeRecord,
  type: string,
  direction: RelatedKey["direction"],
): Promise<RelatedNode> {
  const [first] = await related(ctx, node, type, direction);
  // The model says it is there: its absence (or an end of the wrong kind, filtered out above) breaks the graph.
  if (!first)
    throw userError("INTEGRITY_VIOLATION", `${node.id} has no ${type} relationship the model allows`);
  return first;
}
