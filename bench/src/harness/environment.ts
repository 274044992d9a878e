import { execFileSync } from "node:child_process";
import os from "node:os";
import { repoPath } from "@kgx/server/dist/paths.js";

/** The machine and versions a result was measured on, recorded with it. */
export interface Environment {
  measuredAt: string;
  machine: { cpu: string; cores: number; memoryGiB: number; loadAverage: number[]; platform: string };
  versions: { node: string; neo4j: string; kgxCommit: string; kgxTreeDirty: boolean };
}

/** Describes this machine now; `neo4jVersion` comes from the launcher's ready line. */
export function describeEnvironment(neo4jVersion: string): Environment {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", ["-C", repoPath(), ...args], { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  return {
    measuredAt: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    versions: {
      node: process.version,
      neo4j: neo4jVersion,
      kgxCommit: git("rev-parse", "--short", "HEAD") || "unknown",
      kgxTreeDirty: git("status", "--porcelain", "--untracked-files=no").length > 0,
    },
  };
}
