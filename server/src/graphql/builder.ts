import SchemaBuilder from "@pothos/core";
import type { GraphQLContext } from "./context.js";

/** The one Pothos builder: plugins and shared typing only; the types live in `schema/<type>.ts`. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  defaultFieldNullability: false,
});

/** The builder's schema types, for helpers that take Pothos refs. */
export type KgxSchemaTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
