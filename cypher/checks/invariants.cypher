// Integrity checks of the graph model. Each block returns one row per violation, with the offending `id` and the
// `problem`; an empty result means the graph keeps the rule. kgx runs them all inside every import's transaction
// and rolls the import back if any returns a row. $ids limits the node checks to those nodes: a mutation passes the
// ids it touches, so that its checks cost what it changed, not the size of the graph; an import passes null, the
// whole graph. To check a graph by hand in Neo4j Browser, set `:param ids => null` and paste a block.

// name: transfer-without-from
MATCH (t:Transfer)
WHERE ($ids IS NULL OR t.id IN $ids) AND NOT (t)-[:FROM]->(:Entity)
RETURN t.id AS id, 'Transfer has no FROM party' AS problem;

// name: transfer-without-to
MATCH (t:Transfer)
WHERE ($ids IS NULL OR t.id IN $ids) AND NOT (t)-[:TO]->(:Entity)
RETURN t.id AS id, 'Transfer has no TO party' AS problem;

// name: transfer-without-carries
MATCH (t:Transfer)
WHERE ($ids IS NULL OR t.id IN $ids) AND NOT (t)-[:CARRIES]->(:Item)
RETURN t.id AS id, 'Transfer CARRIES no Item' AS problem;

// name: claim-not-in-exactly-one-source
MATCH (c:Claim)
WHERE $ids IS NULL OR c.id IN $ids
WITH c, COUNT { (c)-[:REPORTED_IN]->(:Source) } AS sources
WHERE sources <> 1
RETURN c.id AS id, 'Claim is REPORTED_IN ' + toString(sources) + ' sources; expected exactly one' AS problem;

// name: claim-without-claimant
MATCH (c:Claim)
WHERE ($ids IS NULL OR c.id IN $ids) AND NOT (c)-[:CLAIMED_BY]->(:Entity)
RETURN c.id AS id, 'Claim has no CLAIMED_BY claimant' AS problem;

// name: claim-without-about
MATCH (c:Claim)
WHERE ($ids IS NULL OR c.id IN $ids) AND NOT (c)-[:ABOUT]->()
RETURN c.id AS id, 'Claim is ABOUT nothing' AS problem;

// name: claim-without-quote
MATCH (c:Claim)
WHERE ($ids IS NULL OR c.id IN $ids) AND (c.quote IS NULL OR trim(toString(c.quote)) = '')
RETURN c.id AS id, 'Claim has no quote' AS problem;

// A claim's quote must occur verbatim in its source's text, or, for a source without text of its own (a report
// the article cites), in the text of a source that CITES it. Sources without any known text are not checked.
// name: quote-not-in-source-text
MATCH (c:Claim)-[:REPORTED_IN]->(s:Source)
WHERE $ids IS NULL OR c.id IN $ids
OPTIONAL MATCH (citing:Source)-[:CITES]->(s)
WITH c, s, [t IN collect(citing.text) WHERE t IS NOT NULL] AS citingTexts
WITH c, s, CASE WHEN s.text IS NOT NULL THEN [s.text] ELSE citingTexts END AS texts
WHERE size(texts) > 0 AND none(t IN texts WHERE t CONTAINS c.quote)
RETURN c.id AS id, 'Claim quote does not occur verbatim in the text of ' + s.id AS problem;

// name: transfer-without-claim
MATCH (t:Transfer)
WHERE ($ids IS NULL OR t.id IN $ids) AND NOT (:Claim)-[:ABOUT]->(t)
RETURN t.id AS id, 'Transfer is backed by no Claim ABOUT it' AS problem;

// name: event-without-claim
MATCH (e:Event)
WHERE ($ids IS NULL OR e.id IN $ids) AND NOT (:Claim)-[:ABOUT]->(e)
RETURN e.id AS id, 'Event is backed by no Claim ABOUT it' AS problem;

// A figure is a number on an Entity (other than its coordinates); a Claim ABOUT the entity names it in `figure`.
// name: figure-without-claim
MATCH (e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
UNWIND keys(e) AS key
WITH e, key
WHERE NOT key IN ['lat', 'lon'] AND (e[key] IS :: INTEGER NOT NULL OR e[key] IS :: FLOAT NOT NULL)
  AND NOT EXISTS { MATCH (c:Claim {figure: key})-[:ABOUT]->(e) }
RETURN e.id AS id, 'Figure ' + key + ' is backed by no Claim with figure: ' + key AS problem;

// The relationship rules of the model: which kinds each type connects and which properties it takes. They live in
// server/src/model/relationships.ts, and kgx passes them to these two checks as $model (so the messages are those
// of `kgx import` and the mutations); to run them by hand, set the parameter first (`:param model => {...}`, the
// value of rulesParameter()). They catch data written by other means than kgx, e.g. straight through Cypher.
// name: relationship-ends
MATCH (a)-[r]->(b)
WITH a, r, b, $model.rules[type(r)] AS rule
WHERE rule IS NOT NULL
WITH a, r, b, rule,
     any(l IN labels(a) WHERE l IN rule.from) AS sourceFits, any(l IN labels(b) WHERE l IN rule.to) AS targetFits
WHERE NOT (sourceFits AND targetFits)
WITH a, r, b, rule, CASE WHEN sourceFits THEN b ELSE a END AS odd
WITH a, r, b, rule, odd, [k IN $model.kinds WHERE k.label IN labels(odd) | k.text][0] AS kind
RETURN a.id + '>' + type(r) + '>' + b.id AS id,
       rule.sentence + '; ' + coalesce(odd.id, 'a node without id') + ' is ' + coalesce(kind,
         CASE size(labels(odd)) WHEN 0 THEN 'a node without a label'
           ELSE 'a node outside the model (' + reduce(s = head(labels(odd)), l IN tail(labels(odd)) | s + ', ' + l) + ')'
         END) AS problem;

// name: relationship-properties
MATCH (a)-[r]->(b)
WITH a, r, b, $model.rules[type(r)] AS rule
WHERE rule IS NOT NULL
UNWIND [k IN keys(r) WHERE NOT k IN $model.bookkeeping] + [k IN keys(rule.properties) WHERE r[k] IS NULL] AS key
WITH a, r, b, rule, key, rule.properties[key] AS spec, r[key] AS value
WITH a, r, b, CASE
    WHEN spec IS NULL THEN ' has no property ' + key + ' (it takes ' + rule.takes + ')'
    WHEN value IS NULL THEN CASE WHEN spec.required THEN ' needs ' + key END
    WHEN spec.type = 'string' AND NOT value IS :: STRING THEN ' ' + key + ' must be a non-empty string'
    WHEN spec.type = 'string' AND trim(toString(value)) = '' THEN ' ' + key + ' must be a non-empty string'
    WHEN spec.type = 'number' AND NOT (value IS :: INTEGER NOT NULL OR value IS :: FLOAT NOT NULL)
      THEN ' ' + key + ' must be a number'
    WHEN spec.type = 'number' AND spec.min IS NOT NULL AND value < spec.min
      THEN ' ' + key + ' must be at least ' + spec.minText
  END AS problem
WHERE problem IS NOT NULL
RETURN a.id + '>' + type(r) + '>' + b.id AS id, type(r) + problem AS problem;
