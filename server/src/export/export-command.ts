import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { Writable } from "node:stream";
import { SingleBar } from "cli-progress";
import type { Config } from "../config.js";
import { withNeo4j } from "../neo4j/with-neo4j.js";
import { parseFormat, parseMode, parsePart, runExport } from "./export-request.js";
import { checkIds, type ExportScope, parseDepth } from "./scope.js";

/** The options of `kgx export`, as commander gives them. */
export interface ExportCommandOptions {
  format: string;
  ids?: string;
  depth?: string;
  mode?: string;
  part?: string;
  out?: string;
  timestamp?: boolean;
}

/**
 * `kgx export`: connects to Neo4j (starting the embedded one when NEO4J_URI is unset), streams the export to a
 * file (`--out`) or standard output, with a progress bar on a terminal, and stops what it started.
 */
export async function runExportCommand(
  options: ExportCommandOptions,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  const request = {
    format: parseFormat(options.format),
    scope: commandScope(options),
    mode: parseMode(options.mode),
    part: parsePart(options.part),
    generatedAt: options.timestamp ? new Date() : undefined,
  };
  await withNeo4j(config, log, async (db) => {
    const bar = process.stderr.isTTY
      ? new SingleBar({
          format: "kgx: exporting [{bar}] {value}/{total} nodes and relationships",
          hideCursor: true,
        })
      : undefined;
    try {
      const info = await runExport(
        db,
        request,
        (info) => {
          bar?.start(info.counts.nodes + info.counts.relationships, 0);
          return options.out ? createWriteStream(resolve(options.out)) : stdoutSink();
        },
        { onProgress: (done) => bar?.update(done) },
      );
      bar?.stop();
      const where = options.out ? ` to ${options.out}` : "";
      log(`exported ${info.counts.nodes} node(s) and ${info.counts.relationships} relationship(s)${where}`);
    } finally {
      bar?.stop();
    }
  });
}

function commandScope(options: ExportCommandOptions): ExportScope {
  if (options.ids === undefined) {
    if (options.depth !== undefined) parseDepth(options.depth);
    return { kind: "all" };
  }
  const ids = checkIds(
    options.ids
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
    "ids",
  );
  return { kind: "ids", ids, depth: parseDepth(options.depth) };
}

/** Standard output as a sink that the pipeline may end without closing the process's stdout. */
function stdoutSink(): Writable {
  // A reader that stops early (`kgx export | head`) is not an error.
  process.stdout.once("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
  });
  return new Writable({
    write(chunk, _encoding, callback) {
      if (process.stdout.write(chunk)) callback();
      else process.stdout.once("drain", () => callback());
    },
  });
}
