#!/usr/bin/env node
import { Command } from "commander";
import { runBackupCommand, runRestoreCommand } from "./backup/backup-command.js";
import { loadConfig } from "./config.js";
import { messageOf, UserError } from "./errors.js";
import { runExportCommand } from "./export/export-command.js";
import { runImportCommand } from "./import/import-command.js";
import { runIngestCommand } from "./ingest/ingest-command.js";
import { startKgx } from "./main.js";

const log = (line: string) => process.stderr.write(`kgx: ${line}\n`);

const program = new Command()
  .name("kgx")
  .description("A knowledge-graph explorer where every fact is a claim.")
  .showHelpAfterError();

program
  .command("start")
  .description("start Neo4j (embedded unless NEO4J_URI is set) and the kgx server")
  .action(async () => {
    const config = loadConfig();
    const kgx = await startKgx(config, log);
    log(`listening on ${kgx.url} (health at /health, readiness at /ready); Ctrl-C stops everything`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      await kgx.stop();
      process.exit(0);
    };
    process.on("SIGINT", () => void stop("SIGINT"));
    process.on("SIGTERM", () => void stop("SIGTERM"));
  });

program
  .command("import")
  .description("validate a dataset file (YAML, see data/article.yaml) and import it in one transaction")
  .argument("<file>", "the dataset file")
  .action(async (file: string) => {
    await runImportCommand(file, loadConfig(), log);
  });

program
  .command("ingest")
  .description(
    "add a report (.txt, .md, .html or .pdf) as a source with its full text, and print the suggestions",
  )
  .argument("<file>", "the report")
  .option("--name <name>", "the source's name (default: the page's or PDF's title, else the file name)")
  .option("--publisher <publisher>", "who published it")
  .option("--published-on <date>", "YYYY-MM-DD, YYYY-MM or YYYY; resolves 'this week' and the like")
  .option("--url <url>", "where it was published")
  .option("--kind <kind>", "article, news report, statement, ... (default: report)")
  .action(async (file: string, options) => {
    await runIngestCommand(file, options, loadConfig(), log);
  });

program
  .command("export")
  .description("export the graph, or part of it, as Cypher, JSON, GraphML or CSV (docs/development.md)")
  .option("-f, --format <format>", "cypher, json, cyjs, graphml or csv", "cypher")
  .option("--ids <ids>", "export these node ids (comma-separated) instead of the whole graph")
  .option("--depth <depth>", "with --ids: also their neighbours up to 1 or 2 hops", "0")
  .option("--mode <mode>", "cypher: create (into an empty database) or merge (an upsert by id)", "create")
  .option("--part <part>", "csv: nodes or relationships (neo4j-admin import reads both files)", "nodes")
  .option("-o, --out <file>", "write to this file instead of standard output")
  .option("--timestamp", "cypher: write the export time in the header (the file then differs on every run)")
  .action(async (options) => {
    await runExportCommand(options, loadConfig(), log);
  });

program
  .command("backup")
  .description(
    "write the whole graph and its change log, read in one transaction, to a file kgx restore loads",
  )
  .argument("<file>", "the backup file (written as <file>.partial, renamed when complete)")
  .action(async (file: string) => {
    await runBackupCommand(file, loadConfig(), log);
  });

program
  .command("restore")
  .description(
    "load a backup into an empty database, check its counts and integrity, undo it on any difference",
  )
  .argument("<file>", "a file written by kgx backup")
  .action(async (file: string) => {
    await runRestoreCommand(file, loadConfig(), log);
  });

try {
  await program.parseAsync();
} catch (error) {
  // Errors users can act on are one line; anything else is a bug, and KGX_DEBUG=1 shows its stack.
  if (error instanceof UserError) log(error.message);
  else log(`unexpected error: ${process.env.KGX_DEBUG ? (error as Error).stack : messageOf(error)}`);
  process.exitCode = 1;
}
