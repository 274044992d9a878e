import {
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Whether the query asks, below the field being resolved, for the fields of `path` in turn (e.g. `nodes`, then
 * `said`), written out or through fragments. A resolver uses it to start work that a nested field will need,
 * before that field's turn comes. A field or fragment left out by `@skip` or `@include` is not asked for.
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
    if (!included(selection, info)) return false;
    if (selection.kind === Kind.FIELD)
      return selection.name.value === path[0] && reaches(selection.selectionSet, path.slice(1), info);
    if (selection.kind === Kind.INLINE_FRAGMENT) return reaches(selection.selectionSet, path, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && reaches(fragment.selectionSet, path, info);
  });
}

/** Whether `@skip` and `@include`, with the request's variables, keep `selection` in the answer. */
function included(selection: SelectionNode, info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if !== false;
}
