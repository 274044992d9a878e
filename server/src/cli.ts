#!/usr/bin/env node
import { Command } from "commander";
import { loadConfig } from "./config.js";
import { messageOf, UserError } from "./errors.js";
import { runImportCommand } from "./import/import-command.js";
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
    const kgx = await startKgx(loadConfig(), log);
    log(`listening on ${kgx.url} (health at /health, readiness at /ready); Ctrl-C stops everything`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      await kgx.stop();
      process.exit(0);
    };
    void kgx.neo4jExited.then(() => {
      if (stopping) return;
      log("the embedded Neo4j stopped unexpectedly; see .kgx/neo4j/logs/debug.log. Stopping kgx.");
      process.exit(1);
    });
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

try {
  await program.parseAsync();
} catch (error) {
  // Errors users can act on are one line; anything else is a bug, and KGX_DEBUG=1 shows its stack.
  if (error instanceof UserError) log(error.message);
  else log(`unexpected error: ${process.env.KGX_DEBUG ? (error as Error).stack : messageOf(error)}`);
  process.exitCode = 1;
}
