import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { cypherLiteral } from "../src/cypher/literal.js";
import { type CypherMode, cypherScript } from "../src/export/cypher-script.js";
import { withGraphSnapshot } from "../src/export/graph-snapshot.js";
import { describeScope, type ExportScope } from "../src/export/scope.js";
import { Database, type Neo4jTarget } from "../src/neo4j/database.js";
import { startEmbeddedNeo4j } from "../src/neo4j/launcher.js";
import { freePort } from "../src/neo4j/ports.js";
import { repoPath } from "../src/paths.js";
import { ensureMavenTool } from "./maven-tools.js";

/** Starts kgx's embedded Neo4j, small, on `home` (empty or an existing store) with a fresh password and a free port. */
export async function startNeo4jIn(
  home: string,
  heap = "512m",
): Promise<{ target: Neo4jTarget; db: Database; stop: () => Promise<void> }> {
  const password = randomBytes(12).toString("base64url");
  const neo4j = await startEmbeddedNeo4j({
    home,
    password,
    port: await freePort("127.0.0.1"),
    heap,
    pageCache: "128m",
    startTimeoutMs: 240_000,
    log: () => {},
  });
  const target = { uri: neo4j.uri, user: "neo4j", password, database: "neo4j" };
  return { target, db: Database.open(target, 120_000), stop: neo4j.stop };
}

/**
 * A second, empty embedded Neo4j for one test file (temp folder, free port), to load exports into. Returns a
 * getter for its target and database, available once `beforeAll` has run.
 */
export function useSecondNeo4j(): () => { target: Neo4jTarget; db: Database } {
  let state: { target: Neo4jTarget; db: Database; stop: () => Promise<void>; home: string } | undefined;
  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), "kgx-export-neo4j-"));
    state = { ...(await startNeo4jIn(home)), home };
  });
  afterAll(async () => {
    await state?.db.close();
    await state?.stop();
    if (state) await rm(state.home, { recursive: true, force: true });
  });
  return () => {
    if (!state) throw new Error("The second Neo4j starts in beforeAll: use it inside a test or a hook.");
    return state;
  };
}

/** The whole Cypher export of `scope` as one string. */
export async function exportCypher(
  db: Database,
  mode: CypherMode = "create",
  scope: ExportScope = { kind: "all" },
): Promise<string> {
  return withGraphSnapshot(db, scope, async (graph) => {
    let text = "";
    for await (const chunk of cypherScript(graph, { mode, scope: describeScope(scope), loadGuard: true }))
      text += chunk;
    return text;
  });
}

/** Runs a kgx Cypher script through the driver, statement by statement (they end with a `;` line). */
export async function loadWithDriver(db: Database, script: string): Promise<void> {
  const statements = script
    .split(/^;$/m)
    .map((s) => s.replace(/^\s*(\/\/.*\n)*/, "").trim())
    .filter(Boolean);
  for (const statement of statements) await db.driver.executeQuery(statement, {}, db.queryConfig("WRITE"));
}

const cypherShellLib = repoPath("neo4j", "cypher-shell", "target", "lib");

/** Builds neo4j/cypher-shell (cypher-shell from Maven Central) unless it is built. */
export function ensureCypherShell(): void {
  ensureMavenTool("cypher-shell", join("target", "lib", "cypher-shell-5.26.30.jar"));
}

/** Runs a script file through Neo4j's cypher-shell (from Maven Central), as a researcher would. */
export async function loadWithCypherShell(target: Neo4jTarget, script: string): Promise<void> {
  const { code, stderr } = await runCypherShell(target, script, "--fail-fast");
  if (code !== 0) throw new Error(`cypher-shell failed (exit ${code}): ${stderr.slice(0, 2000)}`);
}

/**
 * Runs a script file through cypher-shell with `--fail-fast` (stop at the first error, its default) or
 * `--fail-at-end` (run every statement, then report the errors); returns its exit code and what it printed on stderr.
 */
export async function runCypherShell(
  target: Neo4jTarget,
  script: string,
  failure: "--fail-fast" | "--fail-at-end",
): Promise<{ code: number | null; stderr: string }> {
  ensureCypherShell();
  const dir = await mkdtemp(join(tmpdir(), "kgx-export-script-"));
  const file = join(dir, "export.cypher");
  await writeFile(file, script);
  try {
    const args = ["-cp", `${cypherShellLib}/*`, "org.neo4j.shell.Main"];
    args.push("-a", target.uri, "-d", target.database, "--format", "plain", failure, "-f", file);
    return await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      // The password goes through the environment, never the command line.
      const child = spawn("java", args, {
        env: { ...process.env, NEO4J_USERNAME: target.user, NEO4J_PASSWORD: target.password },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      child.once("exit", (code) => resolve({ code, stderr }));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The graph as sorted lines, independent of how it was loaded: every node's labels and properties, and every
 * relationship's type, ends and properties, each value with its Cypher type (valueType) and exact literal.
 * Equal lists mean equal graphs, relationships compared as a multiset.
 */
export async function canonicalGraph(db: Database): Promise<string[]> {
  const config = db.queryConfig("READ");
  const nodes = await db.driver.executeQuery(
    // The change log (:Change) is not part of the graph, and exports leave it out (docs/decisions/0014).
    `MATCH (n) WHERE NOT n:Change RETURN labels(n) AS labels, properties(n) AS properties,
       [k IN keys(n) | [k, valueType(n[k])]] AS types`,
    {},
    config,
  );
  const relationships = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties,
       [k IN keys(r) | [k, valueType(r[k])]] AS types`,
    {},
    config,
  );
  const describe = (properties: Record<string, unknown>, types: [string, string][]) => {
    const typeOf = new Map(types);
    return Object.keys(properties)
      .sort()
      .map((key) => `${JSON.stringify(key)}: ${typeOf.get(key)} ${cypherLiteral(properties[key])}`)
      .join(", ");
  };
  return [
    ...nodes.records.map(
      (r) =>
        `node ${[...r.get("labels")].sort().join(":")} {${describe(r.get("properties"), r.get("types"))}}`,
    ),
    ...relationships.records.map(
      (r) =>
        `rel ${r.get("source")} -[${r.get("type")}]-> ${r.get("target")} {${describe(r.get("properties"), r.get("types"))}}`,
    ),
  ].sort();
}
