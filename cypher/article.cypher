// kgx Cypher export of the whole graph from database 'neo4j'.
// 80 node(s), 213 relationship(s); constraints and indexes first, then nodes by id, then relationships.
// Mode create: load it into an EMPTY database (it creates every node and relationship).
// Load it with cypher-shell: cypher-shell -a neo4j://localhost:7687 -u neo4j -d neo4j -f this-file.cypher
// or paste it into Neo4j Browser, or send each statement (they end with a ';' line) through a driver.

CREATE CONSTRAINT `claim_id` IF NOT EXISTS FOR (n:`Claim`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `event_id` IF NOT EXISTS FOR (n:`Event`) REQUIRE n.`id` IS UNIQUE
;
CREATE CONSTRAINT `item_id` IF NOT EXISTS FOR (n:`Item`) REQUIRE n.`id` IS UNIQUE
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
CREATE FULLTEXT INDEX `kgx_search` IF NOT EXISTS FOR (n:`Entity`|`Person`|`State`|`Organization`|`Place`|`Item`|`Event`|`Transfer`|`Claim`|`Source`) ON EACH [n.`name`, n.`aliases`, n.`description`, n.`text`, n.`quote`] OPTIONS {indexConfig: {`fulltext.analyzer`: "standard-no-stop-words", `fulltext.eventually_consistent`: false}}
;
CREATE INDEX `source_kind` IF NOT EXISTS FOR (n:`Source`) ON (n.`kind`)
;
CREATE INDEX `transfer_status` IF NOT EXISTS FOR (n:`Transfer`) ON (n.`status`)
;
UNWIND [
{figure: "yearlyEconomyUsd", id: "claim:bank-of-korea-economy-25-billion", name: "South Korea's central bank: North Korea's yearly economy is about $25 billion", quantity: 25000000000, quote: "North Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank", stance: "estimates", text: "North Korea's yearly economy is about $25 billion.", unit: "USD"},
{id: "claim:dunay-180-km-from-najin", name: "Dunay is about 180 km (110 miles) from Najin", quantity: 180, quote: "the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away", stance: "asserts", text: "Dunay, a former Soviet submarine port, is about 180 kilometers (110 miles) from Najin.", unit: "km"},
{id: "claim:north-korea-denies-arms-transfers", name: "North Korea denies any arms transfers", quote: "North Korea and Russia deny any arms transfers", stance: "denies", text: "North Korea denies any arms transfers to Russia."},
{id: "claim:russia-denies-arms-transfers", name: "Russia denies any arms transfers", quote: "North Korea and Russia deny any arms transfers", stance: "denies", text: "Russia denies any arms transfers from North Korea."},
{id: "claim:satellite-four-cargo-vessels", name: "Satellite imagery: about four cargo vessels shuttle between Najin and Dunay", quantity: 4, quote: "imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay", stance: "asserts", text: "Commercial satellite imagery shows about four cargo vessels shuttling between Najin and Dunay.", unit: "cargo vessels"},
{id: "claim:shin-3-million-shells", name: "Shin: the containers could hold about 3 million 152 mm shells", quantity: 3000000, quote: "The containers could hold about 3 million rounds of 152 mm shells, Shin said.", stance: "estimates", text: "The containers could hold about 3 million rounds of 152 mm shells (a capacity, not a count).", unit: "shells"},
{id: "claim:shin-6700-containers", name: "Shin: about 6,700 containers sent to Russia", quantity: 6700, quote: "North Korea is estimated to have sent about 6,700 containers to Russia", stance: "estimates", text: "North Korea is estimated to have sent about 6,700 containers to Russia.", unit: "containers"},
{id: "claim:shin-containers-could-hold-millions", name: "Shin: North Korea shipped containers that could hold millions of shells", quote: "North Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said", stance: "asserts", text: "North Korea has shipped to Russia containers that could hold millions of artillery shells."},
{id: "claim:shin-food-aid-stabilized-prices", name: "Shin: the food aid helped Kim stabilize prices", quote: "The food aid has helped Kim stabilize prices for necessities, he said", stance: "asserts", text: "Russia's food aid has helped Kim stabilize prices for necessities."},
{condition: "if the arms transfers grow", conditional: true, id: "claim:shin-military-technology-if-transfers-grow", name: "Shin: if the arms transfers grow, Russia is set to send more military technology", quote: "if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region", stance: "forecasts", text: "If the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang's ability to threaten the region."},
{id: "claim:shin-pace-accelerated-since-summit", name: "Shin: shipments accelerated since the September summit", quote: "accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September", stance: "asserts", text: "North Korea has accelerated the pace of shipments since Putin's summit with Kim in September."},
{id: "claim:shin-russia-sends-food-materials-parts", name: "Shin: Russia provides food, raw materials and weapons parts in return", quote: "Russia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said.", stance: "asserts", text: "In return Russia is providing North Korea with food, raw materials and parts used in weapons manufacturing."},
{id: "claim:time-biggest-gains-since-taking-power", name: "TIME: Putin's support is among Kim's biggest gains since he took power", quote: "the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago", stance: "estimates", text: "The support Kim receives from Putin likely represents some of his biggest gains since he took power about a dozen years ago."},
{id: "claim:time-headline-exchange-accelerates", name: "TIME: North Korea and Russia accelerate their exchange of weapons and resources", quote: "North Korea and Russia Accelerate Exchange of Weapons and Resources", stance: "asserts", text: "North Korea and Russia are accelerating their exchange of weapons and resources."},
{id: "claim:time-interoperable-munitions", name: "TIME: Pyongyang holds some of the world's largest stocks of interoperable munitions", quote: "Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine", stance: "asserts", text: "North Korea holds some of the world's largest stocks of munitions interoperable with the weapons Russia uses in Ukraine."},
{id: "claim:time-invasion-third-year", name: "TIME: the invasion is in its third year as North Korea-Russia trade picks up", quote: "As North Korea-Russia trade picks up with the invasion now in its third year", stance: "asserts", text: "North Korea-Russia trade is picking up with the invasion now in its third year."},
{id: "claim:time-kim-shuns-us-engagement", name: "TIME: Kim will be able to shun the U.S. for years and build spy satellites and nuclear arms", quote: "This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program", stance: "forecasts", text: "The trade will let Kim shun engagement with the U.S. for years while enhancing his spy-satellite and nuclear programmes."},
{id: "claim:time-new-partnership-since-invasion", name: "TIME: Cold War partners Russia and North Korea forged a new partnership", quote: "Cold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion", stance: "asserts", text: "Russia and North Korea, Cold War partners, have forged a new partnership since the full-scale invasion."},
{id: "claim:time-north-korea-desperate-needs", name: "TIME: North Korea desperately needs food, oil, building materials and hard cash", quote: "the country is in desperate need of food, oil, building materials and hard cash for international commerce", stance: "asserts", text: "North Korea is in desperate need of food, oil, building materials and hard cash for international commerce."},
{id: "claim:time-putin-gave-kim-automobile", name: "TIME: Putin gave Kim a new Russian-made automobile", quote: "Putin has shown his appreciation, giving the North Korean leader a new Russian-made automobile", stance: "asserts", text: "Putin showed his appreciation by giving Kim a new Russian-made automobile."},
{id: "claim:time-shipments-sustain-putins-assault", name: "TIME: the shipments let Putin keep up his assault as Kyiv's ammunition dwindles", quote: "allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle", stance: "asserts", text: "The shipments allow Putin to maintain his assault on Ukraine while Kyiv's ammunition stocks dwindle."},
{id: "claim:time-transfer-jolts-economy", name: "TIME: the arms transfers jolt North Korea's isolated economy", quote: "Pyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions", stance: "asserts", text: "North Korea's transfer of ballistic missiles, artillery shells and other military equipment is a jolt to its sanctioned economy."},
{id: "claim:time-us-aid-under-threat", name: "TIME: the flow of U.S. military aid to Kyiv is increasingly under threat", quote: "the flow of U.S. military aid to Kyiv has been increasingly under threat", stance: "asserts", text: "The flow of U.S. military aid to Ukraine has been increasingly under threat."},
{id: "claim:time-vehicle-was-aurus-limousine", name: "TIME: the vehicle was an Aurus limousine like the one Putin showed Kim in September", quote: "The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation", stance: "asserts", text: "The gift was an Aurus limousine, similar to the one Putin showed Kim at their September meeting in Russia."},
{id: "claim:time-weapons-worth-several-billion", name: "TIME: the weapons Kim provides are likely worth several billion dollars", quote: "The weapons Kim is providing Russia are likely worth several billion dollars", stance: "estimates", text: "The weapons Kim is providing Russia are likely worth several billion dollars (no exact figure given).", unit: "USD"},
{id: "claim:white-house-rail-tracking", name: "White House: shipments tracked by rail to depots near Ukraine", quote: "The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.", stance: "asserts", text: "The White House has tracked some of the shipments by rail across Russia to depots in Russia near Ukraine."},
{id: "claim:zelensky-1-5-million-shells", name: "Zelensky: North Korea has transferred 1.5 million artillery shells", quantity: 1500000, quote: "his country believes North Korea has transferred 1.5 million artillery shells to Russia", stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "Ukraine believes North Korea has transferred 1.5 million artillery shells to Russia.", unit: "shells"},
{id: "claim:zelensky-eu-pledged-1-million-shells", name: "Zelensky: the EU pledged 1 million artillery shells by March", quantity: 1000000, quote: "the total 1 million artillery shells it pledged to give Kyiv by March", stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "The European Union pledged to give Kyiv a total of 1 million artillery shells by March.", unit: "shells"},
{id: "claim:zelensky-eu-sent-30-percent", name: "Zelensky: the EU has sent only about 30% of the pledged shells", quantity: 30, quote: "the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week", stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "The European Union has sent only about 30% of the 1 million artillery shells it pledged.", unit: "percent"},
{id: "claim:zelensky-pyongyang-poised-to-continue", name: "Zelensky: Pyongyang is poised to continue providing weapons", quote: "adding that Pyongyang is poised to continue providing weapons", stance: "forecasts", statedOn: "2024-02", statedOnInferred: true, text: "North Korea is poised to keep providing weapons to Russia."},
{id: "claim:zelensky-unknown-number-of-missiles", name: "Zelensky: North Korea has transferred an unknown number of missiles", quote: "an unknown number of missiles", stance: "asserts", statedOn: "2024-02", statedOnInferred: true, text: "North Korea has also transferred an unknown number of missiles to Russia."}
] AS row
CREATE (n:`Claim`) SET n = row
;
UNWIND [
{aliases: ["the invasion", "Putin's assault on Ukraine"], date: "2022", dateInferred: true, dateNote: "The article says the invasion is \"now in its third year\" in early 2024, so it began in 2022.", id: "event:full-scale-invasion", name: "Russia's full-scale invasion of Ukraine"},
{date: "2012", dateInferred: true, dateNote: "The article says \"about a dozen years ago\"; approximate.", id: "event:kim-takes-power", name: "Kim Jong Un takes power"},
{date: "2023-09", dateInferred: true, dateNote: "The article says \"in September\"; the year 2023 is inferred (the September before the article).", description: "Putin and Kim met in Russia on a trip that deepened their military cooperation; Putin showed Kim an Aurus limousine.", id: "event:putin-kim-summit-september", name: "Putin–Kim summit in Russia"}
] AS row
CREATE (n:`Entity`:`Event`) SET n = row
;
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
CREATE (n:`Entity`:`Item`) SET n = row
;
UNWIND [
{aliases: ["Bank of Korea"], id: "organization:bank-of-korea", name: "South Korea's central bank"},
{aliases: ["EU"], id: "organization:european-union", name: "European Union"},
{description: "The magazine that published the article.", id: "organization:time", name: "TIME"},
{aliases: ["The White House"], id: "organization:white-house", name: "White House"},
{aliases: ["Yonhap"], description: "South Korean news agency.", id: "organization:yonhap", name: "Yonhap News"}
] AS row
CREATE (n:`Entity`:`Organization`) SET n = row
;
UNWIND [
{aliases: ["Kim", "the North Korean leader"], id: "person:kim-jong-un", name: "Kim Jong Un", title: "Leader of North Korea"},
{aliases: ["Shin", "a top South Korean official"], id: "person:shin-wonsik", name: "Shin Wonsik", title: "South Korean Defense Minister"},
{aliases: ["Putin", "President Vladimir Putin"], id: "person:vladimir-putin", name: "Vladimir Putin", title: "President of Russia"},
{aliases: ["Zelensky", "the Ukrainian leader", "Ukrainian President Volodymyr Zelensky"], id: "person:volodymyr-zelensky", name: "Volodymyr Zelensky", title: "President of Ukraine"}
] AS row
CREATE (n:`Entity`:`Person`) SET n = row
;
UNWIND [
{description: "Where the White House says the shipments were stored.", id: "place:depots-near-ukraine", name: "Depots in Russia near Ukraine", placeType: "depot"},
{aliases: ["Dunay"], coordinatesNote: "Not in the article; approximate position of the port.", description: "Russian port, a former Soviet submarine port about 180 kilometers (110 miles) from Najin.", id: "place:dunay-port", lat: 42.88, lon: 132.35, name: "Dunay port", placeType: "port"},
{aliases: ["Najin", "Rajin"], coordinatesNote: "Not in the article; approximate position of the port.", description: "North Korea's port near the Russian border.", id: "place:najin-port", lat: 42.245, lon: 130.302, name: "Najin port", placeType: "port"},
{description: "The railways the White House says the shipments travelled on.", id: "place:russian-rail-network", name: "Rail across Russia", placeType: "rail"}
] AS row
CREATE (n:`Entity`:`Place`) SET n = row
;
UNWIND [
{description: "The estimate of North Korea's yearly economy that the article cites.", id: "source:bank-of-korea-estimates", kind: "economic estimate", name: "South Korea's central bank: estimates of North Korea's economy", publisher: "South Korea's central bank", title: "Estimates of North Korea's yearly economy"},
{description: "Imagery the article cites for about four cargo vessels shuttling between Najin and Dunay.", id: "source:commercial-satellite-imagery", kind: "satellite imagery", name: "Commercial satellite imagery of Najin and Dunay", title: "Imagery from commercial satellites"},
{dateNote: "Not printed in the article. The invasion is \"now in its third year\" (so after February 24, 2024) and the EU's deadline \"by March\" still lies ahead, so late February 2024.", description: "A three-minute TIME world-news article on North Korea shipping munitions to Russia and what Russia gives back.", id: "source:time-nk-russia-arms", kind: "article", name: "TIME: North Korea and Russia Accelerate Exchange of Weapons and Resources", publishedOn: "2024-02", publishedOnInferred: true, publisher: "TIME", text: "• World\n  • North Korea\n\nNorth Korea and Russia Accelerate Exchange of Weapons and Resources\n\n3 minute read\n\nNorth Korea has shipped containers that could hold millions of artillery shells to Russia, a top South Korean official said, allowing President Vladimir Putin to maintain his assault on Ukraine as Kyiv’s stocks of ammunition dwindle.\n\nSouth Korean Defense Minister Shin Wonsik told reporters that North Korea is estimated to have sent about 6,700 containers to Russia, accelerating the pace of shipments since Putin held a summit with Kim Jong Un in September, Yonhap News reported Tuesday. The containers could hold about 3 million rounds of 152 mm shells, Shin said.\n\nRussia in return is providing North Korea with food, raw materials and parts used in weapons manufacturing, Shin said. The food aid has helped Kim stabilize prices for necessities, he said, adding if the arms transfers grow, Russia is set to send more military technology to Kim, which could increase Pyongyang’s ability to threaten the region.\n\nAs North Korea-Russia trade picks up with the invasion now in its third year, the flow of U.S. military aid to Kyiv has been increasingly under threat. On top of this, the European Union has sent only about 30% of the total 1 million artillery shells it pledged to give Kyiv by March, Ukrainian President Volodymyr Zelensky said this week.\n\nRead More: ‘This Is the Way Out’: Inside Ukraine’s Plan to Arm Itself\n\nThe Ukrainian leader said his country believes North Korea has transferred 1.5 million artillery shells to Russia and an unknown number of missiles, adding that Pyongyang is poised to continue providing weapons.\n\nWhile North Korea and Russia deny any arms transfers, imagery from commercial satellites has shown about four cargo vessels shuttling between North Korea’s Najin port near the Russian border and the Russian port of Dunay, a former Soviet submarine port about 180 kilometers (110 miles) away. The White House said it has tracked some of those shipments as they traveled by rail across Russia to be stored in depots in Russia near Ukraine.\n\nCold War partners Russia and North Korea have forged a new partnership since the Kremlin’s full-scale invasion, built upon Pyongyang holding some of the world’s largest stocks of munitions that are interoperable with the weapons Moscow has deployed to the battlefield in Ukraine.\n\nPyongyang’s transfer of ballistic missiles, artillery shells and other military equipment to sustain Putin’s aggression in Ukraine is providing a jolt to an economy long isolated by international sanctions. This will allow Kim to shun engagement with the U.S. for years to come, while at the same time enhancing his ability to deploy spy satellites and develop his nuclear arms program.\n\nRead More: The World Must Keep a Wary Eye on North Korea\n\nNorth Korea’s yearly economy is about $25 billion, according to estimates from South Korea’s central bank, and the country is in desperate need of food, oil, building materials and hard cash for international commerce. The weapons Kim is providing Russia are likely worth several billion dollars and the support he is receiving from Putin likely represents some of the biggest gains Kim has seen since he took power about a dozen years ago.\n\nPutin has shown his appreciation, giving the North Korean leader a new Russian-made automobile. The vehicle was an Aurus limousine, similar to the one Putin showed Kim when they met in September in Russia for a trip that deepened their military cooperation.\n\nMore Must-Reads from TIME\n\nContact us at letters@time.com", textFile: "sources/time-nk-russia-arms.txt", title: "North Korea and Russia Accelerate Exchange of Weapons and Resources"},
{description: "The White House's statement that it tracked shipments by rail to depots near Ukraine.", id: "source:white-house-rail-tracking", kind: "government statement", name: "White House: tracking of shipments by rail", publisher: "The White House", title: "White House statement on tracking shipments across Russia"},
{dateNote: "The article says Yonhap \"reported Tuesday\"; the only Tuesday in late February 2024, when the article appeared, is February 27.", description: "The South Korean news agency's report that TIME cites for the 6,700-container figure.", id: "source:yonhap-shin-containers", kind: "news report", name: "Yonhap: Shin Wonsik on containers shipped to Russia", publishedOn: date("2024-02-27"), publishedOnInferred: true, publisher: "Yonhap News", title: "Yonhap News report of Defense Minister Shin Wonsik's remarks to reporters"}
] AS row
CREATE (n:`Source`) SET n = row
;
UNWIND [
{aliases: ["Pyongyang"], description: "In desperate need of food, oil, building materials and hard cash; its economy long isolated by international sanctions.", id: "state:north-korea", name: "North Korea", yearlyEconomyUsd: 25000000000},
{aliases: ["Moscow", "the Kremlin", "Kremlin"], id: "state:russia", name: "Russia"},
{id: "state:south-korea", name: "South Korea"},
{aliases: ["Kyiv"], id: "state:ukraine", name: "Ukraine"},
{aliases: ["U.S."], id: "state:united-states", name: "United States"}
] AS row
CREATE (n:`Entity`:`State`) SET n = row
;
UNWIND [
{id: "transfer:aurus-limousine-to-kim", name: "Putin's gift of an Aurus limousine to Kim", status: "reported"},
{id: "transfer:eu-artillery-shells-to-ukraine", name: "The European Union's pledged artillery shells to Ukraine", period: "by March 2024", status: "partial"},
{description: "Containers of artillery shells, missiles and other military equipment shipped by sea from Najin to Dunay and on by rail.", id: "transfer:north-korea-arms-to-russia", name: "North Korean munitions to Russia", period: "since the full-scale invasion; faster since the September 2023 summit", status: "alleged"},
{condition: "if the arms transfers grow", conditional: true, id: "transfer:russia-military-technology-to-north-korea", name: "More Russian military technology to North Korea, if the arms transfers grow", status: "forecast"},
{id: "transfer:russia-supplies-to-north-korea", name: "Russian food, raw materials and weapons parts to North Korea", period: "in return for the munitions", status: "reported"},
{id: "transfer:us-military-aid-to-ukraine", name: "U.S. military aid to Ukraine", status: "threatened"}
] AS row
CREATE (n:`Transfer`) SET n = row
;
UNWIND [
{source: "claim:bank-of-korea-economy-25-billion", target: "state:north-korea", properties: {}},
{source: "claim:dunay-180-km-from-najin", target: "place:dunay-port", properties: {}},
{source: "claim:dunay-180-km-from-najin", target: "place:najin-port", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "item:cargo-vessels", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "place:dunay-port", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "place:najin-port", properties: {}},
{source: "claim:shin-3-million-shells", target: "item:152mm-artillery-shells", properties: {}},
{source: "claim:shin-6700-containers", target: "item:containers", properties: {}},
{source: "claim:shin-containers-could-hold-millions", target: "item:artillery-shells", properties: {}},
{source: "claim:shin-containers-could-hold-millions", target: "item:containers", properties: {}},
{source: "claim:shin-food-aid-stabilized-prices", target: "item:food", properties: {}},
{source: "claim:shin-food-aid-stabilized-prices", target: "person:kim-jong-un", properties: {}},
{source: "claim:shin-military-technology-if-transfers-grow", target: "item:military-technology", properties: {}},
{source: "claim:shin-pace-accelerated-since-summit", target: "event:putin-kim-summit-september", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "item:food", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "item:raw-materials", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "item:weapons-parts", properties: {}},
{source: "claim:time-biggest-gains-since-taking-power", target: "event:kim-takes-power", properties: {}},
{source: "claim:time-biggest-gains-since-taking-power", target: "person:kim-jong-un", properties: {}},
{source: "claim:time-interoperable-munitions", target: "item:artillery-shells", properties: {}},
{source: "claim:time-interoperable-munitions", target: "state:north-korea", properties: {}},
{source: "claim:time-invasion-third-year", target: "event:full-scale-invasion", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "item:nuclear-arms-program", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "item:spy-satellites", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "person:kim-jong-un", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "state:united-states", properties: {}},
{source: "claim:time-new-partnership-since-invasion", target: "event:full-scale-invasion", properties: {}},
{source: "claim:time-new-partnership-since-invasion", target: "state:north-korea", properties: {}},
{source: "claim:time-new-partnership-since-invasion", target: "state:russia", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "item:building-materials", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "item:food", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "item:hard-cash", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "item:oil", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "state:north-korea", properties: {}},
{source: "claim:time-putin-gave-kim-automobile", target: "person:kim-jong-un", properties: {}},
{source: "claim:time-putin-gave-kim-automobile", target: "person:vladimir-putin", properties: {}},
{source: "claim:time-shipments-sustain-putins-assault", target: "event:full-scale-invasion", properties: {}},
{source: "claim:time-shipments-sustain-putins-assault", target: "state:ukraine", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "item:artillery-shells", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "item:ballistic-missiles", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "item:other-military-equipment", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "state:north-korea", properties: {}},
{source: "claim:time-vehicle-was-aurus-limousine", target: "event:putin-kim-summit-september", properties: {}},
{source: "claim:time-vehicle-was-aurus-limousine", target: "item:aurus-limousine", properties: {}},
{source: "claim:white-house-rail-tracking", target: "place:depots-near-ukraine", properties: {}},
{source: "claim:white-house-rail-tracking", target: "place:russian-rail-network", properties: {}},
{source: "claim:zelensky-1-5-million-shells", target: "item:artillery-shells", properties: {}},
{source: "claim:zelensky-eu-pledged-1-million-shells", target: "organization:european-union", properties: {}},
{source: "claim:zelensky-eu-sent-30-percent", target: "organization:european-union", properties: {}},
{source: "claim:zelensky-unknown-number-of-missiles", target: "item:ballistic-missiles", properties: {}}
] AS row
MATCH (a:`Claim` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`ABOUT`]->(b) SET r = row.properties
;
UNWIND [
{source: "claim:north-korea-denies-arms-transfers", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:shin-3-million-shells", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:shin-6700-containers", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:shin-containers-could-hold-millions", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:shin-food-aid-stabilized-prices", target: "transfer:russia-supplies-to-north-korea", properties: {}},
{source: "claim:shin-military-technology-if-transfers-grow", target: "transfer:russia-military-technology-to-north-korea", properties: {}},
{source: "claim:shin-pace-accelerated-since-summit", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "transfer:russia-supplies-to-north-korea", properties: {}},
{source: "claim:time-biggest-gains-since-taking-power", target: "transfer:russia-supplies-to-north-korea", properties: {}},
{source: "claim:time-headline-exchange-accelerates", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:time-headline-exchange-accelerates", target: "transfer:russia-supplies-to-north-korea", properties: {}},
{source: "claim:time-invasion-third-year", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:time-invasion-third-year", target: "transfer:russia-supplies-to-north-korea", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:time-putin-gave-kim-automobile", target: "transfer:aurus-limousine-to-kim", properties: {}},
{source: "claim:time-shipments-sustain-putins-assault", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:time-us-aid-under-threat", target: "transfer:us-military-aid-to-ukraine", properties: {}},
{source: "claim:time-vehicle-was-aurus-limousine", target: "transfer:aurus-limousine-to-kim", properties: {}},
{source: "claim:time-weapons-worth-several-billion", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:white-house-rail-tracking", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:zelensky-1-5-million-shells", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:zelensky-eu-pledged-1-million-shells", target: "transfer:eu-artillery-shells-to-ukraine", properties: {}},
{source: "claim:zelensky-eu-sent-30-percent", target: "transfer:eu-artillery-shells-to-ukraine", properties: {}},
{source: "claim:zelensky-pyongyang-poised-to-continue", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "claim:zelensky-unknown-number-of-missiles", target: "transfer:north-korea-arms-to-russia", properties: {}}
] AS row
MATCH (a:`Claim` {id: row.source})
MATCH (b:`Transfer` {id: row.target})
CREATE (a)-[r:`ABOUT`]->(b) SET r = row.properties
;
UNWIND [
{source: "transfer:aurus-limousine-to-kim", target: "item:aurus-limousine", properties: {quantity: 1, unit: "vehicle"}},
{source: "transfer:eu-artillery-shells-to-ukraine", target: "item:artillery-shells", properties: {quantity: 1000000, unit: "shells"}},
{source: "transfer:north-korea-arms-to-russia", target: "item:152mm-artillery-shells", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "item:artillery-shells", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "item:ballistic-missiles", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "item:containers", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "item:other-military-equipment", properties: {}},
{source: "transfer:russia-military-technology-to-north-korea", target: "item:military-technology", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "item:food", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "item:raw-materials", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "item:weapons-parts", properties: {}},
{source: "transfer:us-military-aid-to-ukraine", target: "item:us-military-aid", properties: {}}
] AS row
MATCH (a:`Transfer` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`CARRIES`]->(b) SET r = row.properties
;
UNWIND [
{source: "source:time-nk-russia-arms", target: "source:bank-of-korea-estimates", properties: {}},
{source: "source:time-nk-russia-arms", target: "source:commercial-satellite-imagery", properties: {}},
{source: "source:time-nk-russia-arms", target: "source:white-house-rail-tracking", properties: {}},
{source: "source:time-nk-russia-arms", target: "source:yonhap-shin-containers", properties: {}}
] AS row
MATCH (a:`Source` {id: row.source})
MATCH (b:`Source` {id: row.target})
CREATE (a)-[r:`CITES`]->(b) SET r = row.properties
;
UNWIND [
{source: "claim:bank-of-korea-economy-25-billion", target: "organization:bank-of-korea", properties: {}},
{source: "claim:dunay-180-km-from-najin", target: "organization:time", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "state:north-korea", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "state:russia", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "organization:time", properties: {}},
{source: "claim:shin-3-million-shells", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-6700-containers", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-containers-could-hold-millions", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-food-aid-stabilized-prices", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-military-technology-if-transfers-grow", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-pace-accelerated-since-summit", target: "person:shin-wonsik", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "person:shin-wonsik", properties: {}},
{source: "claim:time-biggest-gains-since-taking-power", target: "organization:time", properties: {}},
{source: "claim:time-headline-exchange-accelerates", target: "organization:time", properties: {}},
{source: "claim:time-interoperable-munitions", target: "organization:time", properties: {}},
{source: "claim:time-invasion-third-year", target: "organization:time", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "organization:time", properties: {}},
{source: "claim:time-new-partnership-since-invasion", target: "organization:time", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "organization:time", properties: {}},
{source: "claim:time-putin-gave-kim-automobile", target: "organization:time", properties: {}},
{source: "claim:time-shipments-sustain-putins-assault", target: "organization:time", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "organization:time", properties: {}},
{source: "claim:time-us-aid-under-threat", target: "organization:time", properties: {}},
{source: "claim:time-vehicle-was-aurus-limousine", target: "organization:time", properties: {}},
{source: "claim:time-weapons-worth-several-billion", target: "organization:time", properties: {}},
{source: "claim:white-house-rail-tracking", target: "organization:white-house", properties: {}},
{source: "claim:zelensky-1-5-million-shells", target: "person:volodymyr-zelensky", properties: {}},
{source: "claim:zelensky-eu-pledged-1-million-shells", target: "person:volodymyr-zelensky", properties: {}},
{source: "claim:zelensky-eu-sent-30-percent", target: "person:volodymyr-zelensky", properties: {}},
{source: "claim:zelensky-pyongyang-poised-to-continue", target: "person:volodymyr-zelensky", properties: {}},
{source: "claim:zelensky-unknown-number-of-missiles", target: "person:volodymyr-zelensky", properties: {}}
] AS row
MATCH (a:`Claim` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`CLAIMED_BY`]->(b) SET r = row.properties
;
UNWIND [
{source: "claim:north-korea-denies-arms-transfers", target: "claim:satellite-four-cargo-vessels", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:shin-3-million-shells", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:shin-6700-containers", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:shin-containers-could-hold-millions", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:time-transfer-jolts-economy", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:white-house-rail-tracking", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:zelensky-1-5-million-shells", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "claim:zelensky-unknown-number-of-missiles", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:satellite-four-cargo-vessels", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:shin-3-million-shells", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:shin-6700-containers", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:shin-containers-could-hold-millions", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:time-transfer-jolts-economy", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:white-house-rail-tracking", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:zelensky-1-5-million-shells", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "claim:zelensky-unknown-number-of-missiles", properties: {}}
] AS row
MATCH (a:`Claim` {id: row.source})
MATCH (b:`Claim` {id: row.target})
CREATE (a)-[r:`CONTRADICTS`]->(b) SET r = row.properties
;
UNWIND [
{source: "transfer:aurus-limousine-to-kim", target: "person:vladimir-putin", properties: {}},
{source: "transfer:eu-artillery-shells-to-ukraine", target: "organization:european-union", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "state:north-korea", properties: {}},
{source: "transfer:russia-military-technology-to-north-korea", target: "state:russia", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "state:russia", properties: {}},
{source: "transfer:us-military-aid-to-ukraine", target: "state:united-states", properties: {}}
] AS row
MATCH (a:`Transfer` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`FROM`]->(b) SET r = row.properties
;
UNWIND [
{source: "event:putin-kim-summit-september", target: "state:russia", properties: {}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`HELD_IN`]->(b) SET r = row.properties
;
UNWIND [
{source: "event:full-scale-invasion", target: "state:russia", properties: {}},
{source: "event:full-scale-invasion", target: "state:ukraine", properties: {}},
{source: "event:kim-takes-power", target: "person:kim-jong-un", properties: {}},
{source: "event:kim-takes-power", target: "state:north-korea", properties: {}},
{source: "event:putin-kim-summit-september", target: "person:kim-jong-un", properties: {}},
{source: "event:putin-kim-summit-september", target: "person:vladimir-putin", properties: {}},
{source: "event:putin-kim-summit-september", target: "state:north-korea", properties: {}},
{source: "event:putin-kim-summit-september", target: "state:russia", properties: {}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`INVOLVES`]->(b) SET r = row.properties
;
UNWIND [
{source: "transfer:russia-military-technology-to-north-korea", target: "transfer:north-korea-arms-to-russia", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "transfer:north-korea-arms-to-russia", properties: {}}
] AS row
MATCH (a:`Transfer` {id: row.source})
MATCH (b:`Transfer` {id: row.target})
CREATE (a)-[r:`IN_RETURN_FOR`]->(b) SET r = row.properties
;
UNWIND [
{source: "person:kim-jong-un", target: "state:north-korea", properties: {title: "Leader"}},
{source: "person:vladimir-putin", target: "state:russia", properties: {title: "President"}},
{source: "person:volodymyr-zelensky", target: "state:ukraine", properties: {title: "President"}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`LEADS`]->(b) SET r = row.properties
;
UNWIND [
{source: "place:depots-near-ukraine", target: "state:russia", properties: {}},
{source: "place:dunay-port", target: "state:russia", properties: {}},
{source: "place:najin-port", target: "state:north-korea", properties: {}},
{source: "place:russian-rail-network", target: "state:russia", properties: {}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`LOCATED_IN`]->(b) SET r = row.properties
;
UNWIND [
{source: "person:shin-wonsik", target: "state:south-korea", properties: {title: "Defense Minister"}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`OFFICIAL_OF`]->(b) SET r = row.properties
;
UNWIND [
{source: "organization:bank-of-korea", target: "state:south-korea", properties: {}},
{source: "organization:white-house", target: "state:united-states", properties: {}}
] AS row
MATCH (a:`Entity` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`PART_OF`]->(b) SET r = row.properties
;
UNWIND [
{source: "source:bank-of-korea-estimates", target: "organization:bank-of-korea", properties: {}},
{source: "source:time-nk-russia-arms", target: "organization:time", properties: {}},
{source: "source:white-house-rail-tracking", target: "organization:white-house", properties: {}},
{source: "source:yonhap-shin-containers", target: "organization:yonhap", properties: {}}
] AS row
MATCH (a:`Source` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`PUBLISHED_BY`]->(b) SET r = row.properties
;
UNWIND [
{source: "claim:bank-of-korea-economy-25-billion", target: "source:bank-of-korea-estimates", properties: {}},
{source: "claim:dunay-180-km-from-najin", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:north-korea-denies-arms-transfers", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:russia-denies-arms-transfers", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:satellite-four-cargo-vessels", target: "source:commercial-satellite-imagery", properties: {}},
{source: "claim:shin-3-million-shells", target: "source:yonhap-shin-containers", properties: {}},
{source: "claim:shin-6700-containers", target: "source:yonhap-shin-containers", properties: {}},
{source: "claim:shin-containers-could-hold-millions", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:shin-food-aid-stabilized-prices", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:shin-military-technology-if-transfers-grow", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:shin-pace-accelerated-since-summit", target: "source:yonhap-shin-containers", properties: {}},
{source: "claim:shin-russia-sends-food-materials-parts", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-biggest-gains-since-taking-power", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-headline-exchange-accelerates", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-interoperable-munitions", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-invasion-third-year", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-kim-shuns-us-engagement", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-new-partnership-since-invasion", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-north-korea-desperate-needs", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-putin-gave-kim-automobile", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-shipments-sustain-putins-assault", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-transfer-jolts-economy", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-us-aid-under-threat", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-vehicle-was-aurus-limousine", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:time-weapons-worth-several-billion", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:white-house-rail-tracking", target: "source:white-house-rail-tracking", properties: {}},
{source: "claim:zelensky-1-5-million-shells", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:zelensky-eu-pledged-1-million-shells", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:zelensky-eu-sent-30-percent", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:zelensky-pyongyang-poised-to-continue", target: "source:time-nk-russia-arms", properties: {}},
{source: "claim:zelensky-unknown-number-of-missiles", target: "source:time-nk-russia-arms", properties: {}}
] AS row
MATCH (a:`Claim` {id: row.source})
MATCH (b:`Source` {id: row.target})
CREATE (a)-[r:`REPORTED_IN`]->(b) SET r = row.properties
;
UNWIND [
{source: "transfer:aurus-limousine-to-kim", target: "person:kim-jong-un", properties: {}},
{source: "transfer:eu-artillery-shells-to-ukraine", target: "state:ukraine", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "state:russia", properties: {}},
{source: "transfer:russia-military-technology-to-north-korea", target: "state:north-korea", properties: {}},
{source: "transfer:russia-supplies-to-north-korea", target: "state:north-korea", properties: {}},
{source: "transfer:us-military-aid-to-ukraine", target: "state:ukraine", properties: {}}
] AS row
MATCH (a:`Transfer` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`TO`]->(b) SET r = row.properties
;
UNWIND [
{source: "transfer:north-korea-arms-to-russia", target: "place:depots-near-ukraine", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "place:dunay-port", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "place:najin-port", properties: {}},
{source: "transfer:north-korea-arms-to-russia", target: "place:russian-rail-network", properties: {}}
] AS row
MATCH (a:`Transfer` {id: row.source})
MATCH (b:`Entity` {id: row.target})
CREATE (a)-[r:`VIA`]->(b) SET r = row.properties
;
