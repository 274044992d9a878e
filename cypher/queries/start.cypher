// What kgx asks when it starts (server/src/import/seed.ts): whether the database holds any node at all. An empty
// database is seeded with the article graph; one with any data, even outside the model, is left as it is.

// name: database-is-empty
RETURN NOT EXISTS { MATCH (n) } AS empty;
