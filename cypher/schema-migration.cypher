// Bringing an existing database's full-text indexes up to cypher/schema.cypher, whose statements only create what
// is missing (IF NOT EXISTS). kgx reads a full-text index's definition and, when it differs from the one in
// schema.cypher, drops the index so that schema.cypher creates it again (server/src/import/schema.ts).

// name: fulltext-index
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
WHERE name = $name
RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer;

// name: drop-index
DROP INDEX $name IF EXISTS;
