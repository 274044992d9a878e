import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the page, generated from the server's committed SDL (the web app never imports server code). */
const config: CodegenConfig = {
  schema: process.env.KGX_SCHEMA ?? "../server/schema.graphql",
  documents: ["src/**/*.ts", "src/**/*.tsx", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        scalars: { JSON: "Record<string, unknown>" },
        enumsAsTypes: true,
        useTypeImports: true,
        documentMode: "string",
      },
      // Each operation's SHA-256 goes into its document and into src/gql/persisted-documents.json, which the
      // server reads at start: the page sends hashes, not query texts (decision 0075).
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
    },
  },
};

export default config;
