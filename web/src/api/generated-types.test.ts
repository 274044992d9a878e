import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../../codegen";

const webRoot = fileURLToPath(new URL("../../", import.meta.url));

it("the committed GraphQL types in web/src/gql match server/schema.graphql (run `pnpm --filter @kgx/web codegen`)", async () => {
  const outputs = await generate({ ...config, cwd: webRoot, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const { filename, content } of outputs) {
    const committed = await readFile(join(webRoot, filename), "utf8");
    expect(committed, filename).toBe(content);
  }
}, 30_000);
