// The change log: one (:Change) node per change a curator or an import made, written in the same transaction as
// the change, so a rolled-back change leaves no entry. Change nodes are not part of the graph model: they have no
// relationships, and search, the generic graph and every export leave them out (docs/decisions/0014-change-log.md).

// name: record-change
// $change: {id, at, by, action, subject, target, before, after, via}; before/after are JSON strings or null.
CREATE (c:Change)
SET c = $change
RETURN c.id AS id;

// name: changes
// Newest first. Ids start with the time of the change, so ordering by id is ordering by time, and a page after a
// cursor is an index seek on the uniqueness constraint of Change.id.
MATCH (c:Change)
WHERE ($after IS NULL OR c.id < $after)
  AND ($target IS NULL OR c.target = $target)
WITH c ORDER BY c.id DESC LIMIT $first + 1
RETURN properties(c) AS change;
