import { fileURLToPath } from "node:url";

/** The repository root, found from this file whether it runs from `src/` or `dist/`. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return [repoRoot.replace(/\/$/, ""), ...parts].join("/");
}
