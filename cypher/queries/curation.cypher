// Curation through GraphQL mutations (they need the write token). Each runs inside a write transaction that
// also runs every integrity check of cypher/checks/ and rolls back if one returns a row. Labels and
// relationship types arrive as parameters checked against the graph model's allow-lists, and enter the
// pattern through Cypher 5's dynamic labels and types, $(...).

// name: create-node
CREATE (n:$($labels))
SET n = $props,
    n.createdBy = $who, n.createdAt = datetime(), n.updatedBy = $who, n.updatedAt = datetime()
RETURN n.id AS id;

// name: update-node
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Transfer {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
SET n += $props, n.updatedBy = $who, n.updatedAt = datetime()
RETURN n.id AS id;

// name: link
CALL () {
  MATCH (n:Entity {id: $source}) RETURN n
  UNION
  MATCH (n:Transfer {id: $source}) RETURN n
  UNION
  MATCH (n:Claim {id: $source}) RETURN n
  UNION
  MATCH (n:Source {id: $source}) RETURN n
}
WITH n AS a LIMIT 1
CALL () {
  MATCH (n:Entity {id: $target}) RETURN n
  UNION
  MATCH (n:Transfer {id: $target}) RETURN n
  UNION
  MATCH (n:Claim {id: $target}) RETURN n
  UNION
  MATCH (n:Source {id: $target}) RETURN n
}
WITH a, n AS b LIMIT 1
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.createdBy = $who, r.createdAt = datetime()
SET r += $props
RETURN {type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge;

// name: unlink
CALL () {
  MATCH (n:Entity {id: $source}) RETURN n
  UNION
  MATCH (n:Transfer {id: $source}) RETURN n
  UNION
  MATCH (n:Claim {id: $source}) RETURN n
  UNION
  MATCH (n:Source {id: $source}) RETURN n
}
WITH n AS a LIMIT 1
MATCH (a)-[r:$($type)]->(b {id: $target})
DELETE r
WITH a, count(*) AS removed
SET a.updatedBy = $who, a.updatedAt = datetime()
RETURN removed;
