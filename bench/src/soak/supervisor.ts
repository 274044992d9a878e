import { residentMiB } from "../harness/memory.js";
import { type KgxExit, type OwnKgx, type OwnKgxOptions, startOwnKgx } from "../harness/own-kgx.js";

/** How often the harness starts kgx again after it exits during one soak. */
const maxRestarts = 3;

/**
 * Keeps one kgx (with its own Neo4j) for the soak. If kgx exits, which it does when its Neo4j dies until it can
 * restart Neo4j itself, the exit is reported and kgx is started again on the same port and data folder, as a
 * service manager would, so that the rest of the soak (and the check of acknowledged writes) still runs.
 */
export class KgxSupervisor {
  current: OwnKgx | undefined;
  port: number | undefined;
  onExit: (exit: KgxExit, logTail: string[]) => void = () => {};
  onRestart: (seconds: number) => void = () => {};
  private restarts = 0;
  private stopping = false;
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly options: Omit<OwnKgxOptions, "port">,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts kgx (on the port of the previous one, if any) and watches it. */
  async start(): Promise<OwnKgx & { port: number }> {
    const kgx = await startOwnKgx({ ...this.options, ...(this.port ? { port: this.port } : {}) });
    this.port = Number(new URL(kgx.url).port);
    this.current = kgx;
    void kgx.exited.then((exit) => {
      if (this.stopping || kgx !== this.current) return;
      this.onExit(exit, kgx.logTail());
      if (this.restarts >= maxRestarts) return;
      this.restarts++;
      this.restarting = this.restart();
    });
    return { ...kgx, port: this.port };
  }

  private async restart(): Promise<void> {
    const started = performance.now();
    try {
      await this.start();
      this.onRestart((performance.now() - started) / 1000);
    } catch (error) {
      this.log(`restarting kgx failed: ${(error as Error).message}`);
    }
  }

  /** The pid of the JVM of kgx's embedded Neo4j now, if there is one. */
  async jvmPid(): Promise<number | undefined> {
    return this.current?.exit ? undefined : this.current?.jvmPid();
  }

  /** Resident memory of kgx and of its JVM now. */
  async memory() {
    const kgxPid = this.current?.exit ? 0 : (this.current?.pid ?? 0);
    const jvmPid = (await this.jvmPid()) ?? null;
    return {
      kgxPid,
      kgxRssMiB: await residentMiB(kgxPid),
      jvmPid,
      jvmRssMiB: await residentMiB(jvmPid ?? undefined),
    };
  }

  /** Waits for a restart under way, and starts kgx if none is running (e.g. after the restarts ran out). */
  async ensureRunning(): Promise<void> {
    await this.restarting;
    if (!this.current || this.current.exit) {
      this.restarts = maxRestarts;
      await this.start();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.current?.stop();
  }
}
