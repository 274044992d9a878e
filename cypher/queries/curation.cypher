// Curation through GraphQL mutations (they need the write token). Each runs inside a write transaction that
// also runs every integrity check of cypher/checks/ and rolls back if one returns a row. Labels and
// relationship types arrive as parameters checked against the graph model's allow-lists, and enter the
// pattern through Cypher 5's dynamic labels and types, $(...). The model's rules (server/src/model/) are checked in
// between these statements, and each change also writes a (:Change) through cypher/queries/changes.cypher.

// name: create-node
// Kgx: the label every node of the model has, for one index seek by id (docs/decisions/0056-common-label.md).
CREATE (n:Kgx:$($labels))
SET n = $props,
    n.createdBy = $who, n.createdAt = datetime(), n.updatedBy = $who, n.updatedAt = datetime()
RETURN n.id AS id;

// name: update-node
// Sets only when a property changes, so a no-op update records nobody; returns the properties before and after.
MATCH (n:Kgx {id: $id})
WITH n, properties(n) AS before, [k IN keys($props) WHERE n[k] IS NULL OR n[k] <> $props[k]] AS changed
CALL (n, changed) {
  WITH n WHERE size(changed) > 0
  SET n += $props, n.updatedBy = $who, n.updatedAt = datetime()
}
RETURN n.id AS id, before, properties(n) AS after;

// name: link-ends
// What the model's rules need before a link: the labels of both ends and the relationship already there, if any.
MATCH (a:Kgx {id: $source})
MATCH (b:Kgx {id: $target})
OPTIONAL MATCH (a)-[r:$($type)]->(b)
WITH a, b, r LIMIT 1
RETURN labels(a) AS sourceLabels, labels(b) AS targetLabels, properties(r) AS existing,
       {type: $type, source: a.id, target: b.id, properties: properties(r)} AS edge;

// name: link
// kgx runs it only when the relationship is new or its properties change (after link-ends and the rules).
MATCH (a:Kgx {id: $source})
MATCH (b:Kgx {id: $target})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.createdBy = $who, r.createdAt = datetime(), r.updatedBy = $who, r.updatedAt = datetime()
ON MATCH SET r.updatedBy = $who, r.updatedAt = datetime()
SET r += $props
RETURN {type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge;

// name: unlink
// Returns the properties of each removed relationship, for the change log.
MATCH (a:Kgx {id: $source})
MATCH (a)-[r:$($type)]->(b)
WHERE b.id = $target
WITH a, collect(properties(r)) AS removed, collect(r) AS rs
FOREACH (r IN rs | DELETE r)
SET a.updatedBy = $who, a.updatedAt = datetime()
RETURN a.id AS source, removed;
