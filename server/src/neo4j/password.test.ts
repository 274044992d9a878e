import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readOrCreatePassword } from "./password.js";

let folder = "";
afterEach(async () => rm(folder, { recursive: true, force: true }));

describe("readOrCreatePassword", () => {
  it("generates a password on first use, stores it owner-only, and returns the same one afterwards", async () => {
    folder = await mkdtemp(join(tmpdir(), "kgx-password-"));
    const file = join(folder, "neo4j", "password");
    const first = await readOrCreatePassword(file);
    const second = await readOrCreatePassword(file);
    expect(first).toHaveLength(32);
    expect(second).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("replaces a password file too short for Neo4j and tightens its mode", async () => {
    folder = await mkdtemp(join(tmpdir(), "kgx-password-"));
    const file = join(folder, "password");
    await writeFile(file, "short\n", { mode: 0o644 });
    const password = await readOrCreatePassword(file);
    expect(password).not.toBe("short");
    expect((await readFile(file, "utf8")).trim()).toBe(password);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
