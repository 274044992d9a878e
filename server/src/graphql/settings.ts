import type { Config } from "../config.js";
import type { Database } from "../neo4j/database.js";

/** What the GraphQL endpoint needs to know beyond the database. */
export interface GraphQLSettings {
  /** Named write tokens; empty means the API is read-only. */
  writeTokens: WriteToken[];
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  graphiql: boolean;
  maxBodyBytes: number;
  /** Timeout of `paths`, shorter than other reads: a path search is the one query that can blow up. */
  pathsTimeoutMs: number;
  /**
   * Runs the `export` query (export/small-export.ts gives it; main.ts and the tests pass it in, so graphql/ does
   * not import export/). Without it, `export` answers that exports are served at GET /export/{format} only.
   */
  smallExport?: SmallExport | undefined;
}

/** The formats of the `export` query: those of GET /export/{format}. */
export const exportFormats = ["cypher", "json", "cyjs", "graphml", "csv"] as const;

/** Runs an export small enough for an answer; a `UserError` when the request is wrong or the export too large. */
export type SmallExport = (
  db: Database,
  request: {
    format: (typeof exportFormats)[number];
    ids?: readonly string[] | null | undefined;
    edges?: readonly string[] | null | undefined;
    depth?: number | null | undefined;
    mode?: string | null | undefined;
    csvPart?: string | null | undefined;
    /** An ISO day: the graph as it stood then. */
    asOf?: string | null | undefined;
  },
) => Promise<{
  fileName: string;
  contentType: string;
  nodes: number;
  relationships: number;
  /** What a view export added so that its claims keep their claimants and sources, when it added anything. */
  provenance?: string | undefined;
  content: string;
}>;

/** A write token and the name recorded on the changes made with it. */
export interface WriteToken {
  name: string;
  secret: string;
}

/**
 * Reads `KGX_WRITE_TOKEN`: one or more comma-separated tokens, each `name:secret` (the name is recorded on every
 * change) or a bare secret (recorded as `curator`).
 */
export function parseWriteTokens(value: string | undefined): WriteToken[] {
  if (!value) return [];
  return value
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean)
    .map((token) => {
      const colon = token.indexOf(":");
      return colon > 0
        ? { name: token.slice(0, colon), secret: token.slice(colon + 1) }
        : { name: "curator", secret: token };
    });
}

/** The GraphQL settings from kgx's configuration and NODE_ENV (GraphiQL defaults to on outside production). */
export function graphqlSettings(config: Config, nodeEnv = process.env.NODE_ENV): GraphQLSettings {
  return {
    writeTokens: parseWriteTokens(config.KGX_WRITE_TOKEN),
    corsOrigins: (config.KGX_CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    graphiql: config.KGX_GRAPHIQL ?? nodeEnv !== "production",
    maxBodyBytes: config.KGX_GRAPHQL_MAX_BODY_BYTES,
    pathsTimeoutMs: Math.min(config.KGX_PATHS_TIMEOUT_MS, config.KGX_QUERY_TIMEOUT_MS),
  };
}
