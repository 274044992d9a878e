import { spawnSync } from "node:child_process";
import { repoPath } from "@kgx/server/dist/paths.js";
import { describe, expect, it } from "vitest";
import { startProgram } from "./program.js";

describe("the command line every measurement program shares", () => {
  it("reads --tier, --seed and --out beside the program's own options", () => {
    const program = startProgram({
      name: "soak",
      tier: "S",
      options: { minutes: { type: "string", default: "10" } },
      args: ["--tier", "tiny", "--seed", "3", "--out", "/tmp/somewhere", "--minutes", "1"],
    });
    expect(program.tier?.name).toBe("tiny");
    expect(program.seed).toBe(3);
    expect(program.out).toBe("/tmp/somewhere");
    expect(program.values.minutes).toBe("1");
  });

  it("reads the options after the `--` that `pnpm bench -- --tier M` passes on", () => {
    const program = startProgram({ name: "soak", tier: "S", options: {}, args: ["--", "--tier", "tiny"] });
    expect(program.tier?.name).toBe("tiny");
  });

  it("runs on the default tier with seed 7, writing to bench/results/<program>", () => {
    const program = startProgram({ name: "soak", tier: "S", options: {}, args: [] });
    expect(program.requireTier().name).toBe("S");
    expect(program.seed).toBe(7);
    expect(program.out).toMatch(/bench\/results\/soak$/);
  });

  it("runs on the article graph unless a tier is named, for the programs that can", () => {
    const program = startProgram({ name: "export-vs-apoc", tier: "article", options: {}, args: [] });
    expect(program.tier).toBeUndefined();
    expect(() => program.requireTier()).toThrow("needs --tier");
  });

  it("refuses --tier for a program that makes up its own data, and names an unknown tier's choices", () => {
    expect(() =>
      startProgram({ name: "statement-shapes", tier: null, options: {}, args: ["--tier", "S"] }),
    ).toThrow(/tier/);
    expect(() => startProgram({ name: "soak", tier: "S", options: {}, args: ["--tier", "XL"] })).toThrow(
      "choose one of smoke, tiny, S, M, L",
    );
  });

  it("answers a wrong command line in one line and exit code 2, without a stack trace", () => {
    for (const [args, said] of [
      [["--help"], "bench: Unknown option '--help' (docs/benchmarks.md lists the options)"],
      [["--tier", "XL"], "bench: Unknown tier 'XL'; choose one of smoke, tiny, S, M, L"],
    ] as const) {
      const run = spawnSync(process.execPath, [repoPath("bench", "dist", "run.js"), ...args], {
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`${said}\n`);
    }
  }, 60_000);
});
