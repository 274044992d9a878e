import type { InterfaceRef, ObjectRef } from "@pothos/core";
import { builder, type KgxSchemaTypes } from "../builder.js";
import type { NodeRecord } from "../graph-records.js";
import { type Page, PageInfo } from "./page.js";

/** The `<Name>Connection` type of a paged list: `{nodes, pageInfo}`. */
export function connectionOf(
  name: string,
  node: ObjectRef<KgxSchemaTypes, NodeRecord> | InterfaceRef<KgxSchemaTypes, NodeRecord>,
) {
  const connection = builder.objectRef<Page>(`${name}Connection`);
  connection.implement({
    description: `A page of ${name} nodes.`,
    fields: (t) => ({
      nodes: t.field({ type: [node], resolve: (page) => page.nodes }),
      pageInfo: t.field({ type: PageInfo, resolve: (page) => page }),
    }),
  });
  return connection;
}
