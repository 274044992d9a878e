/**
 * The article as the first measurement of text analysis (issue 13, items 5 and 6; docs/decisions/0094): analyses
 * data/sources/time-nk-russia-arms.txt and the invented test reports of data/test-reports/, scores the suggestions
 * against data/article.yaml and the reports' expected annotations, and times analyzeText on a 5,000-word report
 * (median of 5, after one warm-up run that loads the language model). No Neo4j: the lexicon is what kgx import
 * would store from data/article.yaml (or nothing, as on an empty database), plus generated entities so that the
 * timed lexicon has the size of a real graph's. Writes bench/results/analyze-article/<stamp>.json.
 *
 *   node bench/dist/analyze-article.js [--entities 20000] [--out <folder>]
 */
import { readFileSync } from "node:fs";
import { analyzeText } from "@kgx/server/dist/analyze/analyze-text.js";
import { datasetLexicon } from "@kgx/server/dist/analyze/dataset-lexicon.js";
import { Lexicon } from "@kgx/server/dist/analyze/lexicon.js";
import type { LexiconEntry, TextAnalysis } from "@kgx/server/dist/analyze/types.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import { parse } from "yaml";
import { articleGold, type Gold, reportGold } from "./analyze-gold.js";
import { type Score, score } from "./analyze-score.js";
import { describeEnvironment } from "./harness/environment.js";
import { startProgramOrExit } from "./harness/program.js";
import { median } from "./harness/stats.js";

const program = startProgramOrExit({
  name: "analyze-article",
  tier: null,
  options: { entities: { type: "string", default: "20000" } },
});

const read = (...path: string[]) => readFileSync(repoPath(...path), "utf8");
const dataset = parse(read("data", "article.yaml")) as Record<string, unknown>;
const curated = datasetLexicon(dataset);

function scores(analysis: TextAnalysis, gold: Gold): Record<string, Score> {
  return {
    mentions: score(gold.mentions, analysis.mentions),
    figures: score(gold.figures, analysis.figures),
    // data/article.yaml dates no phrase of the text, so the article's dates are not scored.
    ...(gold.dates.length > 0 ? { dates: score(gold.dates, analysis.dates) } : {}),
    claimsWithRightClaimant: score(gold.claims, analysis.claims),
    attributedClaimsWithRightClaimant: score(gold.attributedClaims, analysis.claims),
  };
}

const article = read("data", "sources", "time-nk-russia-arms.txt");
const articleGoldSet = articleGold(dataset, article, "organization:time");
// The article names no date of its own; February 28, 2024 is within the week its dateNote infers.
const publishedOn = "2024-02-28";
program.log("scoring the article with the curated lexicon and with an empty one");
const withCurated = scores(analyzeText(article, new Lexicon(curated), publishedOn, "TIME"), articleGoldSet);
const emptyDatabase = analyzeText(article, new Lexicon([]), publishedOn, "TIME");
// On an empty database no mention can name an entity: a mention counts when it covers a curated name at all.
const spans = articleGoldSet.mentions.map((m) => ({ ...m, accepts: () => true }));
const withNothing = {
  ...scores(emptyDatabase, articleGoldSet),
  mentions: score(spans, emptyDatabase.mentions),
};

const reportNames = ["ports-and-ships", "shells-and-denials", "aid-and-forecasts"];
const reports = Object.fromEntries(
  reportNames.map((name) => {
    const expected = parse(read("data", "test-reports", `${name}.yaml`)) as Record<string, unknown>;
    const text = read("data", "test-reports", String(expected.text));
    const analysis = analyzeText(text, new Lexicon(curated), String(expected.publishedOn));
    return [name, scores(analysis, reportGold(expected, text))];
  }),
);

// Speed: a 5,000-word report made of the article and the test reports, against a lexicon of a real graph's size.
const pieces = [article, ...reportNames.map((n) => read("data", "test-reports", `${n}.txt`))];
let long = "";
for (let i = 0; long.split(/\s+/).length < 5000; i += 1) long += `${pieces[i % pieces.length]}\n\n`;
const words = long.split(/\s+/).filter(Boolean).length;
const generated: LexiconEntry[] = Array.from({ length: Number(program.values.entities) }, (_, i) => ({
  id: `organization:generated-${i}`,
  name: `Generated Organisation ${i} ${["Alpha", "Baltic", "Northern", "Maritime"][i % 4]}`,
  aliases: [`GO${i}`],
  kind: "organization",
}));
const entries = [...curated, ...generated];
// The server builds the lexicon once per change of the graph's entities (read-lexicon.ts); timed apart.
const buildStarted = performance.now();
const lexicon = new Lexicon(entries);
const lexiconBuildMs = performance.now() - buildStarted;
const time = () => {
  const started = performance.now();
  analyzeText(long, lexicon, publishedOn);
  return performance.now() - started;
};
program.log(`timing analyzeText on ${words} words against ${entries.length} entities`);
const warmUp = time();
const runs = Array.from({ length: 5 }, time);

const result = await program.openResult({
  environment: describeEnvironment("none (no database)"),
  article: { withCuratedLexicon: withCurated, onEmptyDatabase: withNothing },
  reports,
  speed: {
    words,
    lexiconEntries: entries.length,
    lexiconBuildMs: Math.round(lexiconBuildMs),
    warmUpMs: Math.round(warmUp),
    runsMs: runs.map(Math.round),
    medianMs: Math.round(median(runs)),
  },
});
program.log(`writing ${result.file}`);
await result.save();
process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
