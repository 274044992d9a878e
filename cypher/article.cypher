// kgx Cypher export of the whole graph from database 'neo4j'.
// 80 node(s), 214 relationship(s); constraints and indexes first, then nodes by id, then relationships.
// Mode create: load it into an EMPTY database (it creates every node and relationship). Its first statement fails, and nothing is written, if the database holds any node: use the mode=merge export there.
// Load it with cypher-shell: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher
// or paste it into Neo4j Browser, or send each statement (they end with a ';' line) through a driver.
// A node row is its property map; a relationship row is [source id, target id] and then its properties, if any.

// Refuses a database that holds nodes already (see the header), and marks this load as under way.
CALL () { MATCH (n) WHERE NOT n:Change RETURN count(n) AS existing }
WITH existing WHERE CASE existing WHEN 0 THEN true ELSE date("kgx refuses to load: this database already holds " + existing + " node(s), and a create script loads into an EMPTY database only. Export with mode=merge (GET /export/cypher?mode=merge) to load into this one.") IS NULL END
CREATE (:KgxLoading)
;
CREATE CONSTRAINT `claim_id` IF NOT EXISTS FOR (n:`Claim`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `event_id` IF NOT EXISTS FOR (n:`Event`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `item_id` IF NOT EXISTS FOR (n:`Item`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `kgx_id` IF NOT EXISTS FOR (n:`Kgx`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `organization_id` IF NOT EXISTS FOR (n:`Organization`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `person_id` IF NOT EXISTS FOR (n:`Person`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `place_id` IF NOT EXISTS FOR (n:`Place`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `source_id` IF NOT EXISTS FOR (n:`Source`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `state_id` IF NOT EXISTS FOR (n:`State`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `transfer_id` IF NOT EXISTS FOR (n:`Transfer`) REQUIRE n.`id` IS UNIQUE
;
CREATE INDEX `claim_stance` IF NOT EXISTS FOR (n:`Claim`) ON (n.`stance`)
;
CREATE INDEX `claim_stated_on` IF NOT EXISTS FOR (n:`Claim`) ON (n.`statedOn`)
;
CREATE INDEX `claim_unit` IF NOT EXISTS FOR (n:`Claim`) ON (n.`unit`)
;
CREATE INDEX `entity_name` IF NOT EXISTS FOR (n:`Entity`) ON (n.`name`)
;
CREATE INDEX `event_date` IF NOT EXISTS FOR (n:`Event`) ON (n.`date`)
;
CREATE FULLTEXT INDEX `kgx_search` IF NOT EXISTS FOR (n:`Entity`|`Person`|`State`|`Organization`|`Place`|`Item`|`Event`|`Transfer`|`Claim`|`Source`) ON EACH [n.`name`, n.`aliases`, n.`description`, n.`text`, n.`quote`] OPTIONS {indexConfig: {`fulltext.analyzer`: "standard-folding", `fulltext.eventually_consistent`: false}}
;
CREATE INDEX `source_kind` IF NOT EXISTS FOR (n:`Source`) ON (n.`kind`)
;
CREATE INDEX `transfer_status` IF NOT EXISTS FOR (n:`Transfer`) ON (n.`status`)
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{figure: "yearlyEconomyUsd", id: "claim:bank-of-korea-economy-25-billion", name: "South Korea's central bank: North Korea's yearly economy is about $25 billion", quantity: 25000000000, quote: "North Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank", quoteEnd: 2921, quoteIn: "source:time-nk-russia-arms", quoteStart: 2816, stance: "estimates", text: "North Korea's yearly economy is about $25 billion.", unit: "USD"},
{id: "claim:dunay-180-km-from-najin", name: "Dunay is about 180 km (110 miles) from Najin", quantity: 180, quote: "the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away", quoteEnd: 1940, quoteIn: "source:time-nk-russia-arms", quoteStart: 1845, stance: "asserts", text: "Dunay, a former Soviet submarine port, is about 180 kilometers (110 miles) from Najin.", unit: "km"},
{id: "claim:north-korea-denies-arms-transfers", name: "North Korea denies any arms transfers", quote: "North Korea and Russia deny any arms transfers", quoteEnd: 1702, quoteIn: "source:time-nk-russia-arms", quoteStart: 1656, stance: "denies", text: "North Korea denies any arms transfers to Russia."},
{id: "claim:russia-denies-arms-transfers", name: "Russia denies any arms transfers", quote: "North Korea and Russia deny any arms transfers", quoteEnd: 1702, quoteIn: "source:time-nk-russia-arms", quoteStart: 1656, stance: "denies", text: "Russia denies any arms transfers from North Korea."},
{id: "claim:satellite-four-cargo-vessels", name: "Satellite imagery: about four cargo vessels shuttle between Najin and Dunay", quantity: 4, quote: "imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay", quoteEnd: 1870, quoteIn: "source:time-nk-russia-arms", quoteStart: 1704, stance: "asserts", text: "Commercial satellite imagery shows about four cargo vessels shuttling between Najin and Dunay.", unit: "cargo vessels"},
{id: "claim:shin-3-million-shells", name: "Shin: the containers could hold about 3 million 152 mm shells", quantity: 3000000, quote: "The containers could hold about 3 million rounds of 152 mm shells, Shin said.", quoteEnd: 677, quoteIn: "source:time-nk-russia-arms", quoteStart: 600, stance: "estimates", text: "The containers could hold about 3 million rounds of 152 mm shells (a capacity, not a count).", unit: "shells"},
{id: "claim:shin-6700-containers", name: "Shin: about 6,700 containers sent to Russia", quantity: 6700, quote: "North Korea is estimated to have sent about 6,700 containers to Russia", quoteEnd: 476, quoteIn: "source:time-nk-russia-arms", quoteStart: 406, stance: "estimates", text: "North Korea is estimated to have sent about 6,700 containers to Russia.", unit: "containers"},
{id: "claim:shin-containers-could-hold-millions", name: "Shin: North Korea shipped containers that could hold millions of shells", quote: "North Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said", quoteEnd: 232, quoteIn: "source:time-nk-russia-arms", quoteStart: 109, stance: "asserts", text: "North Korea has shipped to Russia containers that could hold millions of artillery shells."},
{id: "claim:shin-food-aid-stabilized-prices", name: "Shin: the food aid helped Kim stabilize prices", quote: "The food aid has helped Kim stabilize prices for necessities, he said", quoteEnd: 867, quoteIn: "source:time-nk-russia-arms", quoteStart: 798, stance: "asserts", text: "Russia's food aid has helped Kim stabilize prices for necessities."},
{condition: "if the arms transfers grow", conditional: true, id: "claim:shin-military-technology-if-transfers-grow", name: "Shin: if the arms transfers grow, Russia is set to send more military technology", quote: "if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region", quoteEnd: 1022, quoteIn: "source:time-nk-russia-arms", quoteStart: 876, stance: "forecasts", text: "If the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang's ability to threaten the region."},
{id: "claim:shin-pace-accelerated-since-summit", name: "Shin: shipments accelerated since the September summit", quote: "accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September", quoteEnd: 568, quoteIn: "source:time-nk-russia-arms", quoteStart: 478, stance: "asserts", text: "North Korea has accelerated the pace of shipments since Putin's summit with Kim in September."},
{id: "claim:shin-russia-sends-food-materials-parts", name: "Shin: Russia provides food, raw materials and weapons parts in return", quote: "Russia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said.", quoteEnd: 797, quoteIn: "source:time-nk-russia-arms", quoteStart: 679, stance: "asserts", text: "In return Russia is providing North Korea with food, raw materials and parts used in weapons manufacturing."},
{id: "claim:time-biggest-gains-since-taking-power", name: "TIME: Putin's support is among Kim's biggest gains since he took power", quote: "the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago", quoteEnd: 3255, quoteIn: "source:time-nk-russia-arms", quoteStart: 3116, stance: "estimates", text: "The support Kim receives from Putin likely represents some of his biggest gains since he took power about a dozen years ago."},
{id: "claim:time-headline-exchange-accelerates", name: "TIME: North Korea and Russia accelerate their exchange of weapons and resources", quote: "North Korea and Russia Accelerate Exchange of Weapons and Resources", quoteEnd: 92, quoteIn: "source:time-nk-russia-arms", quoteStart: 25, stance: "asserts", text: "North Korea and Russia are accelerating their exchange of weapons and resources."},
{id: "claim:time-interoperable-munitions", name: "TIME: Pyongyang holds some of the world's largest stocks of interoperable munitions", quote: "Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine", quoteEnd: 2367, quoteIn: "source:time-nk-russia-arms", quoteStart: 2212, stance: "asserts", text: "North Korea holds some of the world's largest stocks of munitions interoperable with the weapons Russia uses in Ukraine."},
{id: "claim:time-invasion-third-year", name: "TIME: the invasion is in its third year as North Korea-Russia trade picks up", quote: "As North Korea-Russia trade picks up with the invasion now in its third year", quoteEnd: 1101, quoteIn: "source:time-nk-russia-arms", quoteStart: 1025, stance: "asserts", text: "North Korea-Russia trade is picking up with the invasion now in its third year."},
{id: "claim:time-kim-shuns-us-engagement", name: "TIME: Kim will be able to shun the U.S. for years and build spy satellites and nuclear arms", quote: "This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program", quoteEnd: 2755, quoteIn: "source:time-nk-russia-arms", quoteStart: 2577, stance: "forecasts", text: "The trade will let Kim shun engagement with the U.S. for years while enhancing his spy-satellite and nuclear programmes."},
{id: "claim:time-new-partnership-since-invasion", name: "TIME: Cold War partners Russia and North Korea forged a new partnership", quote: "Cold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion", quoteEnd: 2199, quoteIn: "source:time-nk-russia-arms", quoteStart: 2089, stance: "asserts", text: "Russia and North Korea, Cold War partners, have forged a new partnership since the full-scale invasion."},
{id: "claim:time-north-korea-desperate-needs", name: "TIME: North Korea desperately needs food, oil, building materials and hard cash", quote: "the country is in desperate need of food, oil, building materials and hard cash for international commerce", quoteEnd: 3033, quoteIn: "source:time-nk-russia-arms", quoteStart: 2927, stance: "asserts", text: "North Korea is in desperate need of food, oil, building materials and hard cash for international commerce."},
{id: "claim:time-putin-gave-kim-automobile", name: "TIME: Putin gave Kim a new Russian-made automobile", quote: "Putin has shown his appreciation, giving the North Korean leader a new Russian-made automobile", quoteEnd: 3352, quoteIn: "source:time-nk-russia-arms", quoteStart: 3258, stance: "asserts", text: "Putin showed his appreciation by giving Kim a new Russian-made automobile."},
{id: "claim:time-shipments-sustain-putins-assault", name: "TIME: the shipments let Putin keep up his assault as Kyiv's ammunition dwindles", quote: "allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle", quoteEnd: 341, quoteIn: "source:time-nk-russia-arms", quoteStart: 234, stance: "asserts", text: "The shipments allow Putin to maintain his assault on Ukraine while Kyiv's ammunition stocks dwindle."},
{id: "claim:time-transfer-jolts-economy", name: "TIME: the arms transfers jolt North Korea's isolated economy", quote: "Pyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions", quoteEnd: 2575, quoteIn: "source:time-nk-russia-arms", quoteStart: 2370, stance: "asserts", text: "North Korea's transfer of ballistic missiles, artillery shells and other military equipment is a jolt to its sanctioned economy."},
{id: "claim:time-us-aid-under-threat", name: "TIME: the flow of U.S. military aid to Kyiv is increasingly under threat", quote: "the flow of U.S. military aid to Kyiv has been increasingly under threat", quoteEnd: 1175, quoteIn: "source:time-nk-russia-arms", quoteStart: 1103, stance: "asserts", text: "The flow of U.S. military aid to Ukraine has been increasingly under threat."},
{id: "claim:time-vehicle-was-aurus-limousine", name: "TIME: the vehicle was an Aurus limousine like the one Putin showed Kim in September", quote: "The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation", quoteEnd: 3514, quoteIn: "source:time-nk-russia-arms", quoteStart: 3354, stance: "asserts", text: "The gift was an Aurus limousine, similar to the one Putin showed Kim at their September meeting in Russia."},
{id: "claim:time-weapons-worth-several-billion", name: "TIME: the weapons Kim provides are likely worth several billion dollars", quote: "The weapons Kim is providing Russia are likely worth several billion dollars", quoteEnd: 3111, quoteIn: "source:time-nk-russia-arms", quoteStart: 3035, stance: "estimates", text: "The weapons Kim is providing Russia are likely worth several billion dollars (no exact figure given).", unit: "USD"},
{id: "claim:white-house-rail-tracking", name: "White House: shipments tracked by rail to depots near Ukraine", quote: "The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.", quoteEnd: 2087, quoteIn: "source:time-nk-russia-arms", quoteStart: 1942, stance: "asserts", text: "The White House has tracked some of the shipments by rail across Russia to depots in Russia near Ukraine."},
{id: "claim:zelensky-1-5-million-shells", name: "Zelensky: North Korea has transferred 1.5 million artillery shells", quantity: 1500000, quote: "his country believes North Korea has transferred 1.5 million artillery shells to Russia", quoteEnd: 1550, quoteIn: "source:time-nk-russia-arms", quoteStart: 1463, stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "Ukraine believes North Korea has transferred 1.5 million artillery shells to Russia.", unit: "shells"},
{id: "claim:zelensky-eu-pledged-1-million-shells", name: "Zelensky: the EU pledged 1 million artillery shells by March", quantity: 1000000, quote: "the total 1 million artillery shells it pledged to give Kyiv by March", quoteEnd: 1308, quoteIn: "source:time-nk-russia-arms", quoteStart: 1239, stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "The European Union pledged to give Kyiv a total of 1 million artillery shells by March.", unit: "shells"},
{id: "claim:zelensky-eu-sent-30-percent", name: "Zelensky: the EU has sent only about 30% of the pledged shells", quantity: 30, quote: "the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week", quoteEnd: 1363, quoteIn: "source:time-nk-russia-arms", quoteStart: 1193, stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "The European Union has sent only about 30% of the 1 million artillery shells it pledged.", unit: "percent"},
{id: "claim:zelensky-pyongyang-poised-to-continue", name: "Zelensky: Pyongyang is poised to continue providing weapons", quote: "adding that Pyongyang is poised to continue providing weapons", quoteEnd: 1647, quoteIn: "source:time-nk-russia-arms", quoteStart: 1586, stance: "forecasts", statedOn: "2024-02", statedOnInferred: true, text: "North Korea is poised to keep providing weapons to Russia."},
{id: "claim:zelensky-unknown-number-of-missiles", name: "Zelensky: North Korea has transferred an unknown number of missiles", quote: "an unknown number of missiles", quoteEnd: 1584, quoteIn: "source:time-nk-russia-arms", quoteStart: 1555, stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "North Korea has also transferred an unknown number of missiles to Russia."}
] AS row
CREATE (n:`Claim`:`Kgx`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{aliases: ["the invasion", "Putin's assault on Ukraine"], date: "2022", dateInferred: true, dateNote: "The article says the invasion is \"now in its third year\" in early 2024, so it began in 2022.", id: "event:full-scale-invasion", name: "Russia's full-scale invasion of Ukraine"},
{date: "2012", dateInferred: true, dateNote: "The article says \"about a dozen years ago\"; approximate.", id: "event:kim-takes-power", name: "Kim Jong Un takes power"},
{date: "2023-09", dateInferred: true, dateNote: "The article says \"in September\"; the year 2023 is inferred (the September before the article).", description: "Putin and Kim met in Russia on a trip that deepened their military cooperation; Putin showed Kim an Aurus limousine.", id: "event:putin-kim-summit-september", name: "Putin–Kim summit in Russia"}
] AS row
CREATE (n:`Entity`:`Event`:`Kgx`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{aliases: ["152 mm shells", "rounds of 152 mm shells"], id: "item:152mm-artillery-shells", name: "152 mm artillery shells"},
{aliases: ["shells", "ammunition", "munitions"], id: "item:artillery-shells", name: "Artillery shells"},
{aliases: ["a new Russian-made automobile", "the vehicle"], id: "item:aurus-limousine", name: "Aurus limousine"},
{aliases: ["missiles"], id: "item:ballistic-missiles", name: "Ballistic missiles"},
{id: "item:building-materials", name: "Building materials"},
{description: "The ships seen shuttling between Najin and Dunay.", id: "item:cargo-vessels", name: "Cargo vessels"},
{description: "Shipping containers that could hold munitions.", id: "item:containers", name: "Containers"},
{aliases: ["food aid"], id: "item:food", name: "Food"},
{description: "Foreign currency for international commerce.", id: "item:hard-cash", name: "Hard cash"},
{id: "item:military-technology", name: "Military technology"},
{id: "item:nuclear-arms-program", name: "North Korea's nuclear arms program"},
{id: "item:oil", name: "Oil"},
{aliases: ["weapons"], id: "item:other-military-equipment", name: "Other military equipment"},
{id: "item:raw-materials", name: "Raw materials"},
{id: "item:spy-satellites", name: "Spy satellites"},
{id: "item:us-military-aid", name: "U.S. military aid"},
{aliases: ["weapons parts"], id: "item:weapons-parts", name: "Parts used in weapons manufacturing"}
] AS row
CREATE (n:`Entity`:`Item`:`Kgx`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{aliases: ["Bank of Korea"], id: "organization:bank-of-korea", name: "South Korea's central bank"},
{aliases: ["EU"], id: "organization:european-union", name: "European Union"},
{description: "The magazine that published the article.", id: "organization:time", name: "TIME"},
{aliases: ["The White House"], id: "organization:white-house", name: "White House"},
{aliases: ["Yonhap"], description: "South Korean news agency.", id: "organization:yonhap", name: "Yonhap News"}
] AS row
CREATE (n:`Entity`:`Kgx`:`Organization`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{aliases: ["Kim", "the North Korean leader"], id: "person:kim-jong-un", name: "Kim Jong Un", title: "Leader of North Korea"},
{aliases: ["Shin", "a top South Korean official"], id: "person:shin-wonsik", name: "Shin Wonsik", title: "South Korean Defense Minister"},
{aliases: ["Putin", "President Vladimir Putin"], id: "person:vladimir-putin", name: "Vladimir Putin", title: "President of Russia"},
{aliases: ["Zelensky", "the Ukrainian leader", "Ukrainian President Volodymyr Zelensky"], id: "person:volodymyr-zelensky", name: "Volodymyr Zelensky", title: "President of Ukraine"}
] AS row
CREATE (n:`Entity`:`Kgx`:`Person`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{description: "Where the White House says the shipments were stored.", id: "place:depots-near-ukraine", name: "Depots in Russia near Ukraine", placeType: "depot"},
{aliases: ["Dunay"], coordinatesNote: "Not in the article; approximate position of the port.", description: "Russian port, a former Soviet submarine port about 180 kilometers (110 miles) from Najin.", id: "place:dunay-port", lat: 42.88, lon: 132.35, name: "Dunay port", placeType: "port"},
{aliases: ["Najin", "Rajin"], coordinatesNote: "Not in the article; approximate position of the port.", description: "North Korea's port near the Russian border.", id: "place:najin-port", lat: 42.245, lon: 130.302, name: "Najin port", placeType: "port"},
{description: "The railways the White House says the shipments travelled on.", id: "place:russian-rail-network", name: "Rail across Russia", placeType: "rail"}
] AS row
CREATE (n:`Entity`:`Kgx`:`Place`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{description: "The estimate of North Korea's yearly economy that the article cites.", id: "source:bank-of-korea-estimates", kind: "economic estimate", name: "South Korea's central bank: estimates of North Korea's economy", publisher: "South Korea's central bank", title: "Estimates of North Korea's yearly economy"},
{description: "Imagery the article cites for about four cargo vessels shuttling between Najin and Dunay.", id: "source:commercial-satellite-imagery", kind: "satellite imagery", name: "Commercial satellite imagery of Najin and Dunay", title: "Imagery from commercial satellites"},
{dateNote: "Not printed in the article. The invasion is \"now in its third year\" (so after February 24, 2024) and the EU's deadline \"by March\" still lies ahead, so late February 2024.", description: "A three-minute TIME world-news article on North Korea shipping munitions to Russia and what Russia gives back.", id: "source:time-nk-russia-arms", kind: "article", name: "TIME: North Korea and Russia Accelerate Exchange of Weapons and Resources", publishedOn: "2024-02", publishedOnInferred: true, publisher: "TIME", text: "• World\n  • North Korea\n\nNorth Korea and Russia Accelerate Exchange of Weapons and Resources\n\n3 minute read\n\nNorth Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said, allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle.\n\nSouth Korean Defense Minister Shin Wonsik told reporters that North Korea is estimated to have sent about 6,700 containers to Russia, accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September, Yonhap News reported Tuesday. The containers could hold about 3 million rounds of 152 mm shells, Shin said.\n\nRussia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said. The food aid has helped Kim stabilize prices for necessities, he said, adding if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region.\n\nAs North Korea-Russia trade picks up with the invasion now in its third year, the flow of U.S. military aid to Kyiv has been increasingly under threat. On top of this, the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week.\n\nRead More: ‘This Is the Way Out’: Inside Ukraine’s Plan to Arm Itself\n\nThe Ukrainian leader said his country believes North Korea has transferred 1.5 million artillery shells to Russia and an unknown number of missiles, adding that Pyongyang is poised to continue providing weapons.\n\nWhile North Korea and Russia deny any arms transfers, imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away. The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.\n\nCold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion, built upon Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine.\n\nPyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions. This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program.\n\nRead More: The World Must Keep a Wary Eye on North Korea\n\nNorth Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank, and the country is in desperate need of food, oil, building materials and hard cash for international commerce. The weapons Kim is providing Russia are likely worth several billion dollars and the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago.\n\nPutin has shown his appreciation, giving the North Korean leader a new Russian-made automobile. The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation.\n\nMore Must-Reads from TIME\n\nContact us at letters@time.com", textFile: "sources/time-nk-russia-arms.txt", title: "North Korea and Russia Accelerate Exchange of Weapons and Resources"},
{description: "The White House's statement that it tracked shipments by rail to depots near Ukraine.", id: "source:white-house-rail-tracking", kind: "government statement", name: "White House: tracking of shipments by rail", publisher: "The White House", title: "White House statement on tracking shipments across Russia"},
{dateNote: "The article says Yonhap \"reported Tuesday\"; the only Tuesday in late February 2024, when the article appeared, is February 27.", description: "The South Korean news agency's report that TIME cites for the 6,700-container figure.", id: "source:yonhap-shin-containers", kind: "news report", name: "Yonhap: Shin Wonsik on containers shipped to Russia", publishedOn: date("2024-02-27"), publishedOnInferred: true, publisher: "Yonhap News", title: "Yonhap News report of Defense Minister Shin Wonsik's remarks to reporters"}
] AS row
CREATE (n:`Kgx`:`Source`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{aliases: ["Pyongyang"], description: "In desperate need of food, oil, building materials and hard cash; its economy long isolated by international sanctions.", id: "state:north-korea", name: "North Korea", yearlyEconomyUsd: 25000000000},
{aliases: ["Moscow", "the Kremlin", "Kremlin"], id: "state:russia", name: "Russia"},
{id: "state:south-korea", name: "South Korea"},
{aliases: ["Kyiv"], id: "state:ukraine", name: "Ukraine"},
{aliases: ["U.S."], id: "state:united-states", name: "United States"}
] AS row
CREATE (n:`Entity`:`Kgx`:`State`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
{id: "transfer:aurus-limousine-to-kim", name: "Putin's gift of an Aurus limousine to Kim", status: "reported"},
{dateNote: "The EU pledged the shells \"by March\"; the year 2024 is inferred from the article's date. No start is given.", endDate: "2024-03", endDateInferred: true, id: "transfer:eu-artillery-shells-to-ukraine", name: "The European Union's pledged artillery shells to Ukraine", period: "by March 2024", status: "partial"},
{dateNote: "\"Since the Kremlin's full-scale invasion\", which the article puts in 2022 (\"now in its third year\" in early 2024); it has no end yet.", description: "Containers of artillery shells, missiles and other military equipment shipped by sea from Najin to Dunay and on by rail.", id: "transfer:north-korea-arms-to-russia", name: "North Korean munitions to Russia", period: "since the full-scale invasion; faster since the September 2023 summit", startDate: "2022", startDateInferred: true, status: "alleged"},
{condition: "if the arms transfers grow", conditional: true, id: "transfer:russia-military-technology-to-north-korea", name: "More Russian military technology to North Korea, if the arms transfers grow", status: "forecast"},
{id: "transfer:russia-supplies-to-north-korea", name: "Russian food, raw materials and weapons parts to North Korea", period: "in return for the munitions", status: "reported"},
{id: "transfer:us-military-aid-to-ukraine", name: "U.S. military aid to Ukraine", status: "threatened"}
] AS row
CREATE (n:`Kgx`:`Transfer`) SET n = row
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:shin-3-million-shells", "claim:shin-6700-containers"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Claim` {id: row[1]})
CREATE (a)-[r:`ABOUT`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:bank-of-korea-economy-25-billion", "state:north-korea"],
["claim:dunay-180-km-from-najin", "place:dunay-port"],
["claim:dunay-180-km-from-najin", "place:najin-port"],
["claim:satellite-four-cargo-vessels", "item:cargo-vessels"],
["claim:satellite-four-cargo-vessels", "place:dunay-port"],
["claim:satellite-four-cargo-vessels", "place:najin-port"],
["claim:shin-3-million-shells", "item:152mm-artillery-shells"],
["claim:shin-6700-containers", "item:containers"],
["claim:shin-containers-could-hold-millions", "item:artillery-shells"],
["claim:shin-containers-could-hold-millions", "item:containers"],
["claim:shin-food-aid-stabilized-prices", "item:food"],
["claim:shin-food-aid-stabilized-prices", "person:kim-jong-un"],
["claim:shin-military-technology-if-transfers-grow", "item:military-technology"],
["claim:shin-pace-accelerated-since-summit", "event:putin-kim-summit-september"],
["claim:shin-russia-sends-food-materials-parts", "item:food"],
["claim:shin-russia-sends-food-materials-parts", "item:raw-materials"],
["claim:shin-russia-sends-food-materials-parts", "item:weapons-parts"],
["claim:time-biggest-gains-since-taking-power", "event:kim-takes-power"],
["claim:time-biggest-gains-since-taking-power", "person:kim-jong-un"],
["claim:time-interoperable-munitions", "item:artillery-shells"],
["claim:time-interoperable-munitions", "state:north-korea"],
["claim:time-invasion-third-year", "event:full-scale-invasion"],
["claim:time-kim-shuns-us-engagement", "item:nuclear-arms-program"],
["claim:time-kim-shuns-us-engagement", "item:spy-satellites"],
["claim:time-kim-shuns-us-engagement", "person:kim-jong-un"],
["claim:time-kim-shuns-us-engagement", "state:united-states"],
["claim:time-new-partnership-since-invasion", "event:full-scale-invasion"],
["claim:time-new-partnership-since-invasion", "state:north-korea"],
["claim:time-new-partnership-since-invasion", "state:russia"],
["claim:time-north-korea-desperate-needs", "item:building-materials"],
["claim:time-north-korea-desperate-needs", "item:food"],
["claim:time-north-korea-desperate-needs", "item:hard-cash"],
["claim:time-north-korea-desperate-needs", "item:oil"],
["claim:time-north-korea-desperate-needs", "state:north-korea"],
["claim:time-putin-gave-kim-automobile", "person:kim-jong-un"],
["claim:time-putin-gave-kim-automobile", "person:vladimir-putin"],
["claim:time-shipments-sustain-putins-assault", "event:full-scale-invasion"],
["claim:time-shipments-sustain-putins-assault", "state:ukraine"],
["claim:time-transfer-jolts-economy", "item:artillery-shells"],
["claim:time-transfer-jolts-economy", "item:ballistic-missiles"],
["claim:time-transfer-jolts-economy", "item:other-military-equipment"],
["claim:time-transfer-jolts-economy", "state:north-korea"],
["claim:time-vehicle-was-aurus-limousine", "event:putin-kim-summit-september"],
["claim:time-vehicle-was-aurus-limousine", "item:aurus-limousine"],
["claim:white-house-rail-tracking", "place:depots-near-ukraine"],
["claim:white-house-rail-tracking", "place:russian-rail-network"],
["claim:zelensky-1-5-million-shells", "item:artillery-shells"],
["claim:zelensky-eu-pledged-1-million-shells", "organization:european-union"],
["claim:zelensky-eu-sent-30-percent", "organization:european-union"],
["claim:zelensky-unknown-number-of-missiles", "item:ballistic-missiles"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`ABOUT`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:north-korea-denies-arms-transfers", "transfer:north-korea-arms-to-russia"],
["claim:russia-denies-arms-transfers", "transfer:north-korea-arms-to-russia"],
["claim:satellite-four-cargo-vessels", "transfer:north-korea-arms-to-russia"],
["claim:shin-3-million-shells", "transfer:north-korea-arms-to-russia"],
["claim:shin-6700-containers", "transfer:north-korea-arms-to-russia"],
["claim:shin-containers-could-hold-millions", "transfer:north-korea-arms-to-russia"],
["claim:shin-food-aid-stabilized-prices", "transfer:russia-supplies-to-north-korea"],
["claim:shin-military-technology-if-transfers-grow", "transfer:russia-military-technology-to-north-korea"],
["claim:shin-pace-accelerated-since-summit", "transfer:north-korea-arms-to-russia"],
["claim:shin-russia-sends-food-materials-parts", "transfer:russia-supplies-to-north-korea"],
["claim:time-biggest-gains-since-taking-power", "transfer:russia-supplies-to-north-korea"],
["claim:time-headline-exchange-accelerates", "transfer:north-korea-arms-to-russia"],
["claim:time-headline-exchange-accelerates", "transfer:russia-supplies-to-north-korea"],
["claim:time-invasion-third-year", "transfer:north-korea-arms-to-russia"],
["claim:time-invasion-third-year", "transfer:russia-supplies-to-north-korea"],
["claim:time-kim-shuns-us-engagement", "transfer:north-korea-arms-to-russia"],
["claim:time-putin-gave-kim-automobile", "transfer:aurus-limousine-to-kim"],
["claim:time-shipments-sustain-putins-assault", "transfer:north-korea-arms-to-russia"],
["claim:time-transfer-jolts-economy", "transfer:north-korea-arms-to-russia"],
["claim:time-us-aid-under-threat", "transfer:us-military-aid-to-ukraine"],
["claim:time-vehicle-was-aurus-limousine", "transfer:aurus-limousine-to-kim"],
["claim:time-weapons-worth-several-billion", "transfer:north-korea-arms-to-russia"],
["claim:white-house-rail-tracking", "transfer:north-korea-arms-to-russia"],
["claim:zelensky-1-5-million-shells", "transfer:north-korea-arms-to-russia"],
["claim:zelensky-eu-pledged-1-million-shells", "transfer:eu-artillery-shells-to-ukraine"],
["claim:zelensky-eu-sent-30-percent", "transfer:eu-artillery-shells-to-ukraine"],
["claim:zelensky-pyongyang-poised-to-continue", "transfer:north-korea-arms-to-russia"],
["claim:zelensky-unknown-number-of-missiles", "transfer:north-korea-arms-to-russia"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Kgx` {id: row[1]})
CREATE (a)-[r:`ABOUT`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:aurus-limousine-to-kim", "item:aurus-limousine", {quantity: 1, unit: "vehicle"}],
["transfer:eu-artillery-shells-to-ukraine", "item:artillery-shells", {quantity: 1000000, unit: "shells"}],
["transfer:north-korea-arms-to-russia", "item:152mm-artillery-shells"],
["transfer:north-korea-arms-to-russia", "item:artillery-shells"],
["transfer:north-korea-arms-to-russia", "item:ballistic-missiles"],
["transfer:north-korea-arms-to-russia", "item:containers"],
["transfer:north-korea-arms-to-russia", "item:other-military-equipment"],
["transfer:russia-military-technology-to-north-korea", "item:military-technology"],
["transfer:russia-supplies-to-north-korea", "item:food"],
["transfer:russia-supplies-to-north-korea", "item:raw-materials"],
["transfer:russia-supplies-to-north-korea", "item:weapons-parts"],
["transfer:us-military-aid-to-ukraine", "item:us-military-aid"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`CARRIES`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["source:time-nk-russia-arms", "source:bank-of-korea-estimates"],
["source:time-nk-russia-arms", "source:commercial-satellite-imagery"],
["source:time-nk-russia-arms", "source:white-house-rail-tracking"],
["source:time-nk-russia-arms", "source:yonhap-shin-containers"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Kgx` {id: row[1]})
CREATE (a)-[r:`CITES`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:bank-of-korea-economy-25-billion", "organization:bank-of-korea"],
["claim:dunay-180-km-from-najin", "organization:time"],
["claim:north-korea-denies-arms-transfers", "state:north-korea"],
["claim:russia-denies-arms-transfers", "state:russia"],
["claim:satellite-four-cargo-vessels", "organization:time"],
["claim:shin-3-million-shells", "person:shin-wonsik"],
["claim:shin-6700-containers", "person:shin-wonsik"],
["claim:shin-containers-could-hold-millions", "person:shin-wonsik"],
["claim:shin-food-aid-stabilized-prices", "person:shin-wonsik"],
["claim:shin-military-technology-if-transfers-grow", "person:shin-wonsik"],
["claim:shin-pace-accelerated-since-summit", "person:shin-wonsik"],
["claim:shin-russia-sends-food-materials-parts", "person:shin-wonsik"],
["claim:time-biggest-gains-since-taking-power", "organization:time"],
["claim:time-headline-exchange-accelerates", "organization:time"],
["claim:time-interoperable-munitions", "organization:time"],
["claim:time-invasion-third-year", "organization:time"],
["claim:time-kim-shuns-us-engagement", "organization:time"],
["claim:time-new-partnership-since-invasion", "organization:time"],
["claim:time-north-korea-desperate-needs", "organization:time"],
["claim:time-putin-gave-kim-automobile", "organization:time"],
["claim:time-shipments-sustain-putins-assault", "organization:time"],
["claim:time-transfer-jolts-economy", "organization:time"],
["claim:time-us-aid-under-threat", "organization:time"],
["claim:time-vehicle-was-aurus-limousine", "organization:time"],
["claim:time-weapons-worth-several-billion", "organization:time"],
["claim:white-house-rail-tracking", "organization:white-house"],
["claim:zelensky-1-5-million-shells", "person:volodymyr-zelensky"],
["claim:zelensky-eu-pledged-1-million-shells", "person:volodymyr-zelensky"],
["claim:zelensky-eu-sent-30-percent", "person:volodymyr-zelensky"],
["claim:zelensky-pyongyang-poised-to-continue", "person:volodymyr-zelensky"],
["claim:zelensky-unknown-number-of-missiles", "person:volodymyr-zelensky"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`CLAIMED_BY`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:north-korea-denies-arms-transfers", "claim:satellite-four-cargo-vessels"],
["claim:north-korea-denies-arms-transfers", "claim:shin-3-million-shells"],
["claim:north-korea-denies-arms-transfers", "claim:shin-6700-containers"],
["claim:north-korea-denies-arms-transfers", "claim:shin-containers-could-hold-millions"],
["claim:north-korea-denies-arms-transfers", "claim:time-transfer-jolts-economy"],
["claim:north-korea-denies-arms-transfers", "claim:white-house-rail-tracking"],
["claim:north-korea-denies-arms-transfers", "claim:zelensky-1-5-million-shells"],
["claim:north-korea-denies-arms-transfers", "claim:zelensky-unknown-number-of-missiles"],
["claim:russia-denies-arms-transfers", "claim:satellite-four-cargo-vessels"],
["claim:russia-denies-arms-transfers", "claim:shin-3-million-shells"],
["claim:russia-denies-arms-transfers", "claim:shin-6700-containers"],
["claim:russia-denies-arms-transfers", "claim:shin-containers-could-hold-millions"],
["claim:russia-denies-arms-transfers", "claim:time-transfer-jolts-economy"],
["claim:russia-denies-arms-transfers", "claim:white-house-rail-tracking"],
["claim:russia-denies-arms-transfers", "claim:zelensky-1-5-million-shells"],
["claim:russia-denies-arms-transfers", "claim:zelensky-unknown-number-of-missiles"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Claim` {id: row[1]})
CREATE (a)-[r:`CONTRADICTS`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:aurus-limousine-to-kim", "person:vladimir-putin"],
["transfer:eu-artillery-shells-to-ukraine", "organization:european-union"],
["transfer:north-korea-arms-to-russia", "state:north-korea"],
["transfer:russia-military-technology-to-north-korea", "state:russia"],
["transfer:russia-supplies-to-north-korea", "state:russia"],
["transfer:us-military-aid-to-ukraine", "state:united-states"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`FROM`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["event:putin-kim-summit-september", "state:russia"]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`HELD_IN`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["event:full-scale-invasion", "state:russia"],
["event:full-scale-invasion", "state:ukraine"],
["event:kim-takes-power", "person:kim-jong-un"],
["event:kim-takes-power", "state:north-korea"],
["event:putin-kim-summit-september", "person:kim-jong-un"],
["event:putin-kim-summit-september", "person:vladimir-putin"],
["event:putin-kim-summit-september", "state:north-korea"],
["event:putin-kim-summit-september", "state:russia"]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`INVOLVES`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:russia-military-technology-to-north-korea", "transfer:north-korea-arms-to-russia"],
["transfer:russia-supplies-to-north-korea", "transfer:north-korea-arms-to-russia"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Kgx` {id: row[1]})
CREATE (a)-[r:`IN_RETURN_FOR`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["person:kim-jong-un", "state:north-korea", {title: "Leader"}],
["person:vladimir-putin", "state:russia", {title: "President"}],
["person:volodymyr-zelensky", "state:ukraine", {title: "President"}]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`LEADS`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["place:depots-near-ukraine", "state:russia"],
["place:dunay-port", "state:russia"],
["place:najin-port", "state:north-korea"],
["place:russian-rail-network", "state:russia"]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`LOCATED_IN`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["person:shin-wonsik", "state:south-korea", {title: "Defense Minister"}]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`OFFICIAL_OF`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["organization:bank-of-korea", "state:south-korea"],
["organization:white-house", "state:united-states"]
] AS row
MATCH (a:`Entity` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`PART_OF`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["source:bank-of-korea-estimates", "organization:bank-of-korea"],
["source:time-nk-russia-arms", "organization:time"],
["source:white-house-rail-tracking", "organization:white-house"],
["source:yonhap-shin-containers", "organization:yonhap"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`PUBLISHED_BY`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["claim:bank-of-korea-economy-25-billion", "source:bank-of-korea-estimates"],
["claim:dunay-180-km-from-najin", "source:time-nk-russia-arms"],
["claim:north-korea-denies-arms-transfers", "source:time-nk-russia-arms"],
["claim:russia-denies-arms-transfers", "source:time-nk-russia-arms"],
["claim:satellite-four-cargo-vessels", "source:commercial-satellite-imagery"],
["claim:shin-3-million-shells", "source:yonhap-shin-containers"],
["claim:shin-6700-containers", "source:yonhap-shin-containers"],
["claim:shin-containers-could-hold-millions", "source:time-nk-russia-arms"],
["claim:shin-food-aid-stabilized-prices", "source:time-nk-russia-arms"],
["claim:shin-military-technology-if-transfers-grow", "source:time-nk-russia-arms"],
["claim:shin-pace-accelerated-since-summit", "source:yonhap-shin-containers"],
["claim:shin-russia-sends-food-materials-parts", "source:time-nk-russia-arms"],
["claim:time-biggest-gains-since-taking-power", "source:time-nk-russia-arms"],
["claim:time-headline-exchange-accelerates", "source:time-nk-russia-arms"],
["claim:time-interoperable-munitions", "source:time-nk-russia-arms"],
["claim:time-invasion-third-year", "source:time-nk-russia-arms"],
["claim:time-kim-shuns-us-engagement", "source:time-nk-russia-arms"],
["claim:time-new-partnership-since-invasion", "source:time-nk-russia-arms"],
["claim:time-north-korea-desperate-needs", "source:time-nk-russia-arms"],
["claim:time-putin-gave-kim-automobile", "source:time-nk-russia-arms"],
["claim:time-shipments-sustain-putins-assault", "source:time-nk-russia-arms"],
["claim:time-transfer-jolts-economy", "source:time-nk-russia-arms"],
["claim:time-us-aid-under-threat", "source:time-nk-russia-arms"],
["claim:time-vehicle-was-aurus-limousine", "source:time-nk-russia-arms"],
["claim:time-weapons-worth-several-billion", "source:time-nk-russia-arms"],
["claim:white-house-rail-tracking", "source:white-house-rail-tracking"],
["claim:zelensky-1-5-million-shells", "source:time-nk-russia-arms"],
["claim:zelensky-eu-pledged-1-million-shells", "source:time-nk-russia-arms"],
["claim:zelensky-eu-sent-30-percent", "source:time-nk-russia-arms"],
["claim:zelensky-pyongyang-poised-to-continue", "source:time-nk-russia-arms"],
["claim:zelensky-unknown-number-of-missiles", "source:time-nk-russia-arms"]
] AS row
MATCH (a:`Claim` {id: row[0]})
MATCH (b:`Kgx` {id: row[1]})
CREATE (a)-[r:`REPORTED_IN`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:aurus-limousine-to-kim", "person:kim-jong-un"],
["transfer:eu-artillery-shells-to-ukraine", "state:ukraine"],
["transfer:north-korea-arms-to-russia", "state:russia"],
["transfer:russia-military-technology-to-north-korea", "state:north-korea"],
["transfer:russia-supplies-to-north-korea", "state:north-korea"],
["transfer:us-military-aid-to-ukraine", "state:ukraine"]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`TO`]->(b) SET r = coalesce(row[2], {})
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:north-korea-arms-to-russia", "place:depots-near-ukraine", {`order`: 3}],
["transfer:north-korea-arms-to-russia", "place:dunay-port", {`order`: 1}],
["transfer:north-korea-arms-to-russia", "place:najin-port", {`order`: 0}],
["transfer:north-korea-arms-to-russia", "place:russian-rail-network", {`order`: 2}]
] AS row
MATCH (a:`Kgx` {id: row[0]})
MATCH (b:`Entity` {id: row[1]})
CREATE (a)-[r:`VIA`]->(b) SET r = coalesce(row[2], {})
;
// The load is complete: remove its mark.
MATCH (mark:KgxLoading) DELETE mark
;
