// The generic graph that the web page draws (GraphQL `search`, `node`, `neighbourhood`, `paths`, `graph`).
// Every node comes back as {labels, properties, degree}; every relationship as {type, source, target,
// properties} with the ids of its end nodes. A node is found by id through the label every node of the model has,
// Kgx, so that one seek in the kgx_id constraint's index answers (docs/decisions/0056-common-label.md).

// As of a date ($asOf: the last day of a partial date, 'YYYY-MM-DD', or null), a claim stated after it, or without
// statedOn reported in a source published after it, is left out, and so is a transfer whose claims all are
// (docs/decisions/0023-as-of.md). A partial date compares as its start: toString(date) <= $asOf is exactly
// "starts on or before $asOf", since '2024-02' sorts before every day of February and after every day before it.

// name: node
MATCH (n:Kgx {id: $id})
RETURN {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }} AS node
LIMIT 1;

// name: nodes-by-id
UNWIND $ids AS wanted
MATCH (n:Kgx {id: wanted})
RETURN wanted AS id, {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }} AS node;

// name: search
// The best $candidates by full-text score, with what ranking needs: the server puts entities named as typed
// first, then other entities, transfers, claims and sources (server/src/graphql/search-rank.ts) and keeps $first.
// The nodes it will most likely keep (the first $first by kind, then score) come whole, so that one statement
// usually answers; the server fetches any other node it keeps by id (docs/decisions/0058-exact-first-search.md).
CALL db.index.fulltext.queryNodes('kgx_search', $query, {limit: $candidates}) YIELD node AS n, score
WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH n, score
ORDER BY CASE WHEN n:Entity THEN 0 WHEN n:Transfer THEN 1 ELSE 2 END, score DESC, n.id
WITH collect({n: n, score: score}) AS hits
UNWIND range(0, size(hits) - 1) AS i
WITH hits[i].n AS n, hits[i].score AS score, i
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, score,
  CASE WHEN i < $first THEN {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }} END AS node;

