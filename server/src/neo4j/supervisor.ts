import { messageOf } from "../errors.js";
import type { EmbeddedNeo4j, Neo4jExit } from "./launcher.js";

/** Keeps the embedded Neo4j running: see superviseEmbeddedNeo4j. */
export interface Supervisor {
  /** Stops watching and stops Neo4j (cleanly), including one being restarted at that moment. */
  stop(): Promise<void>;
}

/** Waits before each restart: 1 s, doubling up to a minute; back to 1 s once a restart stayed up a minute. */
const firstDelayMs = 1_000;
const maxDelayMs = 60_000;
const stableMs = 60_000;

/**
 * Watches the embedded Neo4j and, when its JVM dies (an OutOfMemoryError, a kill, a crash), logs why and starts
 * it again with backoff. kgx keeps serving meanwhile: requests get DATABASE_UNAVAILABLE until Neo4j is back,
 * and the driver reconnects by itself because the restart takes the same port.
 */
export function superviseEmbeddedNeo4j(
  first: EmbeddedNeo4j,
  restart: () => Promise<EmbeddedNeo4j>,
  options: { debugLog: string; log: (line: string) => void },
): Supervisor {
  const { log } = options;
  let current: EmbeddedNeo4j | undefined = first;
  let stopping = false;
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    let delay = firstDelayMs;
    let upSince = Date.now();
    while (current) {
      const exit = await current.exited;
      if (stopping) return;
      current = undefined;
      if (Date.now() - upSince >= stableMs) delay = firstDelayMs;
      log(
        `the embedded Neo4j stopped unexpectedly (${describeExit(exit)}); see ${options.debugLog}. ` +
          `kgx answers DATABASE_UNAVAILABLE until it is back, and restarts it in ${delay / 1000} s.`,
      );
      while (!current && !stopping) {
        await pause(delay);
        if (stopping) return;
        const downSince = Date.now();
        try {
          current = await restart();
          upSince = Date.now();
          if (stopping) return await current.stop();
          log(
            `the embedded Neo4j is back (pid ${current.pid}, started in ${seconds(Date.now() - downSince)})`,
          );
        } catch (error) {
          delay = Math.min(delay * 2, maxDelayMs);
          log(`the embedded Neo4j did not start again: ${messageOf(error)}. Next try in ${delay / 1000} s.`);
        }
      }
      delay = Math.min(delay * 2, maxDelayMs);
    }
  };
  const watching = watch();

  return {
    stop: async () => {
      stopping = true;
      wake();
      await current?.stop();
      await watching;
    },
  };
}

/** "exit code 3: Terminating due to java.lang.OutOfMemoryError: Java heap space", "killed by SIGKILL". */
export function describeExit(exit: Neo4jExit): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  const reason = exit.lastLines.findLast((line) => /error|exception|terminating/i.test(line));
  return reason ? `${how}: ${reason.trim()}` : how;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
