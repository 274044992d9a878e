/**
 * The console's part of a link: the query in the address's search part (`?cypher=…`), apart from the view in the
 * hash (core/deeplink), so that neither rewrites the other: the hash is replaced as the view changes, the search
 * part only when a query runs.
 */
const key = "cypher";

/** The query a link carries, or null. */
export function queryFromLink(
  search = typeof window === "undefined" ? "" : window.location.search,
): string | null {
  const query = new URLSearchParams(search).get(key);
  return query?.trim() ? query : null;
}

/** Puts `query` in the address, keeping the view's hash, without a new history entry. */
export function writeQueryToLink(query: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(key, query);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
}
