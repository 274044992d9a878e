import { type ChildProcess, spawn } from "node:child_process";
import { rm, stat } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";

/** What the export streams did: finished downloads, bytes read, and how the others ended. */
export interface ExportStreamReport {
  streams: number;
  completed: number;
  /** Bytes downloaded: curl's count for finished downloads, the size of the file written so far for stopped ones. */
  bytes: number;
  /** Bytes downloaded between the moment `flowing` said the exports stream and `stop`: what streamed while measured. */
  bytesWhileMeasured?: number;
  /** Mean seconds of a completed export. */
  meanSeconds: number | null;
  /** How each download ended, e.g. `HTTP 200` or `curl exit 7 (HTTP 000)`; those stopped by `stop()` are left out. */
  outcomes: Record<string, number>;
  /** When each download ended and how (the first 200), to line them up with a soak's events. */
  ends: { at: string; outcome: string; seconds: number }[];
}

/** Streams that run until stopped. */
export interface ExportStreams {
  report(): ExportStreamReport;
  /** Resolves once the running downloads have read `bytes` between them, or after `timeoutMs`; says which. */
  flowing(bytes: number, timeoutMs: number): Promise<boolean>;
  /** Stops the downloads under way (their partial bytes count) and resolves once every curl has exited. */
  stop(): Promise<ExportStreamReport>;
}

/**
 * Keeps `streams` downloads of `url` going, each starting again as soon as one ends, read at full speed into a
 * temporary file (whose size says how far a download has got) and thrown away. curl reads them in processes of
 * their own, so the benchmark's event loop (which times the requests under test) does not also pay for parsing
 * megabytes of export; `--max-time` bounds each one.
 */
export function startExportStreams(url: string, streams: number, maxSeconds = 1800): ExportStreams {
  const running = new Map<ChildProcess, string>();
  let downloads = 0;
  const report: ExportStreamReport = {
    streams,
    completed: 0,
    bytes: 0,
    meanSeconds: null,
    outcomes: {},
    ends: [],
  };
  let totalSeconds = 0;
  let stopping = false;
  let pause: NodeJS.Timeout | undefined;
  const launch = () => {
    if (stopping) return;
    const file = join(os.tmpdir(), `kgx-export-stream-${process.pid}-${downloads++}`);
    const args = ["-sS", "--max-time", String(maxSeconds), "-o", file];
    const child = spawn("curl", [...args, "-w", "%{http_code} %{size_download} %{time_total}", url], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    running.set(child, file);
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.once("close", (code) => {
      running.delete(child);
      void rm(file, { force: true });
      const [status = "000", size = "0", seconds = "0"] = out.trim().split(" ");
      if (!stopping) report.bytes += Number(size);
      if (!stopping) {
        const outcome = code === 0 ? `HTTP ${status}` : `curl exit ${code} (HTTP ${status})`;
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
        if (report.ends.length < 200)
          report.ends.push({ at: new Date().toISOString(), outcome, seconds: Number(seconds) });
        if (code === 0 && status === "200") {
          report.completed++;
          totalSeconds += Number(seconds);
          report.meanSeconds = totalSeconds / report.completed;
        }
      }
      // A refused or failed download starts again after a pause, so a server that is down is not hammered.
      if (code === 0 && status === "200") launch();
      else pause = setTimeout(launch, 1000);
    });
  };
  for (let i = 0; i < streams; i++) launch();
  // What the running curls have read, from the files they write (curl reports nothing until it ends).
  const reading = async () => {
    let total = 0;
    for (const file of running.values())
      total += await stat(file).then(
        (s) => s.size,
        () => 0,
      );
    return total;
  };
  let measuredFrom: number | undefined;
  return {
    report: () => structuredClone(report),
    flowing: async (bytes, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const read = await reading();
        if (report.completed > 0 || read >= bytes) {
          measuredFrom = report.bytes + read;
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return false;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(pause);
      // curl prints nothing when stopped by a signal: what it had read so far is in the file it writes.
      report.bytes += await reading();
      if (measuredFrom !== undefined) report.bytesWhileMeasured = report.bytes - measuredFrom;
      const exits = [...running.keys()].map(
        (child) => new Promise((resolve) => child.once("close", resolve)),
      );
      for (const child of running.keys()) child.kill("SIGTERM");
      await Promise.all(exits);
      return structuredClone(report);
    },
  };
}
