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

// name: said
// When these claims and transfers were said, so that the page's time window can follow the rule of $asOf
// (docs/decisions/0025) without loading every claim's source: for a claim, its date (statedOn, else its source's
// publishedOn) and its source's publishedOn; for a transfer, the dates of the claims about it, each once, and
// whether one of them has none, or none is about it (then it stands at every date, as $asOf keeps it).
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (c:Claim {id: wanted})
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
  WITH c, s ORDER BY toString(s.publishedOn) LIMIT 1
  WITH c, s, coalesce(toString(c.statedOn), toString(s.publishedOn)) AS said
  RETURN CASE WHEN said IS NULL THEN [] ELSE [said] END AS dates,
    CASE WHEN c.statedOn IS NULL THEN said IS NOT NULL ELSE coalesce(c.statedOnInferred, false) END AS inferred,
    said IS NULL AS undated, toString(s.publishedOn) AS publishedOn,
    coalesce(s.publishedOnInferred, false) AS publishedOnInferred
  UNION
  MATCH (t:Transfer {id: wanted})
  OPTIONAL MATCH (t)<-[:ABOUT]-(c:Claim)
  // A claim's source is read only when the claim has no date of its own.
  CALL (c) {
    OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
    WHERE c.statedOn IS NULL
    RETURN min(toString(s.publishedOn)) AS published
  }
  WITH c, coalesce(toString(c.statedOn), published) AS said
  RETURN collect(DISTINCT said) AS dates, false AS inferred, count(c) = 0 OR count(c) > count(said) AS undated,
    null AS publishedOn, false AS publishedOnInferred
}
RETURN wanted AS id, dates, inferred, undated, publishedOn, publishedOnInferred;
