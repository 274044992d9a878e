import { useId, useRef, useState } from "react";
import { addFromSearch } from "../core/graph/actions";
import type { GraphNode } from "../core/graph/types";
import { clearSearch, typeQuery } from "../core/search/actions";
import { useSearch } from "../core/search/store";

/**
 * Search with suggestions as the user types (names, aliases, near misses); choosing one adds and selects it.
 * While it asks the server it says so; when nothing matches it says so, rather than showing an empty list; when
 * the search fails it says why and offers a retry.
 */
export function SearchBox() {
  const { query, state, term, results, message } = useSearch();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const choose = (node: GraphNode) => {
    setOpen(false);
    clearSearch();
    // The chosen node is selected; the canvas takes focus so that arrows and Enter work on it next.
    void addFromSearch(node).then(() =>
      document.querySelector<HTMLElement>('[data-testid="canvas"]')?.focus(),
    );
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter" && results[active]) choose(results[active]);
    else if (event.key === "Escape") {
      setOpen(false);
      input.current?.blur();
    } else return;
    event.preventDefault();
  };

  const expanded = open && results.length > 0;
  return (
    <div className="search">
      <input
        ref={input}
        id="search"
        type="search"
        placeholder="Search people, states, items… (press /)"
        aria-label="Search the graph"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          typeQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {state === "error" && (
        <div className="search-problem" role="alert">
          {message}{" "}
          <button
            type="button"
            // Keeps the focus in the box, so that its closing on blur does not hide the new suggestions.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              typeQuery(query);
              setOpen(true);
              input.current?.focus();
            }}
          >
            Retry
          </button>
        </div>
      )}
      {open && state === "searching" && results.length === 0 && (
        <p className="search-none" role="status" data-testid="search-progress">
          <span className="spinner" aria-hidden="true" />
          Searching for “{query.trim()}”…
        </p>
      )}
      {open && state === "done" && results.length === 0 && term === query.trim() && (
        <p className="search-none" role="status" data-testid="search-none">
          No match for “{term}”. Try another spelling, a shorter name, or an alias.
        </p>
      )}
      {expanded && (
        <div id={listId} role="listbox" className="suggestions" aria-label="Suggestions">
          {results.map((node, index) => (
            <div
              key={node.id}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(node)}
              onKeyDown={() => undefined}
            >
              <span className="suggestion-name">{node.name}</span>{" "}
              <span className="kind-badge">{node.kind}</span>
              {aliasHit(node, query) && <span className="alias">also “{aliasHit(node, query)}”</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** The alias that matched, when the name itself did not: "North Korea — also Pyongyang". */
function aliasHit(node: GraphNode, query: string): string | undefined {
  const term = query.trim().toLowerCase();
  if (!term || node.name.toLowerCase().includes(term)) return undefined;
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases : [];
  return aliases.find(
    (alias): alias is string => typeof alias === "string" && alias.toLowerCase().includes(term),
  );
}
