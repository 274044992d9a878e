import { findViolations } from "@kgx/server/dist/model/integrity-checks.js";
import type { Database } from "@kgx/server/dist/neo4j/database.js";
import type { GeneratedGraph } from "./graph.js";

// The generator does not back every transfer, event and figure with a claim, which kgx's integrity checks
// (cypher/checks/invariants.cypher) require. A mutation runs those checks on the nodes it touches (generated states,
// people and sources, in the soak) and is refused if one breaks a rule, so the soak adds what is missing first
// (before kgx scoped the checks, one violation anywhere refused every write). These statements add
// what is missing, deterministically, without touching what the other benchmarks measure (they run on the raw graph).
const backTransfersAndEvents = `
MATCH (x) WHERE (x:Transfer OR x:Event) AND NOT EXISTS { MATCH (:Claim)-[:ABOUT]->(x) }
WITH x, toInteger(split(x.id, '-')[-1]) % toInteger($claims) AS k
MATCH (c:Claim {id: 'claim:g-' + toString(k)})
CREATE (c)-[:ABOUT]->(x)`;

const backFigures = `
MATCH (e:Entity)
UNWIND keys(e) AS key
WITH e, key
WHERE NOT key IN ['lat', 'lon'] AND (e[key] IS :: INTEGER NOT NULL OR e[key] IS :: FLOAT NOT NULL)
  AND NOT EXISTS { MATCH (:Claim {figure: key})-[:ABOUT]->(e) }
MATCH (p:Person {id: $person}), (s:Source {id: $source})
CREATE (c:Claim:Kgx {id: 'claim:figure-' + e.id + '-' + key, name: 'Figure ' + key + ' of ' + e.name,
  text: e.name + ': ' + key, quote: 'the ' + key + ' of ' + e.name, stance: 'asserts', figure: key,
  quantity: toFloat(e[key])})
CREATE (c)-[:CLAIMED_BY]->(p), (c)-[:REPORTED_IN]->(s), (c)-[:ABOUT]->(e)`;

/** Makes the loaded graph pass kgx's integrity checks; returns the violations left (0 when it worked). */
export async function satisfyIntegrityChecks(db: Database, graph: GeneratedGraph): Promise<number> {
  const claims = graph.nodes.filter((n) => n.id.startsWith("claim:g-")).length;
  const person = graph.nodes.find((n) => n.id.startsWith("person:"))?.id;
  const source = graph.nodes.find((n) => n.id.startsWith("source:"))?.id;
  const config = { ...db.queryConfig("WRITE"), transactionConfig: { timeout: 600_000 } };
  await db.driver.executeQuery(backTransfersAndEvents, { claims }, config);
  await db.driver.executeQuery(backFigures, { person, source }, config);
  return (await db.read((tx) => findViolations(tx), 1_200_000)).length;
}
