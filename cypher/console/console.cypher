// What the Cypher console (server/src/console/) runs besides the user's own query. Both are reads.

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
