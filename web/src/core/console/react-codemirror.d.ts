// The package ships its types, but its "exports" map hides them from TypeScript's bundler resolution: these are
// the props kgx uses, as the package's src/CypherEditor.d.ts declares them.
declare module "@neo4j-cypher/react-codemirror" {
  import type { Component } from "react";

  /** The names the editor completes (the package's EditorSupportSchema, in part). */
  export interface EditorSupportSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
  }

  export interface CypherEditorProps {
    value?: string;
    onValueChanged?: (value: string) => void;
    onKeyDown?: (event: KeyboardEvent) => void;
    schema?: EditorSupportSchema;
    lint?: boolean;
    autofocus?: boolean;
    theme?: "light" | "dark" | "auto";
    lineWrapping?: boolean;
    placeholder?: string;
    className?: string;
  }

  /** Neo4j's Cypher editor: CodeMirror 6 with Cypher highlighting, completion and syntax errors. */
  export class CypherEditor extends Component<CypherEditorProps> {}
}
