import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

/** What the export streams did: finished downloads, bytes read, and how the others ended. */
export interface ExportStreamReport {
  streams: number;
  completed: number;
  /** Bytes downloaded: curl's count for finished downloads, its reads (/proc/<pid>/io rchar) for stopped ones. */
  bytes: number;
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
 * Keeps `streams` downloads of `url` going, each starting again as soon as one ends, read at full speed and
 * thrown away. curl reads them in processes of their own, so the benchmark's event loop (which times the
 * requests under test) does not also pay for parsing megabytes of export; `--max-time` bounds each one.
 */
export function startExportStreams(url: string, streams: number, maxSeconds = 1800): ExportStreams {
  const running = new Set<ChildProcess>();
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
    const args = ["-sS", "--max-time", String(maxSeconds), "-o", "/dev/null"];
    const child = spawn("curl", [...args, "-w", "%{http_code} %{size_download} %{time_total}", url], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    running.add(child);
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.once("close", (code) => {
      running.delete(child);
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
  // What the running curls have read, from their I/O counters (curl reports nothing until it ends).
  const reading = async () => {
    let total = 0;
    for (const child of running) {
      const io = await readFile(`/proc/${child.pid}/io`, "utf8").catch(() => "");
      total += Number(/rchar:\s+(\d+)/.exec(io)?.[1] ?? 0);
    }
    return total;
  };
  return {
    report: () => structuredClone(report),
    flowing: async (bytes, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (report.completed > 0 || (await reading()) >= bytes) return true;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return false;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(pause);
      // curl prints nothing when stopped by a signal: what it had read so far is in its I/O counters.
      report.bytes += await reading();
      const exits = [...running].map((child) => new Promise((resolve) => child.once("close", resolve)));
      for (const child of running) child.kill("SIGTERM");
      await Promise.all(exits);
      return structuredClone(report);
    },
  };
}
