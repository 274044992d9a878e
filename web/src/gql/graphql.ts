/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type NodeFieldsFragment = { id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> };

export type SubgraphFieldsFragment = { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type GraphQueryVariables = Exact<{
  kinds?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type GraphQuery = { graph: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }> };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node: { id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> } | null };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  edgeTypes?: Array<string> | string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
  limit?: number | null | undefined;
  includeClaims?: boolean | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> }> };

export type CypherConsoleQueryVariables = Exact<{
  query: string;
  params?: Record<string, unknown> | null | undefined;
}>;


export type CypherConsoleQuery = { cypher: { columns: Array<string>, rows: Array<Record<string, unknown>>, truncated: boolean, graph: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } } };

export type CypherMenuQueryVariables = Exact<{ [key: string]: never; }>;


export type CypherMenuQuery = { cypherMenu: Array<{ name: string, file: string, text: string, parameters: Array<string> }> };

export type CypherSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type CypherSchemaQuery = { cypherSchema: { labels: Array<string>, relationshipTypes: Array<string>, propertyKeys: Array<string> } };

export type SourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceTextQuery = { source: { id: string, name: string, text: string | null, quotedClaims: Array<{ id: string, stance: string, quote: string, quoteSpan: { start: number, end: number } | null, claimants: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
  cypher
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($kinds: [String!], $ids: [ID!], $limit: Int) {
  graph(kinds: $kinds, ids: $ids, limit: $limit) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
  cypher
}`) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    ...NodeFields
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    ...NodeFields
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!]) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, edgeTypes: $edgeTypes) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
  cypher
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $includeClaims: Boolean) {
  paths(
    from: $from
    to: $to
    maxLength: $maxLength
    limit: $limit
    includeClaims: $includeClaims
  ) {
    ...SubgraphFields
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
  cypher
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const CypherConsoleDocument = new TypedDocumentString(`
    query CypherConsole($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) {
    columns
    rows
    truncated
    graph {
      ...SubgraphFields
    }
  }
}
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
}
fragment SubgraphFields on Subgraph {
  nodes {
    ...NodeFields
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
  cypher
}`) as unknown as TypedDocumentString<CypherConsoleQuery, CypherConsoleQueryVariables>;
export const CypherMenuDocument = new TypedDocumentString(`
    query CypherMenu {
  cypherMenu {
    name
    file
    text
    parameters
  }
}
    `) as unknown as TypedDocumentString<CypherMenuQuery, CypherMenuQueryVariables>;
export const CypherSchemaDocument = new TypedDocumentString(`
    query CypherSchema {
  cypherSchema {
    labels
    relationshipTypes
    propertyKeys
  }
}
    `) as unknown as TypedDocumentString<CypherSchemaQuery, CypherSchemaQueryVariables>;
export const SourceTextDocument = new TypedDocumentString(`
    query SourceText($id: ID!) {
  source(id: $id) {
    id
    name
    text
    quotedClaims {
      id
      stance
      quote
      quoteSpan {
        start
        end
      }
      claimants {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;