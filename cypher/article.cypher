// kgx Cypher export of the whole graph from database 'neo4j'.
// 80 node(s), 214 relationship(s); constraints and indexes first, then nodes by id, then relationships.
// Mode create: load it into an EMPTY database (it creates every node and relationship). Its first statement fails, and nothing is written, if the database holds any node: use the mode=merge export there.
// Load it with cypher-shell: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher
// or paste it into Neo4j Browser, or send each statement (they end with a ';' line) through a driver.
// A node row lists its property values in the columns its statement sets (id first; null where it has none). A relationship row is [source id, target id] and then its properties, if any.

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
["claim:bank-of-korea-economy-25-billion", null, null, "yearlyEconomyUsd", "South Korea's central bank: North Korea's yearly economy is about $25 billion", 25000000000, "North Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank", 2921, "source:time-nk-russia-arms", 2816, "estimates", null, null, "North Korea's yearly economy is about $25 billion.", "USD"],
["claim:dunay-180-km-from-najin", null, null, null, "Dunay is about 180 km (110 miles) from Najin", 180, "the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away", 1940, "source:time-nk-russia-arms", 1845, "asserts", null, null, "Dunay, a former Soviet submarine port, is about 180 kilometers (110 miles) from Najin.", "km"],
["claim:north-korea-denies-arms-transfers", null, null, null, "North Korea denies any arms transfers", null, "North Korea and Russia deny any arms transfers", 1702, "source:time-nk-russia-arms", 1656, "denies", null, null, "North Korea denies any arms transfers to Russia."],
["claim:russia-denies-arms-transfers", null, null, null, "Russia denies any arms transfers", null, "North Korea and Russia deny any arms transfers", 1702, "source:time-nk-russia-arms", 1656, "denies", null, null, "Russia denies any arms transfers from North Korea."],
["claim:satellite-four-cargo-vessels", null, null, null, "Satellite imagery: about four cargo vessels shuttle between Najin and Dunay", 4, "imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay", 1870, "source:time-nk-russia-arms", 1704, "asserts", null, null, "Commercial satellite imagery shows about four cargo vessels shuttling between Najin and Dunay.", "cargo vessels"],
["claim:shin-3-million-shells", null, null, null, "Shin: the containers could hold about 3 million 152 mm shells", 3000000, "The containers could hold about 3 million rounds of 152 mm shells, Shin said.", 677, "source:time-nk-russia-arms", 600, "estimates", null, null, "The containers could hold about 3 million rounds of 152 mm shells (a capacity, not a count).", "shells"],
["claim:shin-6700-containers", null, null, null, "Shin: about 6,700 containers sent to Russia", 6700, "North Korea is estimated to have sent about 6,700 containers to Russia", 476, "source:time-nk-russia-arms", 406, "estimates", null, null, "North Korea is estimated to have sent about 6,700 containers to Russia.", "containers"],
["claim:shin-containers-could-hold-millions", null, null, null, "Shin: North Korea shipped containers that could hold millions of shells", null, "North Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said", 232, "source:time-nk-russia-arms", 109, "asserts", null, null, "North Korea has shipped to Russia containers that could hold millions of artillery shells."],
["claim:shin-food-aid-stabilized-prices", null, null, null, "Shin: the food aid helped Kim stabilize prices", null, "The food aid has helped Kim stabilize prices for necessities, he said", 867, "source:time-nk-russia-arms", 798, "asserts", null, null, "Russia's food aid has helped Kim stabilize prices for necessities."],
["claim:shin-military-technology-if-transfers-grow", "if the arms transfers grow", true, null, "Shin: if the arms transfers grow, Russia is set to send more military technology", null, "if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region", 1022, "source:time-nk-russia-arms", 876, "forecasts", null, null, "If the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang's ability to threaten the region."],
["claim:shin-pace-accelerated-since-summit", null, null, null, "Shin: shipments accelerated since the September summit", null, "accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September", 568, "source:time-nk-russia-arms", 478, "asserts", null, null, "North Korea has accelerated the pace of shipments since Putin's summit with Kim in September."],
["claim:shin-russia-sends-food-materials-parts", null, null, null, "Shin: Russia provides food, raw materials and weapons parts in return", null, "Russia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said.", 797, "source:time-nk-russia-arms", 679, "asserts", null, null, "In return Russia is providing North Korea with food, raw materials and parts used in weapons manufacturing."],
["claim:time-biggest-gains-since-taking-power", null, null, null, "TIME: Putin's support is among Kim's biggest gains since he took power", null, "the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago", 3255, "source:time-nk-russia-arms", 3116, "estimates", null, null, "The support Kim receives from Putin likely represents some of his biggest gains since he took power about a dozen years ago."],
["claim:time-headline-exchange-accelerates", null, null, null, "TIME: North Korea and Russia accelerate their exchange of weapons and resources", null, "North Korea and Russia Accelerate Exchange of Weapons and Resources", 92, "source:time-nk-russia-arms", 25, "asserts", null, null, "North Korea and Russia are accelerating their exchange of weapons and resources."],
["claim:time-interoperable-munitions", null, null, null, "TIME: Pyongyang holds some of the world's largest stocks of interoperable munitions", null, "Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine", 2367, "source:time-nk-russia-arms", 2212, "asserts", null, null, "North Korea holds some of the world's largest stocks of munitions interoperable with the weapons Russia uses in Ukraine."],
["claim:time-invasion-third-year", null, null, null, "TIME: the invasion is in its third year as North Korea-Russia trade picks up", null, "As North Korea-Russia trade picks up with the invasion now in its third year", 1101, "source:time-nk-russia-arms", 1025, "asserts", null, null, "North Korea-Russia trade is picking up with the invasion now in its third year."],
["claim:time-kim-shuns-us-engagement", null, null, null, "TIME: Kim will be able to shun the U.S. for years and build spy satellites and nuclear arms", null, "This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program", 2755, "source:time-nk-russia-arms", 2577, "forecasts", null, null, "The trade will let Kim shun engagement with the U.S. for years while enhancing his spy-satellite and nuclear programmes."],
["claim:time-new-partnership-since-invasion", null, null, null, "TIME: Cold War partners Russia and North Korea forged a new partnership", null, "Cold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion", 2199, "source:time-nk-russia-arms", 2089, "asserts", null, null, "Russia and North Korea, Cold War partners, have forged a new partnership since the full-scale invasion."],
["claim:time-north-korea-desperate-needs", null, null, null, "TIME: North Korea desperately needs food, oil, building materials and hard cash", null, "the country is in desperate need of food, oil, building materials and hard cash for international commerce", 3033, "source:time-nk-russia-arms", 2927, "asserts", null, null, "North Korea is in desperate need of food, oil, building materials and hard cash for international commerce."],
["claim:time-putin-gave-kim-automobile", null, null, null, "TIME: Putin gave Kim a new Russian-made automobile", null, "Putin has shown his appreciation, giving the North Korean leader a new Russian-made automobile", 3352, "source:time-nk-russia-arms", 3258, "asserts", null, null, "Putin showed his appreciation by giving Kim a new Russian-made automobile."],
["claim:time-shipments-sustain-putins-assault", null, null, null, "TIME: the shipments let Putin keep up his assault as Kyiv's ammunition dwindles", null, "allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle", 341, "source:time-nk-russia-arms", 234, "asserts", null, null, "The shipments allow Putin to maintain his assault on Ukraine while Kyiv's ammunition stocks dwindle."],
["claim:time-transfer-jolts-economy", null, null, null, "TIME: the arms transfers jolt North Korea's isolated economy", null, "Pyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions", 2575, "source:time-nk-russia-arms", 2370, "asserts", null, null, "North Korea's transfer of ballistic missiles, artillery shells and other military equipment is a jolt to its sanctioned economy."],
["claim:time-us-aid-under-threat", null, null, null, "TIME: the flow of U.S. military aid to Kyiv is increasingly under threat", null, "the flow of U.S. military aid to Kyiv has been increasingly under threat", 1175, "source:time-nk-russia-arms", 1103, "asserts", null, null, "The flow of U.S. military aid to Ukraine has been increasingly under threat."],
["claim:time-vehicle-was-aurus-limousine", null, null, null, "TIME: the vehicle was an Aurus limousine like the one Putin showed Kim in September", null, "The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation", 3514, "source:time-nk-russia-arms", 3354, "asserts", null, null, "The gift was an Aurus limousine, similar to the one Putin showed Kim at their September meeting in Russia."],
["claim:time-weapons-worth-several-billion", null, null, null, "TIME: the weapons Kim provides are likely worth several billion dollars", null, "The weapons Kim is providing Russia are likely worth several billion dollars", 3111, "source:time-nk-russia-arms", 3035, "estimates", null, null, "The weapons Kim is providing Russia are likely worth several billion dollars (no exact figure given).", "USD"],
["claim:white-house-rail-tracking", null, null, null, "White House: shipments tracked by rail to depots near Ukraine", null, "The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.", 2087, "source:time-nk-russia-arms", 1942, "asserts", null, null, "The White House has tracked some of the shipments by rail across Russia to depots in Russia near Ukraine."],
["claim:zelensky-1-5-million-shells", null, null, null, "Zelensky: North Korea has transferred 1.5 million artillery shells", 1500000, "his country believes North Korea has transferred 1.5 million artillery shells to Russia", 1550, "source:time-nk-russia-arms", 1463, "asserts", "2024-02", true, "Ukraine believes North Korea has transferred 1.5 million artillery shells to Russia.", "shells"],
["claim:zelensky-eu-pledged-1-million-shells", null, null, null, "Zelensky: the EU pledged 1 million artillery shells by March", 1000000, "the total 1 million artillery shells it pledged to give Kyiv by March", 1308, "source:time-nk-russia-arms", 1239, "asserts", "2024-02", true, "The European Union pledged to give Kyiv a total of 1 million artillery shells by March.", "shells"],
["claim:zelensky-eu-sent-30-percent", null, null, null, "Zelensky: the EU has sent only about 30% of the pledged shells", 30, "the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week", 1363, "source:time-nk-russia-arms", 1193, "asserts", "2024-02", true, "The European Union has sent only about 30% of the 1 million artillery shells it pledged.", "percent"],
["claim:zelensky-pyongyang-poised-to-continue", null, null, null, "Zelensky: Pyongyang is poised to continue providing weapons", null, "adding that Pyongyang is poised to continue providing weapons", 1647, "source:time-nk-russia-arms", 1586, "forecasts", "2024-02", true, "North Korea is poised to keep providing weapons to Russia."],
["claim:zelensky-unknown-number-of-missiles", null, null, null, "Zelensky: North Korea has transferred an unknown number of missiles", null, "an unknown number of missiles", 1584, "source:time-nk-russia-arms", 1555, "asserts", "2024-02", true, "North Korea has also transferred an unknown number of missiles to Russia."]
] AS row
CREATE (n:`Claim`:`Kgx`) SET n.`id` = row[0], n.`condition` = row[1], n.`conditional` = row[2], n.`figure` = row[3], n.`name` = row[4], n.`quantity` = row[5], n.`quote` = row[6], n.`quoteEnd` = row[7], n.`quoteIn` = row[8], n.`quoteStart` = row[9], n.`stance` = row[10], n.`statedOn` = row[11], n.`statedOnInferred` = row[12], n.`text` = row[13], n.`unit` = row[14]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["event:full-scale-invasion", ["the invasion", "Putin's assault on Ukraine"], "2022", true, "The article says the invasion is \"now in its third year\" in early 2024, so it began in 2022.", null, "Russia's full-scale invasion of Ukraine"],
["event:kim-takes-power", null, "2012", true, "The article says \"about a dozen years ago\"; approximate.", null, "Kim Jong Un takes power"],
["event:putin-kim-summit-september", null, "2023-09", true, "The article says \"in September\"; the year 2023 is inferred (the September before the article).", "Putin and Kim met in Russia on a trip that deepened their military cooperation; Putin showed Kim an Aurus limousine.", "Putin–Kim summit in Russia"]
] AS row
CREATE (n:`Entity`:`Event`:`Kgx`) SET n.`id` = row[0], n.`aliases` = row[1], n.`date` = row[2], n.`dateInferred` = row[3], n.`dateNote` = row[4], n.`description` = row[5], n.`name` = row[6]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["item:152mm-artillery-shells", ["152 mm shells", "rounds of 152 mm shells"], null, "152 mm artillery shells"],
["item:artillery-shells", ["shells", "ammunition", "munitions"], null, "Artillery shells"],
["item:aurus-limousine", ["a new Russian-made automobile", "the vehicle"], null, "Aurus limousine"],
["item:ballistic-missiles", ["missiles"], null, "Ballistic missiles"],
["item:building-materials", null, null, "Building materials"],
["item:cargo-vessels", null, "The ships seen shuttling between Najin and Dunay.", "Cargo vessels"],
["item:containers", null, "Shipping containers that could hold munitions.", "Containers"],
["item:food", ["food aid"], null, "Food"],
["item:hard-cash", null, "Foreign currency for international commerce.", "Hard cash"],
["item:military-technology", null, null, "Military technology"],
["item:nuclear-arms-program", null, null, "North Korea's nuclear arms program"],
["item:oil", null, null, "Oil"],
["item:other-military-equipment", ["weapons"], null, "Other military equipment"],
["item:raw-materials", null, null, "Raw materials"],
["item:spy-satellites", null, null, "Spy satellites"],
["item:us-military-aid", null, null, "U.S. military aid"],
["item:weapons-parts", ["weapons parts"], null, "Parts used in weapons manufacturing"]
] AS row
CREATE (n:`Entity`:`Item`:`Kgx`) SET n.`id` = row[0], n.`aliases` = row[1], n.`description` = row[2], n.`name` = row[3]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["organization:bank-of-korea", ["Bank of Korea"], null, "South Korea's central bank"],
["organization:european-union", ["EU"], null, "European Union"],
["organization:time", null, "The magazine that published the article.", "TIME"],
["organization:white-house", ["The White House"], null, "White House"],
["organization:yonhap", ["Yonhap"], "South Korean news agency.", "Yonhap News"]
] AS row
CREATE (n:`Entity`:`Kgx`:`Organization`) SET n.`id` = row[0], n.`aliases` = row[1], n.`description` = row[2], n.`name` = row[3]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["person:kim-jong-un", ["Kim", "the North Korean leader"], "Kim Jong Un", "Leader of North Korea"],
["person:shin-wonsik", ["Shin", "a top South Korean official"], "Shin Wonsik", "South Korean Defense Minister"],
["person:vladimir-putin", ["Putin", "President Vladimir Putin"], "Vladimir Putin", "President of Russia"],
["person:volodymyr-zelensky", ["Zelensky", "the Ukrainian leader", "Ukrainian President Volodymyr Zelensky"], "Volodymyr Zelensky", "President of Ukraine"]
] AS row
CREATE (n:`Entity`:`Kgx`:`Person`) SET n.`id` = row[0], n.`aliases` = row[1], n.`name` = row[2], n.`title` = row[3]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["place:depots-near-ukraine", null, null, "Where the White House says the shipments were stored.", null, null, "Depots in Russia near Ukraine", "depot"],
["place:dunay-port", ["Dunay"], "Not in the article; approximate position of the port.", "Russian port, a former Soviet submarine port about 180 kilometers (110 miles) from Najin.", 42.88, 132.35, "Dunay port", "port"],
["place:najin-port", ["Najin", "Rajin"], "Not in the article; approximate position of the port.", "North Korea's port near the Russian border.", 42.245, 130.302, "Najin port", "port"],
["place:russian-rail-network", null, null, "The railways the White House says the shipments travelled on.", null, null, "Rail across Russia", "rail"]
] AS row
CREATE (n:`Entity`:`Kgx`:`Place`) SET n.`id` = row[0], n.`aliases` = row[1], n.`coordinatesNote` = row[2], n.`description` = row[3], n.`lat` = row[4], n.`lon` = row[5], n.`name` = row[6], n.`placeType` = row[7]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["source:bank-of-korea-estimates", null, "The estimate of North Korea's yearly economy that the article cites.", "economic estimate", "South Korea's central bank: estimates of North Korea's economy", null, null, "South Korea's central bank", null, null, "Estimates of North Korea's yearly economy"],
["source:commercial-satellite-imagery", null, "Imagery the article cites for about four cargo vessels shuttling between Najin and Dunay.", "satellite imagery", "Commercial satellite imagery of Najin and Dunay", null, null, null, null, null, "Imagery from commercial satellites"],
["source:time-nk-russia-arms", "Not printed in the article. The invasion is \"now in its third year\" (so after February 24, 2024) and the EU's deadline \"by March\" still lies ahead, so late February 2024.", "A three-minute TIME world-news article on North Korea shipping munitions to Russia and what Russia gives back.", "article", "TIME: North Korea and Russia Accelerate Exchange of Weapons and Resources", "2024-02", true, "TIME", "• World\n  • North Korea\n\nNorth Korea and Russia Accelerate Exchange of Weapons and Resources\n\n3 minute read\n\nNorth Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said, allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle.\n\nSouth Korean Defense Minister Shin Wonsik told reporters that North Korea is estimated to have sent about 6,700 containers to Russia, accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September, Yonhap News reported Tuesday. The containers could hold about 3 million rounds of 152 mm shells, Shin said.\n\nRussia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said. The food aid has helped Kim stabilize prices for necessities, he said, adding if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region.\n\nAs North Korea-Russia trade picks up with the invasion now in its third year, the flow of U.S. military aid to Kyiv has been increasingly under threat. On top of this, the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week.\n\nRead More: ‘This Is the Way Out’: Inside Ukraine’s Plan to Arm Itself\n\nThe Ukrainian leader said his country believes North Korea has transferred 1.5 million artillery shells to Russia and an unknown number of missiles, adding that Pyongyang is poised to continue providing weapons.\n\nWhile North Korea and Russia deny any arms transfers, imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away. The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.\n\nCold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion, built upon Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine.\n\nPyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions. This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program.\n\nRead More: The World Must Keep a Wary Eye on North Korea\n\nNorth Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank, and the country is in desperate need of food, oil, building materials and hard cash for international commerce. The weapons Kim is providing Russia are likely worth several billion dollars and the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago.\n\nPutin has shown his appreciation, giving the North Korean leader a new Russian-made automobile. The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation.\n\nMore Must-Reads from TIME\n\nContact us at letters@time.com", "sources/time-nk-russia-arms.txt", "North Korea and Russia Accelerate Exchange of Weapons and Resources"],
["source:white-house-rail-tracking", null, "The White House's statement that it tracked shipments by rail to depots near Ukraine.", "government statement", "White House: tracking of shipments by rail", null, null, "The White House", null, null, "White House statement on tracking shipments across Russia"],
["source:yonhap-shin-containers", "The article says Yonhap \"reported Tuesday\"; the only Tuesday in late February 2024, when the article appeared, is February 27.", "The South Korean news agency's report that TIME cites for the 6,700-container figure.", "news report", "Yonhap: Shin Wonsik on containers shipped to Russia", date("2024-02-27"), true, "Yonhap News", null, null, "Yonhap News report of Defense Minister Shin Wonsik's remarks to reporters"]
] AS row
CREATE (n:`Kgx`:`Source`) SET n.`id` = row[0], n.`dateNote` = row[1], n.`description` = row[2], n.`kind` = row[3], n.`name` = row[4], n.`publishedOn` = row[5], n.`publishedOnInferred` = row[6], n.`publisher` = row[7], n.`text` = row[8], n.`textFile` = row[9], n.`title` = row[10]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["state:north-korea", ["Pyongyang"], "In desperate need of food, oil, building materials and hard cash; its economy long isolated by international sanctions.", "North Korea", 25000000000],
["state:russia", ["Moscow", "the Kremlin", "Kremlin"], null, "Russia"],
["state:south-korea", null, null, "South Korea"],
["state:ukraine", ["Kyiv"], null, "Ukraine"],
["state:united-states", ["U.S."], null, "United States"]
] AS row
CREATE (n:`Entity`:`Kgx`:`State`) SET n.`id` = row[0], n.`aliases` = row[1], n.`description` = row[2], n.`name` = row[3], n.`yearlyEconomyUsd` = row[4]
;
WITH 1 AS loading WHERE EXISTS { MATCH (:KgxLoading) }
UNWIND [
["transfer:aurus-limousine-to-kim", null, null, null, null, null, null, "Putin's gift of an Aurus limousine to Kim", null, null, null, "reported"],
["transfer:eu-artillery-shells-to-ukraine", null, null, "The EU pledged the shells \"by March\"; the year 2024 is inferred from the article's date. No start is given.", null, "2024-03", true, "The European Union's pledged artillery shells to Ukraine", "by March 2024", null, null, "partial"],
["transfer:north-korea-arms-to-russia", null, null, "\"Since the Kremlin's full-scale invasion\", which the article puts in 2022 (\"now in its third year\" in early 2024); it has no end yet.", "Containers of artillery shells, missiles and other military equipment shipped by sea from Najin to Dunay and on by rail.", null, null, "North Korean munitions to Russia", "since the full-scale invasion; faster since the September 2023 summit", "2022", true, "alleged"],
["transfer:russia-military-technology-to-north-korea", "if the arms transfers grow", true, null, null, null, null, "More Russian military technology to North Korea, if the arms transfers grow", null, null, null, "forecast"],
["transfer:russia-supplies-to-north-korea", null, null, null, null, null, null, "Russian food, raw materials and weapons parts to North Korea", "in return for the munitions", null, null, "reported"],
["transfer:us-military-aid-to-ukraine", null, null, null, null, null, null, "U.S. military aid to Ukraine", null, null, null, "threatened"]
] AS row
CREATE (n:`Kgx`:`Transfer`) SET n.`id` = row[0], n.`condition` = row[1], n.`conditional` = row[2], n.`dateNote` = row[3], n.`description` = row[4], n.`endDate` = row[5], n.`endDateInferred` = row[6], n.`name` = row[7], n.`period` = row[8], n.`startDate` = row[9], n.`startDateInferred` = row[10], n.`status` = row[11]
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
