import { chmod, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../config.js";
import { UserError } from "../errors.js";
import type { Neo4jTarget } from "./database.js";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./launcher.js";
import { readOrCreatePassword } from "./password.js";

export interface ProvisionedNeo4j {
  target: Neo4jTarget;
  /** Set when kgx started Neo4j itself; stop it on exit. */
  embedded?: EmbeddedNeo4j;
  /** With `embedded`: starts it again on `port` after it died (the supervisor calls it). */
  restart?: (port: number) => Promise<EmbeddedNeo4j>;
}

/** The Neo4j kgx talks to: the user's (`NEO4J_URI`), or the embedded one, started here. */
export async function provisionNeo4j(config: Config, log: (line: string) => void): Promise<ProvisionedNeo4j> {
  if (config.NEO4J_URI) {
    if (config.NEO4J_PASSWORD === undefined) {
      throw new UserError(`NEO4J_URI is set (${config.NEO4J_URI}) but NEO4J_PASSWORD is not.`);
    }
    return {
      target: {
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
      },
    };
  }
  const home = join(config.KGX_DATA_DIR, "neo4j");
  await makePrivateFolder(config.KGX_DATA_DIR);
  await makePrivateFolder(home);
  const password = config.NEO4J_PASSWORD ?? (await readOrCreatePassword(join(home, "password")));
  log(`Starting the embedded Neo4j (data in ${home})...`);
  const start = (port: number | undefined) =>
    startEmbeddedNeo4j({
      home,
      password,
      port,
      heap: config.KGX_NEO4J_HEAP,
      pageCache: config.KGX_NEO4J_PAGECACHE,
      startTimeoutMs: config.KGX_NEO4J_START_TIMEOUT * 1000,
      log,
    });
  const embedded = await start(config.KGX_NEO4J_BOLT_PORT);
  return {
    target: { uri: embedded.uri, user: "neo4j", password, database: "neo4j" },
    embedded,
    restart: start,
  };
}

/**
 * Creates a folder readable by its owner only (0700), or tightens one that exists: it holds the store, whose
 * files Neo4j creates readable by everyone, and the password. A folder others cannot enter hides them all.
 */
export async function makePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
}
