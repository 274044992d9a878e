// The reads and checks behind `kgx backup` and `kgx restore` (server/src/backup/). A backup runs them in the read
// transaction of its export snapshot, so the counts, the graph and the change log come from one transaction; a
// restore runs the counts again in its write transaction and compares them with the backup's header.
// The change log is the :Change nodes, which are not connected to the graph and which the exports leave out.

// name: version
CALL dbms.components() YIELD name, versions
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version;

// name: change-constraints
// The change log's constraints and indexes, which the exports leave out; the columns of export.cypher's.
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
WHERE 'Change' IN coalesce(labelsOrTypes, [])
RETURN name, type, entityType, labelsOrTypes, properties
ORDER BY name;

// name: change-indexes
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP' AND 'Change' IN coalesce(labelsOrTypes, [])
RETURN name, type, entityType, labelsOrTypes, properties, options
ORDER BY name;

// name: node-count
MATCH (n) WHERE NOT n:Change
RETURN count(n) AS count;

// name: label-counts
// Each node counts once under each of its labels.
MATCH (n) WHERE NOT n:Change
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label;

// name: type-counts
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
ORDER BY type;

// name: change-count
MATCH (c:Change)
RETURN count(c) AS count;

// name: changes
// The change log in the order it was written; ties (the same instant) by id.
MATCH (c:Change)
RETURN c.id AS id, labels(c) AS labels, properties(c) AS properties
ORDER BY c.at, c.id;

// name: any-node
// A restore goes only into a database without nodes.
RETURN EXISTS { MATCH (n) } AS found;

// name: constraint-names
// What a failed restore compares with the names it found before, to drop the constraints and indexes it created.
SHOW CONSTRAINTS YIELD name
RETURN name;

// name: index-names
SHOW INDEXES YIELD name, type, owningConstraint
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
RETURN name;

// name: await-indexes
CALL db.awaitIndexes(300);
