// The typed domain of the GraphQL API (Person, State, Transfer, Claim, ...). Lists page forwards by id: the
// uniqueness constraints' range indexes give the order, so a late page costs what the first one does.

// name: related
// The neighbours of each node along one relationship type and direction, for the per-request loaders: one call
// answers every field of one level of a GraphQL query. $keys: [{id, type, direction: 'out' | 'in'}].
// Neighbours come in the relationship's `order` where it has one (a transfer's route, VIA), else by id.
UNWIND $keys AS key
MATCH (n:Kgx {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m)
  WHERE type(r) = key.type
    AND CASE key.direction WHEN 'out' THEN startNode(r) = n ELSE endNode(r) = n END
  WITH m, r ORDER BY r.order, m.id
  RETURN collect({labels: labels(m), properties: properties(m), degree: 0, relationship: properties(r)}) AS items
}
RETURN key, items;

// name: transfers
MATCH (t:Transfer)
WHERE t.id > coalesce($after, '')
  AND ($status IS NULL OR t.status = $status)
  AND ($from IS NULL OR EXISTS { (t)-[:FROM]->(party) WHERE party.id = $from })
  AND ($to IS NULL OR EXISTS { (t)-[:TO]->(party) WHERE party.id = $to })
  AND ($item IS NULL OR EXISTS { (t)-[:CARRIES]->(item) WHERE item.id = $item })
  AND ($asOf IS NULL OR NOT t:Claim OR coalesce(toString(t.statedOn) <= $asOf, NOT EXISTS { (t)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT t:Transfer OR NOT EXISTS { (t)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (t)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH t ORDER BY t.id LIMIT $first + 1
RETURN {labels: labels(t), properties: properties(t), degree: 0} AS node;

// name: claims
MATCH (c:Claim)
WHERE c.id > coalesce($after, '')
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(subject) WHERE subject.id = $about })
  AND ($claimant IS NULL OR EXISTS { (c)-[:CLAIMED_BY]->(claimant) WHERE claimant.id = $claimant })
  AND ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(source) WHERE source.id = $source })
  AND ($asOf IS NULL OR NOT c:Claim OR coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT c:Transfer OR NOT EXISTS { (c)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (c)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH c ORDER BY c.id LIMIT $first + 1
RETURN {labels: labels(c), properties: properties(c), degree: 0} AS node;

// name: entities
MATCH (e:Entity)
WHERE e.id > coalesce($after, '')
  AND ($labels IS NULL OR any(label IN labels(e) WHERE label IN $labels))
WITH e ORDER BY e.id LIMIT $first + 1
RETURN {labels: labels(e), properties: properties(e), degree: 0} AS node;

// name: sources
MATCH (s:Source)
WHERE s.id > coalesce($after, '')
WITH s ORDER BY s.id LIMIT $first + 1
RETURN {labels: labels(s), properties: properties(s), degree: 0} AS node;
