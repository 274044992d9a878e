import { useMemo } from "react";
import { useGraphData } from "../core/graph/store";
import { useCurrentView, useView } from "../core/view/store";
import { setFilters } from "../core/view/view";

const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/** Filters by kind, relationship type and claim stance; each change is one undo step. */
export function FiltersPanel() {
  const view = useCurrentView();
  const cache = useGraphData((state) => state.cache);
  const change = useView((state) => state.change);
  const { kinds, types } = useMemo(() => {
    const onCanvas = new Set(view.nodeIds);
    const kinds = new Set<string>();
    const types = new Set<string>();
    for (const id of view.nodeIds) {
      const node = cache.nodes[id];
      if (node) kinds.add(node.kind);
    }
    for (const edge of Object.values(cache.edges)) {
      if (onCanvas.has(edge.source) && onCanvas.has(edge.target)) types.add(edge.type);
    }
    return { kinds: [...kinds].sort(), types: [...types].sort() };
  }, [cache, view.nodeIds]);
  const { filters } = view;

  return (
    <section className="panel" aria-labelledby="filters-title">
      <h2 id="filters-title">Filters</h2>
      <fieldset>
        <legend>Claims</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.hideDenied}
            onChange={(event) => change((v) => setFilters(v, { hideDenied: event.target.checked }))}
          />
          Hide denied
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.corroboratedOnly}
            onChange={(event) => change((v) => setFilters(v, { corroboratedOnly: event.target.checked }))}
          />
          Only transfers asserted by 2+ independent sources
        </label>
      </fieldset>
      <fieldset>
        <legend>Kinds</legend>
        {kinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.includes(kind)}
              onChange={() =>
                change((v) => setFilters(v, { hiddenKinds: toggle(v.filters.hiddenKinds, kind) }))
              }
            />
            {kind}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relationships</legend>
        {types.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={!filters.hiddenEdgeTypes.includes(type)}
              onChange={() =>
                change((v) => setFilters(v, { hiddenEdgeTypes: toggle(v.filters.hiddenEdgeTypes, type) }))
              }
            />
            {type}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
