// The reads behind kgx's exports (server/src/export/). Each runs in one read transaction per export, so an
// export is a consistent snapshot. Nodes come ordered by `id`; relationships by type, then by the labels the script
// finds their ends by ($keyLabels: the labels with a uniqueness constraint on id), so that one UNWIND statement
// holds many rows, then by source and target id. The exporter breaks the remaining ties by the text of the
// properties, so the same graph gives the same bytes. The change log (:Change nodes, their constraint and index;
// docs/decisions/0014-change-log.md) is not part of the graph model: every export leaves it out.

// $asOf (an ISO day or null) leaves out claims stated after it and transfers only such claims are about, as the
// GraphQL API's asOf does (cypher/queries/graph.cypher, docs/decisions/0023-as-of.md).

// name: constraints
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
WHERE NOT 'Change' IN coalesce(labelsOrTypes, [])
RETURN name, type, entityType, labelsOrTypes, properties
ORDER BY name;

// name: indexes
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP' AND NOT 'Change' IN coalesce(labelsOrTypes, [])
RETURN name, type, entityType, labelsOrTypes, properties, options
ORDER BY name;

// name: count-all
CALL () { MATCH (n) WHERE NOT n:Change AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) }) RETURN count(n) AS nodes }
CALL () {
  MATCH (a)-[r]->(b)
  WHERE $asOf IS NULL OR (($asOf IS NULL OR NOT a:Claim OR coalesce(toString(a.statedOn) <= $asOf, NOT EXISTS { (a)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT a:Transfer OR NOT EXISTS { (a)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (a)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })) AND (($asOf IS NULL OR NOT b:Claim OR coalesce(toString(b.statedOn) <= $asOf, NOT EXISTS { (b)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT b:Transfer OR NOT EXISTS { (b)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (b)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) }))
  RETURN count(r) AS relationships
}
RETURN nodes, relationships;

// name: nodes-all
MATCH (n) WHERE NOT n:Change
  AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id;

// name: relationships-all
MATCH (a)-[r]->(b)
WHERE $asOf IS NULL OR (($asOf IS NULL OR NOT a:Claim OR coalesce(toString(a.statedOn) <= $asOf, NOT EXISTS { (a)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT a:Transfer OR NOT EXISTS { (a)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (a)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })) AND (($asOf IS NULL OR NOT b:Claim OR coalesce(toString(b.statedOn) <= $asOf, NOT EXISTS { (b)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT b:Transfer OR NOT EXISTS { (b)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (b)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) }))
WITH a, r, b, [l IN labels(a) WHERE l IN $keyLabels] AS aKeys, [l IN labels(b) WHERE l IN $keyLabels] AS bKeys
RETURN type(r) AS type, a.id AS source, b.id AS target, labels(a) AS sourceLabels, labels(b) AS targetLabels,
       properties(r) AS properties,
       reduce(m = null, l IN CASE aKeys WHEN [] THEN labels(a) ELSE aKeys END | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS sourceKey,
       reduce(m = null, l IN CASE bKeys WHEN [] THEN labels(b) ELSE bKeys END | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS targetKey
ORDER BY type, sourceKey, targetKey, source, target;

// name: count-in
// $ids: the node ids of the scope; relationships count when both their ends are in it.
MATCH (n) WHERE n.id IN $ids AND NOT n:Change AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH collect(n) AS nodes
CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN count(r) AS relationships }
RETURN size(nodes) AS nodes, relationships;

// name: nodes-in
MATCH (n) WHERE n.id IN $ids AND NOT n:Change
  AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id;

// name: relationships-in
MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids
  AND ($asOf IS NULL OR (($asOf IS NULL OR NOT a:Claim OR coalesce(toString(a.statedOn) <= $asOf, NOT EXISTS { (a)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT a:Transfer OR NOT EXISTS { (a)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (a)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })) AND (($asOf IS NULL OR NOT b:Claim OR coalesce(toString(b.statedOn) <= $asOf, NOT EXISTS { (b)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT b:Transfer OR NOT EXISTS { (b)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (b)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })))
WITH a, r, b, [l IN labels(a) WHERE l IN $keyLabels] AS aKeys, [l IN labels(b) WHERE l IN $keyLabels] AS bKeys
RETURN type(r) AS type, a.id AS source, b.id AS target, labels(a) AS sourceLabels, labels(b) AS targetLabels,
       properties(r) AS properties,
       reduce(m = null, l IN CASE aKeys WHEN [] THEN labels(a) ELSE aKeys END | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS sourceKey,
       reduce(m = null, l IN CASE bKeys WHEN [] THEN labels(b) ELSE bKeys END | CASE WHEN m IS NULL OR l < m THEN l ELSE m END) AS targetKey
ORDER BY type, sourceKey, targetKey, source, target;

// name: provenance
// $ids: the node ids of a view or subgraph. The claimants and sources of the claims among them that are not in $ids
// themselves, so that an export of a view keeps who made each claim and where it was reported
// (docs/decisions/0035-exports-keep-provenance.md).
// With $asOf, only the claims that stood on that day bring theirs (docs/decisions/0024).
MATCH (claim:Claim)-[r:CLAIMED_BY|REPORTED_IN]->(other)
WHERE claim.id IN $ids AND NOT other.id IN $ids AND NOT other:Change
  AND ($asOf IS NULL OR coalesce(toString(claim.statedOn) <= $asOf, NOT EXISTS { (claim)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
RETURN DISTINCT other.id AS id, type(r) AS via
ORDER BY id;

// name: existing-ids
// Which of $ids name a node, so that unknown ids get a clear 400.
MATCH (n) WHERE n.id IN $ids AND NOT n:Change
RETURN DISTINCT n.id AS id;

// name: neighbourhood-1
// The ids of $ids and their neighbours (either direction), at most $limit of them: the caller asks for one more
// than it allows, to tell an oversized scope from a full one. With $asOf, each step must end on a node that stood
// on that day, so nothing is reached through a later claim (docs/decisions/0024).
MATCH (start) WHERE start.id IN $ids AND NOT start:Change
OPTIONAL MATCH (start) (()--(x)
  WHERE ($asOf IS NULL OR NOT x:Claim OR coalesce(toString(x.statedOn) <= $asOf, NOT EXISTS { (x)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
      AND ($asOf IS NULL OR NOT x:Transfer OR NOT EXISTS { (x)<-[:ABOUT]-(:Claim) }
        OR EXISTS { (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
){1,1} (other)
UNWIND [start.id, other.id] AS id
WITH DISTINCT id WHERE id IS NOT NULL
RETURN id
LIMIT $limit;

// name: neighbourhood-2
// As neighbourhood-1, two hops out.
MATCH (start) WHERE start.id IN $ids AND NOT start:Change
OPTIONAL MATCH (start) (()--(x)
  WHERE ($asOf IS NULL OR NOT x:Claim OR coalesce(toString(x.statedOn) <= $asOf, NOT EXISTS { (x)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
      AND ($asOf IS NULL OR NOT x:Transfer OR NOT EXISTS { (x)<-[:ABOUT]-(:Claim) }
        OR EXISTS { (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
){1,2} (other)
UNWIND [start.id, other.id] AS id
WITH DISTINCT id WHERE id IS NOT NULL
RETURN id
LIMIT $limit;
