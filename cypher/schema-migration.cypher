// Bringing an existing database's full-text indexes up to cypher/schema.cypher, whose statements only create what
// is missing (IF NOT EXISTS). kgx reads a full-text index's definition and, when it differs from the one in
// schema.cypher, drops the index so that schema.cypher creates it again (server/src/import/schema.ts).

// name: fulltext-index
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
WHERE name = $name
RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer;

// name: drop-index
DROP INDEX $name IF EXISTS;

// name: common-label
// Gives the label Kgx to every node of the model that lacks it: a database from before the label, or nodes written
// around kgx. In batches, so that a large graph does not need one huge transaction; a second run finds nothing to
// do. Runs after schema.cypher, whose kgx_id constraint then checks each batch (docs/decisions/0056-common-label.md).
MATCH (n)
WHERE (n:Entity OR n:Transfer OR n:Claim OR n:Source) AND NOT n:Kgx
CALL (n) { SET n:Kgx } IN TRANSACTIONS OF 10000 ROWS;
