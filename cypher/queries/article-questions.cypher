// Questions a researcher asks of the article graph (data/article.yaml), answered from the graph model alone.
// Paste a block into Neo4j Browser or cypher-shell; server/test/article-questions.int.test.ts checks the answers.

// Who gave the 6,700-container figure, and in which source (and which source cites that one)?
// name: who-gave-the-container-figure
MATCH (figure:Claim {unit: 'containers'})-[:CLAIMED_BY]->(claimant:Entity)
MATCH (figure)-[:REPORTED_IN]->(source:Source)
OPTIONAL MATCH (citing:Source)-[:CITES]->(source)
RETURN figure.quantity AS quantity, figure.unit AS unit, claimant.name AS claimant, claimant.title AS title,
       source.publisher AS source, source.publishedOn AS reportedOn, collect(citing.publisher) AS citedBy,
       figure.quote AS quote;

// Between which ports do the ships run, how far apart are they, and how many ships are seen?
// name: ports-and-distance
MATCH (shipments:Transfer)-[:VIA]->(a:Place {placeType: 'port'})-[:LOCATED_IN]->(stateA:State)
MATCH (shipments)-[:VIA]->(b:Place {placeType: 'port'})-[:LOCATED_IN]->(stateB:State)
WHERE a.id < b.id
OPTIONAL MATCH (distance:Claim {unit: 'km'})-[:ABOUT]->(a)
WHERE (distance)-[:ABOUT]->(b)
OPTIONAL MATCH (ships:Claim {unit: 'cargo vessels'})-[:ABOUT]->(a)
WHERE (ships)-[:ABOUT]->(b)
RETURN a.name AS port, stateA.name AS portIn, b.name AS otherPort, stateB.name AS otherPortIn,
       distance.quantity AS km, distance.quote AS distanceQuote, ships.quantity AS cargoVessels,
       [(ships)-[:REPORTED_IN]->(s) | s.title][0] AS seenIn;

// What does Russia send North Korea in return for the munitions, and on what footing?
// name: what-russia-sends-back
MATCH (back:Transfer)-[:IN_RETURN_FOR]->(:Transfer)-[:FROM]->(:State {name: 'North Korea'})
MATCH (back)-[:FROM]->(:State {name: 'Russia'})
MATCH (back)-[:CARRIES]->(item:Item)
WITH back, item ORDER BY item.name
RETURN back.name AS transfer, back.status AS status, back.condition AS condition, collect(item.name) AS items
ORDER BY status DESC;

// Which claims about the number of shells in the same transfer disagree, and by how much?
// name: shell-figures-that-disagree
MATCH (transfer:Transfer)<-[:ABOUT]-(high:Claim {unit: 'shells'})
MATCH (transfer)<-[:ABOUT]-(low:Claim {unit: 'shells'})
WHERE high.quantity > low.quantity
MATCH (high)-[:CLAIMED_BY]->(highBy:Entity), (low)-[:CLAIMED_BY]->(lowBy:Entity)
RETURN transfer.name AS transfer,
       highBy.name AS higherClaimant, high.quantity AS higher, high.quote AS higherQuote,
       lowBy.name AS lowerClaimant, low.quantity AS lower, low.quote AS lowerQuote,
       high.quantity - low.quantity AS difference, toFloat(high.quantity) / low.quantity AS ratio;

// The EU's pledge against what it has sent, by the same claimant.
// name: eu-shells-pledged-and-sent
MATCH (eu:Organization {name: 'European Union'})<-[:FROM]-(t:Transfer)-[pledge:CARRIES]->(:Item)
MATCH (sent:Claim {unit: 'percent'})-[:ABOUT]->(t)
MATCH (sent)-[:CLAIMED_BY]->(who:Entity)
RETURN t.name AS transfer, t.status AS status, pledge.quantity AS pledged, sent.quantity AS percentSent,
       toInteger(round(pledge.quantity * sent.quantity / 100.0)) AS shellsSent, who.name AS claimant;

// Who denies the transfers, in which words, and whose claims do the denials contradict?
// name: who-denies-the-transfers
MATCH (denial:Claim {stance: 'denies'})-[:CLAIMED_BY]->(denier:Entity)
MATCH (denial)-[:ABOUT]->(transfer:Transfer)
OPTIONAL MATCH (denial)-[:CONTRADICTS]->(:Claim)-[:CLAIMED_BY]->(contradicted:Entity)
WITH denier, denial, transfer, contradicted ORDER BY contradicted.name
RETURN denier.name AS denier, denial.quote AS quote, transfer.name AS transfer,
       collect(DISTINCT contradicted.name) AS contradicts
ORDER BY denier;

// What did Putin give Kim, and who says so in which words?
// name: what-putin-gave-kim
MATCH (gift:Transfer)-[:FROM]->(:Person {name: 'Vladimir Putin'})
MATCH (gift)-[:TO]->(:Person {name: 'Kim Jong Un'})
MATCH (gift)-[carries:CARRIES]->(item:Item)
OPTIONAL MATCH (claim:Claim)-[:ABOUT]->(gift)
WITH gift, carries, item, claim ORDER BY claim.id
RETURN item.name AS item, carries.quantity AS quantity, gift.status AS status, collect(claim.quote) AS quotes;
