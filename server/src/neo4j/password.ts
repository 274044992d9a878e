import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The embedded Neo4j's password: read from `file`, or generated on first start and written there readable by
 * the owner only.
 */
export async function readOrCreatePassword(file: string): Promise<string> {
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 8) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const password = randomBytes(24).toString("base64url");
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  // writeFile keeps the mode of a file that already existed (an empty or short one), so set it again.
  await chmod(file, 0o600);
  return password;
}
