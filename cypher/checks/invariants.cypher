// Integrity checks of the graph model (DESIGN.md, Invariants). Each block returns one row per violation, with
// the offending `id` and the `problem`; an empty result means the graph keeps the rule. kgx runs them all
// inside every import's transaction and rolls the import back if any returns a row. Paste one into Neo4j
// Browser to check a graph by hand.

// name: transfer-without-from
MATCH (t:Transfer)
WHERE NOT (t)-[:FROM]->(:Entity)
RETURN t.id AS id, 'Transfer has no FROM party' AS problem;

// name: transfer-without-to
MATCH (t:Transfer)
WHERE NOT (t)-[:TO]->(:Entity)
RETURN t.id AS id, 'Transfer has no TO party' AS problem;

// name: transfer-without-carries
MATCH (t:Transfer)
WHERE NOT (t)-[:CARRIES]->(:Item)
RETURN t.id AS id, 'Transfer CARRIES no Item' AS problem;

// name: claim-not-in-exactly-one-source
MATCH (c:Claim)
WITH c, COUNT { (c)-[:REPORTED_IN]->(:Source) } AS sources
WHERE sources <> 1
RETURN c.id AS id, 'Claim is REPORTED_IN ' + toString(sources) + ' sources; expected exactly one' AS problem;

// name: claim-without-claimant
MATCH (c:Claim)
WHERE NOT (c)-[:CLAIMED_BY]->(:Entity)
RETURN c.id AS id, 'Claim has no CLAIMED_BY claimant' AS problem;

// name: claim-without-about
MATCH (c:Claim)
WHERE NOT (c)-[:ABOUT]->()
RETURN c.id AS id, 'Claim is ABOUT nothing' AS problem;

// name: claim-without-quote
MATCH (c:Claim)
WHERE c.quote IS NULL OR trim(toString(c.quote)) = ''
RETURN c.id AS id, 'Claim has no quote' AS problem;

// A claim's quote must occur verbatim in its source's text, or, for a source without text of its own (a report
// the article cites), in the text of a source that CITES it. Sources without any known text are not checked.
// name: quote-not-in-source-text
MATCH (c:Claim)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (citing:Source)-[:CITES]->(s)
WITH c, s, [t IN collect(citing.text) WHERE t IS NOT NULL] AS citingTexts
WITH c, s, CASE WHEN s.text IS NOT NULL THEN [s.text] ELSE citingTexts END AS texts
WHERE size(texts) > 0 AND none(t IN texts WHERE t CONTAINS c.quote)
RETURN c.id AS id, 'Claim quote does not occur verbatim in the text of ' + s.id AS problem;

// name: transfer-without-claim
MATCH (t:Transfer)
WHERE NOT (:Claim)-[:ABOUT]->(t)
RETURN t.id AS id, 'Transfer is backed by no Claim ABOUT it' AS problem;

// name: event-without-claim
MATCH (e:Event)
WHERE NOT (:Claim)-[:ABOUT]->(e)
RETURN e.id AS id, 'Event is backed by no Claim ABOUT it' AS problem;

// A figure is a number on an Entity (other than its coordinates); a Claim ABOUT the entity names it in `figure`.
// name: figure-without-claim
MATCH (e:Entity)
UNWIND keys(e) AS key
WITH e, key
WHERE NOT key IN ['lat', 'lon'] AND (e[key] IS :: INTEGER NOT NULL OR e[key] IS :: FLOAT NOT NULL)
  AND NOT EXISTS { MATCH (c:Claim {figure: key})-[:ABOUT]->(e) }
RETURN e.id AS id, 'Figure ' + key + ' is backed by no Claim with figure: ' + key AS problem;
