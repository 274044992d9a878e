// Change sets (docs/decisions/0095-change-sets.md): what one workbench commit wrote, and its revert. A change set
// is a (:Change:ChangeSet) node of the change log; the (:Change) entries it made carry its id as `set`. Being
// :Change nodes, sets travel in `kgx backup` with the rest of the log and stay out of the graph and its exports.

// name: source-text
// The text a change set's quotes are checked against.
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS exists, s.text AS text;

// name: existing-ids
// What the graph holds under $ids (the ids a change set creates or names), in one read: labels, and aliases as
// stored (null when none).
UNWIND $ids AS id
MATCH (n:Kgx {id: id})
RETURN n.id AS id, labels(n) AS labels, n.aliases AS aliases;

// name: create-nodes
// A change set's new nodes in one statement, after kgx checked them all; $nodes: [{labels, props}]. Kgx: the
// label every node of the model has (docs/decisions/0056-common-label.md).
UNWIND $nodes AS node
CREATE (n:Kgx:$(node.labels))
SET n = node.props,
    n.createdBy = $who, n.createdAt = datetime(), n.updatedBy = $who, n.updatedAt = datetime()
RETURN count(n) AS created;

// name: set-aliases
// The entities that gain a spelling; $updates: [{id, aliases}], each an entity that changes.
UNWIND $updates AS update
MATCH (n:Entity {id: update.id})
SET n.aliases = update.aliases, n.updatedBy = $who, n.updatedAt = datetime()
RETURN count(n) AS changed;

// name: create-links
// A change set's new relationships, from its claims; $links: [{source, type, target, props}], checked by kgx
// against the model's rules (a revert of a revert makes again what it removed). Returns how many it made, which
// must be all of them.
UNWIND $links AS link
MATCH (a:Claim {id: link.source})
MATCH (n:Kgx {id: link.target})
CREATE (a)-[r:$(link.type)]->(n)
SET r = link.props,
    r.createdBy = $who, r.createdAt = datetime(), r.updatedBy = $who, r.updatedAt = datetime()
RETURN count(r) AS created;

// name: record-changes
// A change set's change-log entries in one statement; $changes as record-change takes one (queries/changes.cypher).
UNWIND $changes AS change
CREATE (c:Change)
SET c = change
RETURN count(c) AS recorded;

// name: record-change-set
// $set: {id, at, by, action, subject, target, via, after, created, changed, deleted, reverts}.
CREATE (c:Change:ChangeSet)
SET c = $set
RETURN c.id AS id;

// name: change-sets
// Newest first (ids start with the time); each with the set that reverted it, if any. A revert comes after the set
// it reverts, so it is found by a range on the Change.id constraint's index, as in change-set, not by scanning
// every :ChangeSet once per set.
MATCH (s:ChangeSet)
WITH s ORDER BY s.id DESC LIMIT $first
OPTIONAL MATCH (r:Change)
  USING INDEX r:Change(id)
WHERE r.id > s.id AND r:ChangeSet AND r.reverts = s.id
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

// name: unlink-many
// Removes relationships a set made; $links: [{source, type, target}] from its log. Returns each one removed with its
// properties, for the change log; the type is compared, not written into the pattern.
UNWIND $links AS link
MATCH (a:Claim {id: link.source})-[r]->(b)
WHERE type(r) = link.type AND b.id = link.target
WITH link, a, r, properties(r) AS removed
DELETE r
SET a.updatedBy = $who, a.updatedAt = datetime()
RETURN link.source AS source, link.type AS type, link.target AS target, removed;

// name: delete-nodes
// Deletes the nodes a set created, once the set's relationships are gone; a node still linked is left alone, and
// the caller refuses the revert.
UNWIND $ids AS id
MATCH (n:Kgx {id: id})
WHERE n:Entity OR n:Claim OR n:Source
WITH id, n, properties(n) AS before, EXISTS { (n)--() } AS linked
CALL (n, linked) {
  WITH n WHERE NOT linked
  DELETE n
}
RETURN id, before, linked;

// name: restore-nodes
// Puts properties back as a set found them; $restores: [{id, props}], a null in props removes the property.
UNWIND $restores AS restore
MATCH (n:Kgx {id: restore.id})
WHERE n:Entity OR n:Claim OR n:Source
WITH restore, n, properties(n) AS before
SET n += restore.props, n.updatedBy = $who, n.updatedAt = datetime()
RETURN restore.id AS id, before, properties(n) AS after;
