import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { repoPath } from "../src/paths.js";

/**
 * Builds `neo4j/<module>`, a small Maven module that fetches a tool from Maven Central for the tests (cypher-shell,
 * the import tool, the GraphML schema), unless `built` (a path inside it) is already there. `.ci/run` builds them
 * up front; this keeps a single test file runnable on its own.
 */
export function ensureMavenTool(module: string, built: string): void {
  if (existsSync(repoPath("neo4j", module, built))) return;
  const pom = repoPath("neo4j", module, "pom.xml");
  const result = spawnSync("mvn", ["-B", "-ntp", "-q", "-f", pom, "package"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`Maven could not build neo4j/${module} (${pom}).`);
}
