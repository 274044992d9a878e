import type { LiveResult } from "../harness/live-result.js";
import { countsSince, type SoakResult } from "./result.js";
import { openSlowClients } from "./slow-clients.js";
import type { KgxSupervisor } from "./supervisor.js";
import type { Traffic } from "./traffic.js";

/** When each fault happens, as a fraction of the soak: steady load first, the slow clients last and longest. */
const schedule = { freeze: 0.15, kill: 0.3, slowClients: 0.5 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** `promise`'s value, or null if it takes longer than `ms` (the timer does not keep the process alive). */
export const within = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([
    promise,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, ms)).unref()),
  ]);
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

interface FaultContext {
  supervisor: KgxSupervisor;
  traffic: Traffic;
  live: LiveResult<SoakResult>;
  event: (what: string) => void;
  startedAt: number;
  duration: number;
  settings: { freezeSeconds: number; slowClients: number };
  port: number;
}

/** How long after the soak's time the harness still waits for kgx to serve again after the kill. */
export const graceMs = 240_000;

/**
 * Runs the schedule: freeze, kill, slow clients; returns when the soak's time is up and the aftermath of the freeze
 * and the kill is accounted for (waiting at most `graceMs` more for kgx to serve again).
 */
export async function runFaults(context: FaultContext): Promise<void> {
  const { startedAt, duration } = context;
  const until = (fraction: number) => sleep(startedAt + fraction * duration - Date.now());
  await until(schedule.freeze);
  // The aftermath of each fault is followed while the schedule goes on, so one slow recovery delays nothing; the
  // kill waits for the SIGCONT, though, so that a short soak never kills a frozen JVM.
  const frozen = await freeze(context);
  await until(schedule.kill);
  const killed = kill(context);
  await until(schedule.slowClients);
  const remaining = (startedAt + duration - Date.now()) / 1000;
  context.event(`opening ${context.settings.slowClients} slow clients for up to ${remaining.toFixed(0)} s`);
  const slow = openSlowClients(context.port, context.settings.slowClients, remaining);
  context.live.data.slowClients = {
    count: context.settings.slowClients,
    openedAtSeconds: (Date.now() - startedAt) / 1000,
    fates: slow.fates,
  };
  await until(1);
  slow.stop();
  context.event("closed the slow clients still open");
  await within(Promise.all([frozen, killed]), graceMs);
}

/** Stops and continues the JVM; resolves after the SIGCONT with the promise of the aftermath (served again). */
async function freeze({ supervisor, traffic, live, event, settings }: FaultContext): Promise<Promise<void>> {
  const jvmPid = (await supervisor.jvmPid()) ?? null;
  live.data.freeze = {
    jvmPid,
    seconds: settings.freezeSeconds,
    servedDuring: 0,
    errorsDuring: {},
    firstServedAfterResumeSeconds: null,
  };
  if (!jvmPid) {
    event("no Neo4j JVM found under kgx: freeze skipped");
    return Promise.resolve();
  }
  const errorsBefore = { ...traffic.stats.errors };
  const servedBefore = sum(traffic.stats.served);
  event(`freezing Neo4j's JVM (pid ${jvmPid}) for ${settings.freezeSeconds} s: SIGSTOP`);
  process.kill(jvmPid, "SIGSTOP");
  try {
    await sleep(settings.freezeSeconds * 1000);
  } finally {
    // Never leave the JVM stopped, whatever happened meanwhile (it may be gone: then there is nothing to do).
    try {
      process.kill(jvmPid, "SIGCONT");
    } catch {}
  }
  const resumedAt = Date.now();
  event("SIGCONT: Neo4j's JVM runs again");
  const record = live.data.freeze;
  record.servedDuring = sum(traffic.stats.served) - servedBefore;
  return (async () => {
    const served = await within(traffic.servedAfter(resumedAt), graceMs);
    record.firstServedAfterResumeSeconds = served === null ? null : (served - resumedAt) / 1000;
    record.errorsDuring = countsSince(errorsBefore, traffic.stats.errors);
    const after = served === null ? "never" : `${record.firstServedAfterResumeSeconds?.toFixed(1)} s`;
    event(`served again ${after} after SIGCONT`);
    await live.save();
  })();
}

async function kill({ supervisor, traffic, live, event, startedAt, duration }: FaultContext): Promise<void> {
  const kgx = supervisor.current;
  const jvmPid = (await supervisor.jvmPid()) ?? null;
  const record: NonNullable<SoakResult["kill"]> = {
    jvmPid,
    kgxExited: null,
    restartedByHarness: false,
    servedAgainAfterSeconds: null,
    errorsUntilServed: {},
  };
  live.data.kill = record;
  if (!kgx || !jvmPid) {
    event("no Neo4j JVM found under kgx: kill skipped");
    return;
  }
  const errorsBefore = { ...traffic.stats.errors };
  const killedAt = Date.now();
  process.kill(jvmPid, "SIGKILL");
  event(`killed Neo4j's JVM (pid ${jvmPid}): SIGKILL`);
  const left = () => startedAt + duration + graceMs - Date.now();
  void within(kgx.exited, left()).then((exit) => {
    if (!exit) return;
    record.kgxExited = { code: exit.code, signal: exit.signal, afterSeconds: (exit.at - killedAt) / 1000 };
    record.restartedByHarness = true;
    void live.save();
  });
  const served = await within(traffic.servedAfter(killedAt), left());
  record.servedAgainAfterSeconds = served === null ? null : (served - killedAt) / 1000;
  record.errorsUntilServed = countsSince(errorsBefore, traffic.stats.errors);
  event(
    served === null
      ? `nothing served again after the kill within the soak and ${graceMs / 1000} s more`
      : `served again ${record.servedAgainAfterSeconds?.toFixed(1)} s after the kill`,
  );
  await live.save();
}
