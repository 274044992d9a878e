import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A result file that is rewritten as measurements arrive, so that a run cut short still leaves its figures. */
export interface LiveResult<T> {
  /** The JSON file's path. */
  file: string;
  data: T;
  /** Writes `data` now (whole, through a temporary file, so a reader never sees half a file). */
  save(): Promise<void>;
}

/** Opens `<folder>/<name>.json` for `data` and writes it once. */
export async function openLiveResult<T>(folder: string, name: string, data: T): Promise<LiveResult<T>> {
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${name}.json`);
  // Saves may overlap (a timer and a phase both saving): chain them so the last state always wins.
  let queue = Promise.resolve();
  const result: LiveResult<T> = {
    file,
    data,
    save: () => {
      queue = queue.then(async () => {
        await writeFile(`${file}.tmp`, `${JSON.stringify(result.data, null, 2)}\n`);
        await rename(`${file}.tmp`, file);
      });
      return queue;
    },
  };
  await result.save();
  return result;
}

/** A file name stamp for a run: `2026-11-28T02-30-05`, sortable and safe on every file system. */
export function runStamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replaceAll(":", "-");
}
