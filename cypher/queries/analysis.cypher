// Text analysis (server/src/analyze/, docs/decisions/0090-text-analysis.md) and sources added in their own words
// (server/src/ingest/). Read in a read transaction, except where a block says otherwise.

// name: lexicon
// Every entity's id, name and aliases: what the analyzer recognises in a text. At most $limit, by id.
MATCH (e:Entity)
WHERE e.name IS NOT NULL
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY e.id
LIMIT $limit;

// name: source-exists
// Whether a source id is taken, so that addSource can say so before it writes.
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS exists;

// name: lexicon-version
// What changes whenever the entities may have: how many there are and the newest entry of the change log (every
// mutation, import and ingest writes one). The server keeps the lexicon it built until this changes.
CALL () {
  MATCH (e:Entity)
  RETURN count(e) AS entities
}
CALL () {
  OPTIONAL MATCH (c:Change)
  WHERE c.id IS NOT NULL
  RETURN c.id AS lastChange
  ORDER BY c.id DESC
  LIMIT 1
}
RETURN entities, lastChange;
