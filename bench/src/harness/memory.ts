import { readFile } from "node:fs/promises";

/** Resident memory of a process (VmRSS) in MiB, to a tenth, or null once it is gone. */
export async function residentMiB(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kib === undefined ? null : Math.round(Number(kib) / 102.4) / 10;
}

/**
 * Samples the resident memory of the processes `pids()` names (asked again at each sample, so a child started by
 * `work` is followed once it exists) every 20 ms while `work` runs; returns its value and each pid's peak in MiB.
 */
export async function peakResident<T>(
  pids: () => readonly number[],
  work: () => Promise<T>,
): Promise<{ value: T; peaksMiB: Map<number, number> }> {
  const peaksMiB = new Map<number, number>();
  const sample = async () => {
    for (const pid of pids()) {
      const mib = await residentMiB(pid);
      if (mib !== null) peaksMiB.set(pid, Math.max(peaksMiB.get(pid) ?? 0, mib));
    }
  };
  await sample();
  const timer = setInterval(() => void sample(), 20);
  try {
    const value = await work();
    await sample();
    return { value, peaksMiB };
  } finally {
    clearInterval(timer);
  }
}
