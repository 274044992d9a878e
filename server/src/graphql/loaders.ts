import DataLoader from "dataloader";
import type { RecordShape } from "neo4j-driver";
import { propertiesToJson } from "../model/values.js";
import { type NodeRecord, toNodeRecord } from "./graph-records.js";
import { domainQueries, graphQueries } from "./queries.js";

/** A node reached along a relationship, with that relationship's properties (e.g. CARRIES quantity). */
export interface RelatedNode extends NodeRecord {
  relationship: Record<string, unknown>;
}

/** One relationship type in one direction from one node. */
export interface RelatedKey {
  id: string;
  type: string;
  direction: "out" | "in";
}

/** The per-request loaders: each batches one level of a GraphQL query into one Neo4j call. */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  related: DataLoader<RelatedKey, RelatedNode[], string>;
}

type Read = (query: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

/** Fresh loaders for one request (never shared: they cache what this request has seen). */
export function createLoaders(read: Read): Loaders {
  return {
    node: new DataLoader(async (ids) => {
      const rows = await read(graphQueries.nodesById, { ids: [...ids] });
      const found = new Map(rows.map((row) => [String(row.id), toNodeRecord(row.node)]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    related: new DataLoader(
      async (keys) => {
        const rows = await read(domainQueries.related, { keys: [...keys] });
        const found = new Map(
          rows.map((row) => [
            keyOf(row.key as RelatedKey),
            (row.items as unknown[]).map((item) => ({
              ...toNodeRecord(item),
              relationship: propertiesToJson(
                (item as { relationship: Record<string, unknown> }).relationship,
              ),
            })),
          ]),
        );
        return keys.map((key) => found.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
  };
}

function keyOf(key: RelatedKey): string {
  return `${key.direction}|${key.type}|${key.id}`;
}
