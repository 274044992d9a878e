import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * Whether the query asks, below the field being resolved, for the fields of `path` in turn (e.g. `nodes`, then
 * `said`), written out or through fragments. A resolver uses it to start work that a nested field will need,
 * before that field's turn comes. `@skip` and `@include` are not read: a skipped field counts as asked for.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => reaches(node.selectionSet, path, info));
}

function reaches(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  info: GraphQLResolveInfo,
): boolean {
  if (path.length === 0) return true;
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD)
      return selection.name.value === path[0] && reaches(selection.selectionSet, path.slice(1), info);
    if (selection.kind === Kind.INLINE_FRAGMENT) return reaches(selection.selectionSet, path, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && reaches(fragment.selectionSet, path, info);
  });
}
