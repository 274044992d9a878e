import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { csvExport } from "@kgx/server/dist/export/csv-export.js";
import type { GraphSnapshot } from "@kgx/server/dist/export/graph-snapshot.js";
import { commonLabel } from "@kgx/server/dist/model/labels.js";
import { repoPath } from "@kgx/server/dist/paths.js";
import type { GeneratedGraph } from "./graph.js";
import type { LoadReport } from "./load.js";

/**
 * The generated graph as the snapshot kgx's exporters read, so that kgx's own CSV writer (the format decision 0034
 * proves against the import tool) writes the files: no second CSV dialect to keep right.
 */
function snapshotOf(graph: GeneratedGraph): GraphSnapshot {
  // Every node also gets the common label, as kgx's own exports and writes give it (docs/decisions/0056).
  const labels = new Map(graph.nodes.map((n) => [n.id, [...n.labels, commonLabel].sort()]));
  return {
    database: "neo4j",
    counts: { nodes: graph.nodes.length, relationships: graph.relationships.length },
    constraints: [],
    indexes: [],
    nodes: async function* () {
      for (const n of graph.nodes) yield { id: n.id, labels: labels.get(n.id) ?? [], properties: n.props };
    },
    relationships: async function* () {
      for (const r of graph.relationships) {
        const [sourceLabels, targetLabels] = [labels.get(r.from) ?? [], labels.get(r.to) ?? []];
        yield { type: r.type, source: r.from, target: r.to, sourceLabels, targetLabels, properties: r.props };
      }
    },
    run: () => {
      throw new Error("a generated graph has no transaction to run queries in");
    },
  };
}

/**
 * Writes the graph as kgx's two CSV files and runs `neo4j-admin database import full` (neo4j/import-tool, from
 * Maven Central: `mvn -f neo4j/import-tool/pom.xml package`) into `<home>/data/databases/neo4j`, where the
 * embedded launcher opens it. The store must not exist yet; the schema is not in the CSV (apply it after).
 */
export async function importWithAdminTool(home: string, graph: GeneratedGraph): Promise<LoadReport> {
  const started = performance.now();
  const csv = join(home, "import-csv");
  await mkdir(csv, { recursive: true });
  await mkdir(join(home, "conf"), { recursive: true });
  const snapshot = snapshotOf(graph);
  const files = { nodes: join(csv, "nodes.csv"), relationships: join(csv, "relationships.csv") };
  for (const part of ["nodes", "relationships"] as const)
    await pipeline(Readable.from(csvExport(snapshot, part)), createWriteStream(files[part]));
  const args = ["-Xmx512m", "-cp", `${repoPath("neo4j", "import-tool", "target", "lib")}/*`];
  args.push("org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j", "--multiline-fields=true");
  args.push(`--nodes=${files.nodes}`, `--relationships=${files.relationships}`);
  // Unset, the tool plans for 90% of the machine's memory, which it shares with other work.
  args.push("--max-off-heap-memory=512m", `--report-file=${join(home, "import.report")}`);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") };
    const child = spawn("java", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
      });
    child.once("exit", (exit) => resolve({ code: exit, output }));
  });
  if (code !== 0 || !output.includes("IMPORT DONE"))
    throw new Error(`neo4j-admin database import failed (exit ${code}): ${output.slice(-2000)}`);
  const seconds = (performance.now() - started) / 1000;
  const rows = graph.nodes.length + graph.relationships.length;
  return { rows, seconds, rowsPerSecond: rows / seconds };
}
