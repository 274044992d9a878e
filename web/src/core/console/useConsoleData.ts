import { useEffect, useState } from "react";
import { request } from "../../api/client";
import { CypherMenuQuery, CypherSchemaQuery } from "./documents";

/** A query of the console's menu. */
export interface MenuEntry {
  name: string;
  file: string;
  text: string;
  parameters: string[];
}

/** The names the editor completes, in the shape of Neo4j's editor schema. */
export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/**
 * The console's menu of queries and the live schema for completion, fetched once the console opens. Either is
 * empty while it loads or if it failed: the console works without them.
 */
export function useConsoleData(): { menu: MenuEntry[]; schema: EditorSchema | undefined } {
  const [menu, setMenu] = useState<MenuEntry[]>([]);
  const [schema, setSchema] = useState<EditorSchema>();
  useEffect(() => {
    let live = true;
    request(CypherMenuQuery, {}).then(
      (data) => live && setMenu(data.cypherMenu),
      () => undefined,
    );
    request(CypherSchemaQuery, {}).then(
      (data) => live && setSchema(data.cypherSchema),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return { menu, schema };
}