// name: neighbourhood-1
// At most $limit neighbours, the most telling kinds first: entities, then transfers, then claims and sources
// (docs/decisions/0057-hub-neighbours-by-kind.md). Each kind is read only until $limit + 1 are found, so a hub
// costs the cap, not its degree: the first two kinds are reached through the relationship types and directions
// that the model's rules (server/src/model/relationships.ts) give only those kinds at the far end, which Neo4j
// stores in their own chains on a node of many relationships; the third only when the first two fall short.
// Within a kind, the ones taken are those the database reaches first (its storage order, the same on every read
// of an unchanged graph); they come back in id order. truncated is exact: it says whether a $limit + 1st exists.
MATCH (centre:Kgx {id: $id})
CALL (centre) {
  CALL (centre) {
    MATCH (centre)-[r:PUBLISHED_BY|LEADS|OFFICIAL_OF|PART_OF|LOCATED_IN|HELD_IN|INVOLVES|FROM|TO|CARRIES|VIA|CLAIMED_BY]->(m)
    RETURN r, m
    UNION ALL
    MATCH (centre)<-[r:LEADS|OFFICIAL_OF|PART_OF|LOCATED_IN|HELD_IN|INVOLVES]-(m)
    RETURN r, m
    UNION ALL
    MATCH (centre)-[r:ABOUT]->(m:Entity)
    RETURN r, m
  }
  WITH r, m WHERE m <> centre AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS entities
}
CALL (centre, entities) {
  WITH centre, entities WHERE size(entities) <= $limit
  CALL (centre) {
    MATCH (centre)<-[r:FROM|TO|CARRIES|VIA|IN_RETURN_FOR]-(m)
    RETURN r, m
    UNION ALL
    MATCH (centre)-[r:IN_RETURN_FOR|ABOUT]->(m:Transfer)
    RETURN r, m
  }
  WITH r, m WHERE m <> centre AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes) AND NOT m IN entities
    AND ($asOf IS NULL OR NOT EXISTS { (m)<-[:ABOUT]-(:Claim) }
      OR EXISTS { (m)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS transfers
}
WITH centre, entities + transfers AS found
CALL (centre, found) {
  WITH centre, found WHERE size(found) <= $limit
  MATCH (centre)-[r]-(m)
  WHERE m <> centre AND NOT m IN found AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    AND ($asOf IS NULL OR NOT m:Claim OR coalesce(toString(m.statedOn) <= $asOf, NOT EXISTS { (m)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
    AND ($asOf IS NULL OR NOT m:Transfer OR NOT EXISTS { (m)<-[:ABOUT]-(:Claim) }
      OR EXISTS { (m)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS others
}
WITH centre, (found + others)[..$limit] AS taken, size(found + others) > $limit AS truncated
CALL (taken) {
  UNWIND taken AS m
  WITH m ORDER BY CASE WHEN m:Entity THEN 0 WHEN m:Transfer THEN 1 ELSE 2 END, m.id
  RETURN collect(m) AS neighbours
}
WITH [centre] + neighbours AS ns, truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes,
       edges, truncated;


// name: neighbourhood-2
MATCH (centre:Kgx {id: $id})
CALL (centre) {
  // Every step's end, not only the last, must have stood on $asOf: nothing is reached through a later claim or
  // a transfer only later claims are about (docs/decisions/0024). A quantified path pattern checks each step as
  // it is taken, so a later claim cuts the search there instead of filtering whole paths afterwards.
  MATCH (centre) (()-[r]-(x)
    WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
      AND ($asOf IS NULL OR NOT x:Claim OR coalesce(toString(x.statedOn) <= $asOf, NOT EXISTS { (x)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
      AND ($asOf IS NULL OR NOT x:Transfer OR NOT EXISTS { (x)<-[:ABOUT]-(:Claim) }
        OR EXISTS { (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
  ){1,2} (m)
  WHERE m <> centre
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS found
}
WITH centre, found[..$limit] AS taken, size(found) > $limit AS truncated
CALL (taken) {
  UNWIND taken AS m
  WITH m ORDER BY CASE WHEN m:Entity THEN 0 WHEN m:Transfer THEN 1 ELSE 2 END, m.id
  RETURN collect(m) AS neighbours
}
WITH centre, neighbours, truncated
WITH [centre] + neighbours AS ns, truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes,
       edges, truncated;

// name: neighbourhood-3
MATCH (centre:Kgx {id: $id})
CALL (centre) {
  // Every step's end, not only the last, must have stood on $asOf: nothing is reached through a later claim or
  // a transfer only later claims are about (docs/decisions/0024). A quantified path pattern checks each step as
  // it is taken, so a later claim cuts the search there instead of filtering whole paths afterwards.
  MATCH (centre) (()-[r]-(x)
    WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
      AND ($asOf IS NULL OR NOT x:Claim OR coalesce(toString(x.statedOn) <= $asOf, NOT EXISTS { (x)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
      AND ($asOf IS NULL OR NOT x:Transfer OR NOT EXISTS { (x)<-[:ABOUT]-(:Claim) }
        OR EXISTS { (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
  ){1,3} (m)
  WHERE m <> centre
  WITH DISTINCT m LIMIT $limit + 1
  RETURN collect(m) AS found
}
WITH centre, found[..$limit] AS taken, size(found) > $limit AS truncated
CALL (taken) {
  UNWIND taken AS m
  WITH m ORDER BY CASE WHEN m:Entity THEN 0 WHEN m:Transfer THEN 1 ELSE 2 END, m.id
  RETURN collect(m) AS neighbours
}
WITH centre, neighbours, truncated
WITH [centre] + neighbours AS ns, truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes,
       edges, truncated;

// name: paths
// Up to $limit of the shortest paths (all of the least length) of at most $maxLength hops, ignoring direction,
// in the order of their nodes' ids. allShortestPaths is a bidirectional breadth-first search; Cypher 5's
// SHORTEST/ALL SHORTEST took seconds on the generated M graph where it takes tens of milliseconds, and SHORTEST k
// (paths of growing lengths) enumerated the longer paths through every hub (docs/benchmarks.md, R5). The bound of
// the pattern is the largest maxLength the API accepts: when the shortest paths are longer than $maxLength, no
// path is short enough, so filtering their length afterwards is exact.
// Unless $includeClaims, every node of the path (its ends too) is an entity or a transfer: a path through a claim
// or a source only says that two things are mentioned in one article. The predicate is universal (all nodes of
// the path), the form that Neo4j can check during the breadth-first search instead of filtering afterwards.
// As of $asOf, every node of the path (its ends too) must have stood then, by the rule at the top of this file: a
// path through a later claim, or a transfer only later claims are about, is no path as of that date (0024).
MATCH (a:Kgx {id: $from})
MATCH (b:Kgx {id: $to})
WITH a, b WHERE a <> b
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(x IN nodes(p) WHERE ($includeClaims OR x:Entity OR x:Transfer)
    AND ($asOf IS NULL OR NOT x:Claim OR coalesce(toString(x.statedOn) <= $asOf, NOT EXISTS { (x)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
    AND ($asOf IS NULL OR NOT x:Transfer OR NOT EXISTS { (x)<-[:ABOUT]-(:Claim) }
      OR EXISTS { (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) }))
WITH p WHERE length(p) <= $maxLength
WITH p ORDER BY [x IN nodes(p) | x.id] LIMIT $limit
WITH p, nodes(p) AS ns, [r IN relationships(p) | [startNode(r).id, type(r), endNode(r).id]] AS steps
CALL (ns, steps) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE [a.id, type(r), b.id] IN steps
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes, edges;

// name: graph
// The first $limit nodes of the model by id, and the relationships among them: the page's opening view. Every
// node of the model has the label Kgx, with a uniqueness constraint on `id` (decision 0056): the nodes are read
// from its index in id order and the reading stops after $limit + 1 that pass the filters, so the opening view
// never reads every node (the change log's :Change nodes are not Kgx).
MATCH (n:Kgx)
WHERE n.id IS NOT NULL AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH n ORDER BY n.id LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS ns, size(found) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes,
       edges, truncated;

// name: graph-of-ids
// The nodes with these ids (those that exist) and the relationships among them: a deep link's view in one query.
UNWIND $ids AS wanted
MATCH (n:Kgx {id: wanted})
WITH DISTINCT n ORDER BY n.id
WHERE ($asOf IS NULL OR NOT n:Claim OR coalesce(toString(n.statedOn) <= $asOf, NOT EXISTS { (n)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }))
  AND ($asOf IS NULL OR NOT n:Transfer OR NOT EXISTS { (n)<-[:ABOUT]-(:Claim) }
    OR EXISTS { (n)<-[:ABOUT]-(c:Claim) WHERE coalesce(toString(c.statedOn) <= $asOf, NOT EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE toString(s.publishedOn) > $asOf }) })
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns
  RETURN collect({type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS edges
}
RETURN [n IN ns | {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }}] AS nodes,
       edges, false AS truncated;

// name: subgraph
// The query behind every `Subgraph.cypher`: the nodes with these ids and the relationships among them, limited
// to the given types and, when $steps is a list, to these [source id, type, target id] steps.
UNWIND $ids AS wanted
MATCH (n:Kgx {id: wanted})
WITH collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
    AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    AND ($steps IS NULL OR [a.id, type(r), b.id] IN $steps)
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships;
