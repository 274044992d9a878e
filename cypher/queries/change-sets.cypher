// Change sets (docs/decisions/0095-change-sets.md): what one workbench commit wrote, and its revert. A change set
// is a (:Change:ChangeSet) node of the change log; the (:Change) entries it made carry its id as `set`. Being
// :Change nodes, sets travel in `kgx backup` with the rest of the log and stay out of the graph and its exports.

// name: source-text
// The text a change set's quotes are checked against.
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS exists, s.text AS text;

// name: existing-ids
// Which of $ids are already taken by a node of the model.
UNWIND $ids AS id
MATCH (n:Kgx {id: id})
WHERE n:Entity OR n:Claim OR n:Source
RETURN n.id AS id, labels(n) AS labels, coalesce(n.aliases, []) AS aliases;

// name: record-change-set
// $set: {id, at, by, action, subject, target, via, after, created, changed, deleted, reverts}.
CREATE (c:Change:ChangeSet)
SET c = $set
RETURN c.id AS id;

// name: change-sets
// Newest first (ids start with the time); each with the set that reverted it, if any.
MATCH (s:ChangeSet)
WITH s ORDER BY s.id DESC LIMIT $first
OPTIONAL MATCH (r:ChangeSet {reverts: s.id})
RETURN properties(s) AS set, r.id AS revertedBy
ORDER BY s.id DESC;

// name: change-set
// One set, the set that reverted it, and its entries newest first. The entries come after the set's id, so the
// range on the Change.id constraint's index finds them.
// A set is a Change too: both look it up by the Change.id constraint's index, never by scanning :ChangeSet.
MATCH (s:Change {id: $id})
  USING INDEX s:Change(id)
WHERE s:ChangeSet
OPTIONAL MATCH (r:Change)
  USING INDEX r:Change(id)
WHERE r.id > s.id AND r:ChangeSet AND r.reverts = s.id
CALL (s) {
  MATCH (c:Change)
  WHERE c.id > s.id AND c.set = s.id
  RETURN collect(properties(c)) AS entries
}
RETURN properties(s) AS set, r.id AS revertedBy, entries;

// name: later-changes
// Changes made after a set, by anything else, to what it touched: the node ids and edge ids in $targets, or an edge
// to or from a node it created ($created).
MATCH (c:Change)
WHERE c.id > $id AND coalesce(c.set, '') <> $id AND NOT c:ChangeSet
  AND (c.target IN $targets
       OR any(x IN $created WHERE c.target STARTS WITH x + '>' OR c.target ENDS WITH '>' + x))
RETURN c.id AS id, c.by AS by, c.action AS action, c.target AS target, c.via AS via
ORDER BY c.id
LIMIT 5;

// name: delete-node
// Deletes a node a set created, once the set's relationships are gone; a node still linked is left alone.
MATCH (n:Kgx {id: $id})
WHERE n:Entity OR n:Claim OR n:Source
WITH n, properties(n) AS before, EXISTS { (n)--() } AS linked
CALL (n, linked) {
  WITH n WHERE NOT linked
  DELETE n
}
RETURN before, linked;

// name: restore-node
// Puts properties back as a set found them; a null in $props removes the property.
MATCH (n:Kgx {id: $id})
WHERE n:Entity OR n:Claim OR n:Source
WITH n, properties(n) AS before
SET n += $props, n.updatedBy = $who, n.updatedAt = datetime()
RETURN before, properties(n) AS after;
