// kgx schema: uniqueness of `id` for every label of the graph model, the indexes the named queries need, and
// one full-text index for search. Every statement is idempotent (IF NOT EXISTS); kgx applies them on every
// start and before every import. Paste a block into Neo4j Browser to apply it by hand.

// Every node of the model (entities of every kind, transfers, claims, sources) also has the label Kgx, whose
// constraint makes "the node with this id, whatever its kind" one index seek (docs/decisions/0056-common-label.md).
// kgx writes it with every node it creates and adds it on start to nodes written without it
// (cypher/schema-migration.cypher). The API and the page never show it.

// name: kgx-id
CREATE CONSTRAINT kgx_id IF NOT EXISTS FOR (n:Kgx) REQUIRE n.id IS UNIQUE;

// name: entity-id
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// name: person-id
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;

// name: state-id
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;

// name: organization-id
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;

// name: place-id
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;

// name: item-id
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE;

// name: event-id
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

// name: transfer-id
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR (n:Transfer) REQUIRE n.id IS UNIQUE;

// name: claim-id
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// name: source-id
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// The change log (cypher/queries/changes.cypher): not part of the graph model, so exports leave these two out.

// name: change-id
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;

// name: change-at
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);

// Filters of the typed GraphQL layer: transfers by status, claims by stance and unit, dates for ranges.

// name: transfer-status
CREATE INDEX transfer_status IF NOT EXISTS FOR (n:Transfer) ON (n.status);

// name: claim-stance
CREATE INDEX claim_stance IF NOT EXISTS FOR (n:Claim) ON (n.stance);

// name: claim-unit
CREATE INDEX claim_unit IF NOT EXISTS FOR (n:Claim) ON (n.unit);

// name: claim-stated-on
CREATE INDEX claim_stated_on IF NOT EXISTS FOR (n:Claim) ON (n.statedOn);

// name: event-date
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);

// name: source-kind
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);

// name: entity-name
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Search: names, aliases (a list of strings), descriptions, claim texts and verbatim quotes of every kind,
// folded so that Kyiv finds Kyïv (docs/decisions/0021). Query it with
// CALL db.index.fulltext.queryNodes('kgx_search', 'Najin') YIELD node, score.
// A database whose kgx_search differs from this (other labels, properties or analyzer) gets it dropped and
// created again by kgx (server/src/import/schema.ts, cypher/schema-migration.cypher).

// name: search
CREATE FULLTEXT INDEX kgx_search IF NOT EXISTS
FOR (n:Entity|Person|State|Organization|Place|Item|Event|Transfer|Claim|Source)
ON EACH [n.name, n.aliases, n.description, n.text, n.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
