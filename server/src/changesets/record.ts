import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { namedQuery } from "../cypher/named-queries.js";

/** A change set as stored: a (:Change:ChangeSet) node of the change log (docs/decisions/0095-change-sets.md). */
export interface ChangeSetRecord {
  id: string;
  by: string;
  /** commit, or revert. */
  action: "commit" | "revert";
  /** The source the set's claims quote. */
  source: string;
  created: string[];
  changed: string[];
  deleted: string[];
  /** For a revert, the set it reverted. */
  reverts: string | null;
}

const recordQuery = namedQuery("queries/change-sets.cypher", "record-change-set");

/**
 * Stores a set's summary in `tx`, after its changes. It is also an entry of the change log (subject `changeset`,
 * target the source), so `changes` and `kgx backup` carry it like any other.
 */
export async function recordChangeSet(tx: ManagedTransaction, set: ChangeSetRecord): Promise<void> {
  const at = new Date();
  await tx.run(recordQuery, {
    set: {
      id: set.id,
      at: neo4j.types.DateTime.fromStandardDate(at),
      by: set.by,
      action: set.action,
      subject: "changeset",
      target: set.source,
      via: set.action === "commit" ? "commitChangeSet" : "revertChangeSet",
      after: JSON.stringify({ created: set.created, changed: set.changed, deleted: set.deleted }),
      created: set.created,
      changed: set.changed,
      deleted: set.deleted,
      ...(set.reverts ? { reverts: set.reverts } : {}),
    },
  });
}
