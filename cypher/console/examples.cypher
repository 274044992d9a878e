// Example questions the Cypher console offers for the article graph (data/article.yaml). Each returns nodes,
// relationships or paths, so that "Add to canvas" draws its answer; paste any into Neo4j Browser as well.

// Who denies the transfers, in which words, about which transfer?
// name: who-denies
MATCH denial = (denier:Entity)<-[:CLAIMED_BY]-(claim:Claim {stance: 'denies'})-[:ABOUT]->(transfer:Transfer)
RETURN denier.name AS denier, claim.quote AS quote, transfer.name AS transfer, denial
ORDER BY denier, transfer;

// Which figures about the same thing disagree, and who gives each?
// name: figures-that-disagree
MATCH higherClaim = (highBy:Entity)<-[:CLAIMED_BY]-(high:Claim)-[:ABOUT]->(subject)
MATCH lowerClaim = (lowBy:Entity)<-[:CLAIMED_BY]-(low:Claim)-[:ABOUT]->(subject)
WHERE high.unit = low.unit AND high.quantity > low.quantity
RETURN subject.name AS about, high.unit AS unit, highBy.name AS higherBy, high.quantity AS higher,
       lowBy.name AS lowerBy, low.quantity AS lower, higherClaim, lowerClaim
ORDER BY about, unit, higher DESC;

// The shipping route: the ports the shipments run between, and the states they lie in.
// name: shipping-route
MATCH route = (stateA:State)<-[:LOCATED_IN]-(a:Place {placeType: 'port'})<-[:VIA]-(shipments:Transfer)
              -[:VIA]->(b:Place {placeType: 'port'})-[:LOCATED_IN]->(stateB:State)
WHERE a.id < b.id
RETURN a.name AS port, b.name AS otherPort, shipments.name AS shipments, route
ORDER BY port, otherPort;
