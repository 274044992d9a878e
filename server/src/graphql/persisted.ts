import { existsSync, readFileSync } from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import type { Plugin } from "graphql-yoga";
import { repoPath } from "../paths.js";

/**
 * The page's operations by SHA-256, as the web app's codegen writes them (`web/src/gql/persisted-documents.json`,
 * keys `sha256:<hex>`). The page sends only the hash; decision 0075.
 */
export const pageOperationsFile = repoPath("web", "src", "gql", "persisted-documents.json");

/** Reads the page's operations, keyed by the bare hex hash a client sends; none when the file is missing. */
export function readPageOperations(file = pageOperationsFile): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const byKey = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(byKey).map(([key, text]) => [key.replace(/^sha256:/, ""), text]));
}

/**
 * Persisted operations: a request may name one of the page's operations by its hash
 * (`extensions.persistedQuery.sha256Hash`, as Apollo's protocol does) instead of sending its text. Any other
 * operation is still allowed, sent as text: the API is for researchers' own queries too.
 */
export function persistedOperationsPlugin(operations = readPageOperations()): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: true,
    customErrors: {
      notFound: {
        message:
          "PersistedQueryNotFound: this server does not know the operation with that hash; send its text in `query`.",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 200 } },
      },
    },
  });
}
