// What the Cypher console (server/src/console/) runs besides the user's own query. All are reads.

// The nodes of a console answer, by the element ids found in its rows, with what the canvas draws of them.
// name: nodes-by-element-id
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId,
       {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }} AS node;

// The labels, relationship types and property keys in use, for the editor's completion.
// name: schema
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys;

// Whether this Neo4j has kgx's memory procedure: the embedded one does, a Neo4j of the user's own does not.
// name: has-memory-limit
SHOW PROCEDURES YIELD name
WHERE name = 'kgx.limitTransactionMemory'
RETURN count(*) > 0 AS found;

// First in every console transaction: holds the researcher's query to a small memory limit of its own, leaving
// Neo4j's global limits to kgx's imports. kgx.* is the embedded launcher's own procedure (docs/decisions/0083).
// name: limit-transaction-memory
CALL kgx.limitTransactionMemory($bytes) YIELD bytes
RETURN bytes;
