import { defineConfig } from "vitest/config";

const neo4jSetup = "server/test/neo4j-global-setup.ts";

// graphql 16 ships CommonJS and ESM builds without an exports map: Vite would pick the ESM one for our sources
// while Pothos and Yoga load the CommonJS one, and graphql refuses types from "another realm". One copy for all.
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

/**
 * Three tiers (docs/development.md): `unit` needs nothing; `integration` and `e2e` each get a real Neo4j from the
 * global setup (or both use NEO4J_URI), and run their files one at a time because each file clears the database.
 * `groupOrder` runs the tiers one after the other, so that with NEO4J_URI they never clear one database at once,
 * and so that JVMs and Chromium do not fight over two cores.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["server/src/**/*.test.ts", "web/src/**/*.test.{ts,tsx}", "bench/src/**/*.test.ts"],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["server/test/**/*.int.test.ts", "bench/test/**/*.int.test.ts"],
          globalSetup: [neo4jSetup],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["e2e/**/*.e2e.test.ts"],
          globalSetup: [neo4jSetup],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
