import { graphql } from "../../gql";

// The console's operations (server/src/graphql/schema/cypher-console.ts); the graph comes in the canvas's shape.

export const CypherConsoleQuery = graphql(`
  query CypherConsole($query: String!, $params: JSON, $said: Boolean! = true) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      graph {
        ...SubgraphFields
      }
    }
  }
`);

export const CypherMenuQuery = graphql(`
  query CypherMenu {
    cypherMenu {
      name
      file
      text
      parameters
    }
  }
`);

export const CypherSchemaQuery = graphql(`
  query CypherSchema {
    cypherSchema {
      labels
      relationshipTypes
      propertyKeys
    }
  }
`);
