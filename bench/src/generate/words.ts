/**
 * Word lists for generated names and quotes. Search benchmarks query these words, so they are plain, distinct
 * and appear with skewed frequencies (the generator picks them with `Random.pickSkewed`).
 */
export const givenNames = [
  "Anna",
  "Boris",
  "Chen",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hyun",
  "Ivan",
  "Jae",
  "Kim",
  "Lena",
  "Mikhail",
  "Nadia",
  "Oleg",
  "Park",
  "Quinn",
  "Rustam",
  "Sergei",
  "Tae",
  "Ulla",
  "Viktor",
  "Wen",
  "Yuri",
  "Zoya",
];

export const familyNames = [
  "Novak",
  "Petrov",
  "Lee",
  "Choi",
  "Ivanova",
  "Kang",
  "Smirnov",
  "Yoon",
  "Sokolov",
  "Han",
  "Volkov",
  "Jung",
  "Morozov",
  "Lim",
  "Orlov",
  "Baek",
  "Pavlov",
  "Seo",
  "Zaitsev",
  "Kwon",
  "Belov",
  "Ryu",
  "Gusev",
  "Shin",
];

export const placeWords = [
  "port",
  "depot",
  "station",
  "airfield",
  "terminal",
  "yard",
  "crossing",
  "base",
  "harbour",
  "junction",
];

export const stateWords = [
  "Arvelia",
  "Borinth",
  "Calmora",
  "Dravia",
  "Estmark",
  "Fenlow",
  "Gorvana",
  "Halvek",
  "Istria",
  "Jorund",
  "Kelvar",
  "Lothmar",
  "Morvek",
  "Norvane",
  "Ostrel",
  "Pravik",
  "Quorin",
  "Rosvar",
  "Saldur",
  "Tervan",
];

export const itemWords = [
  "artillery shells",
  "ballistic missiles",
  "containers",
  "food",
  "raw materials",
  "weapons parts",
  "military technology",
  "fuel",
  "rifles",
  "drones",
  "trucks",
  "grain",
  "oil",
  "satellite parts",
  "limousines",
];

export const units = ["shells", "containers", "tonnes", "units", "barrels", "usd"];

export const transferStatuses = [
  "reported",
  "alleged",
  "denied",
  "pledged",
  "partial",
  "forecast",
  "threatened",
];

export const stances = ["asserts", "denies", "estimates", "forecasts"];

export const sourceKinds = [
  "article",
  "news report",
  "satellite imagery",
  "government statement",
  "economic estimate",
];

export const verbs = [
  "shipped",
  "delivered",
  "promised",
  "received",
  "tracked",
  "denied",
  "estimated",
  "moved",
];
