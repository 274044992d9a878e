// The timeline (GraphQL `timeline`): every dated node with its date as stored, as precise as the source.
// The server reads the partial dates as intervals, keeps those in the window and sorts them
// (server/src/timeline/timeline.ts); here only the lanes asked for are read, at most $cap rows.
// A claim without `statedOn` is dated by its source's `publishedOn`, and that date counts as inferred.

// name: timeline
CALL () {
  MATCH (n:Event) WHERE n.date IS NOT NULL AND 'event' IN $lanes
  RETURN n, 'event' AS lane, toString(n.date) AS date, null AS endDate, coalesce(n.dateInferred, false) AS inferred
  UNION
  MATCH (n:Transfer) WHERE (n.startDate IS NOT NULL OR n.endDate IS NOT NULL) AND 'transfer' IN $lanes
  RETURN n, 'transfer' AS lane, toString(coalesce(n.startDate, n.endDate)) AS date,
    CASE WHEN n.startDate IS NULL THEN null ELSE toString(n.endDate) END AS endDate,
    coalesce(n.startDateInferred, n.endDateInferred, false) AS inferred
  UNION
  MATCH (n:Claim) WHERE 'claim' IN $lanes
  OPTIONAL MATCH (n)-[:REPORTED_IN]->(s:Source)
  WITH n, min(toString(s.publishedOn)) AS published
  WHERE n.statedOn IS NOT NULL OR published IS NOT NULL
  RETURN n, 'claim' AS lane, coalesce(toString(n.statedOn), published) AS date, null AS endDate,
    CASE WHEN n.statedOn IS NULL THEN true ELSE coalesce(n.statedOnInferred, false) END AS inferred
  UNION
  MATCH (n:Source) WHERE n.publishedOn IS NOT NULL AND 'source' IN $lanes
  RETURN n, 'source' AS lane, toString(n.publishedOn) AS date, null AS endDate,
    coalesce(n.publishedOnInferred, false) AS inferred
}
WITH n, lane, date, endDate, inferred ORDER BY date, n.id LIMIT $cap
RETURN {labels: labels(n), properties: properties(n), degree: COUNT { (n)--() }} AS node,
  lane, date, endDate, inferred;
