/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddSourceInput = {
  /** A short label; the id is source: and this name as a slug */
  name: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  publishedOn?: string | null | undefined;
  publisher?: string | null | undefined;
  /** article, news report, statement, ...; report when left out */
  sourceKind?: string | null | undefined;
  /** The full text, as published (at most 900,000 characters) */
  text: string;
  url?: string | null | undefined;
};

export type ChangeSetAliasInput = {
  alias: string;
  entity: string | number;
};

export type ChangeSetClaimInput = {
  /** Entity ids or refs */
  about: Array<string>;
  /** An entity id, or the ref of a new entity of the set */
  claimant: string;
  /** UTF-16 offset where it ends (exclusive) */
  end: number;
  figure?: ChangeSetFigureInput | null | undefined;
  /** A short label; the quote's first words when left out */
  name?: string | null | undefined;
  /** asserts, denies, estimates or forecasts */
  stance: string;
  /** UTF-16 offset where the quote starts in the source's text */
  start: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  statedOn?: string | null | undefined;
  /** What is claimed, in your words; the quote when left out */
  text?: string | null | undefined;
};

export type ChangeSetEntityInput = {
  aliases?: Array<string> | null | undefined;
  /** person, state, organization, place, item or event */
  kind: string;
  /** The id is kind: and this name as a slug. */
  name: string;
  /** The client's name for it, without ':'; claims use it. */
  ref: string;
};

export type ChangeSetFigureInput = {
  quantity: number;
  unit?: string | null | undefined;
};

export type ChangeSetInput = {
  aliases?: Array<ChangeSetAliasInput> | null | undefined;
  claims?: Array<ChangeSetClaimInput> | null | undefined;
  entities?: Array<ChangeSetEntityInput> | null | undefined;
  source: ChangeSetSourceInput;
};

/** Either `id` (a stored source with a text) or `new` (stored with the set), not both. */
export type ChangeSetSourceInput = {
  id?: string | number | null | undefined;
  new?: AddSourceInput | null | undefined;
};

export type NodeFieldsFragment = { id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null };

export type SubgraphFieldsFragment = { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type GraphQueryVariables = Exact<{
  kinds?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  limit?: number | null | undefined;
  said?: boolean;
}>;


export type GraphQuery = { graph: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type SaidQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SaidQuery = { graph: { nodes: Array<{ id: string, said: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  said?: boolean;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }> };

export type NodeQueryVariables = Exact<{
  id: string | number;
  said?: boolean;
}>;


export type NodeQuery = { node: { id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null } | null };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  edgeTypes?: Array<string> | string | null | undefined;
  said?: boolean;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
  limit?: number | null | undefined;
  includeClaims?: boolean | null | undefined;
  asOf?: string | null | undefined;
  said?: boolean;
}>;


export type PathsQuery = { paths: Array<{ truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> }> };

export type CypherConsoleQueryVariables = Exact<{
  query: string;
  params?: Record<string, unknown> | null | undefined;
  said?: boolean;
}>;


export type CypherConsoleQuery = { cypher: { columns: Array<string>, rows: Array<Record<string, unknown>>, truncated: boolean, graph: { truncated: boolean, cypher: string, nodes: Array<{ id: string, kind: string, labels: Array<string>, name: string, degree: number, properties: Record<string, unknown>, said?: { dates: Array<string>, inferred: boolean, undated: boolean, publishedOn: string | null, publishedOnInferred: boolean } | null }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } } };

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

export type WorkbenchAnalyzeQueryVariables = Exact<{
  text: string;
  publishedOn?: string | null | undefined;
  publisher?: string | null | undefined;
}>;


export type WorkbenchAnalyzeQuery = { analyzeText: { mentions: Array<{ start: number, end: number, text: string, kind: string, score: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, candidates: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }>, figures: Array<{ start: number, end: number, text: string, quantity: number, unit: string | null }>, dates: Array<{ start: number, end: number, text: string, date: string }>, claims: Array<{ start: number, end: number, quote: string, stance: string, claimant: { start: number, end: number, text: string, kind: string, entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }, about: Array<{ start: number, end: number, text: string, kind: string, entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }>, figure: { quantity: number, unit: string | null } | null }> } };

export type WorkbenchCommitMutationVariables = Exact<{
  input: ChangeSetInput;
}>;


export type WorkbenchCommitMutation = { commitChangeSet: { id: string, created: Array<string>, changed: Array<string> } };

export type WorkbenchChangeSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchChangeSetsQuery = { changeSets: Array<{ id: string, at: string, by: string, action: string, source: string, created: Array<string>, changed: Array<string>, deleted: Array<string>, reverts: string | null, revertedBy: string | null }> };

export type WorkbenchRevertMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkbenchRevertMutation = { revertChangeSet: { id: string, created: Array<string>, deleted: Array<string>, changed: Array<string> } };

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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($kinds: [String!], $ids: [ID!], $limit: Int, $said: Boolean! = true) {
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
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
}`, {"hash":"sha256:0fb6054958a1bd887a25768c0619187250dda9ac615e5db8877b048631536dd1"}) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const SaidDocument = new TypedDocumentString(`
    query Said($ids: [ID!]) {
  graph(ids: $ids) {
    nodes {
      id
      said {
        dates
        inferred
        undated
        publishedOn
        publishedOnInferred
      }
    }
  }
}
    `, {"hash":"sha256:c6085176aeb3993867093be975de01d9babe13bc1d1d10fd4574b4e1b722a3fb"}) as unknown as TypedDocumentString<SaidQuery, SaidQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $said: Boolean! = true) {
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
}`, {"hash":"sha256:da87b8bad0531074eb00a0f1aa069c3514266fc079e3d845103bfdfad99f5f9e"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!, $said: Boolean! = true) {
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
}`, {"hash":"sha256:6a0e34d07b0063062d80f6fb6ad5dcc5a64c7c0baa1e7b2140ef4b2869a67f6f"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!], $said: Boolean! = true) {
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
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
}`, {"hash":"sha256:b0ebc10b698cb109444fa68de210898e68fc4eb8438a027cd252b9bdfe826111"}) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int, $includeClaims: Boolean, $asOf: String, $said: Boolean! = true) {
  paths(
    from: $from
    to: $to
    maxLength: $maxLength
    limit: $limit
    includeClaims: $includeClaims
    asOf: $asOf
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
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
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
}`, {"hash":"sha256:3403876f89327320a25f9f1bb6dd8b7fcff6a848842da962e67c9e5c35262076"}) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const CypherConsoleDocument = new TypedDocumentString(`
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
    fragment NodeFields on GraphNode {
  id
  kind
  labels
  name
  degree
  properties
  said @include(if: $said) {
    dates
    inferred
    undated
    publishedOn
    publishedOnInferred
  }
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
}`, {"hash":"sha256:a71bc2f8d197ed6f5822c714b4361d0a478237ce80bd3621e94f1271ff52191a"}) as unknown as TypedDocumentString<CypherConsoleQuery, CypherConsoleQueryVariables>;
export const CypherMenuDocument = new TypedDocumentString(`
    query CypherMenu {
  cypherMenu {
    name
    file
    text
    parameters
  }
}
    `, {"hash":"sha256:aae3cdaca27eb65dc6d3ba8b1190ccd8427369846d8a59a4efb4ffc3bd0fad7b"}) as unknown as TypedDocumentString<CypherMenuQuery, CypherMenuQueryVariables>;
export const CypherSchemaDocument = new TypedDocumentString(`
    query CypherSchema {
  cypherSchema {
    labels
    relationshipTypes
    propertyKeys
  }
}
    `, {"hash":"sha256:5b652709c6b8482a89cb686193add300b9fdfe4c5ec4eb49d5cc07500852fe62"}) as unknown as TypedDocumentString<CypherSchemaQuery, CypherSchemaQueryVariables>;
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
    `, {"hash":"sha256:0e5de6763a472bfb20a7b8aa2a060d9f3740b7b30547f96fd1fb047603adf3c0"}) as unknown as TypedDocumentString<SourceTextQuery, SourceTextQueryVariables>;
export const WorkbenchAnalyzeDocument = new TypedDocumentString(`
    query WorkbenchAnalyze($text: String!, $publishedOn: String, $publisher: String) {
  analyzeText(text: $text, publishedOn: $publishedOn, publisher: $publisher) {
    mentions {
      start
      end
      text
      kind
      score
      entity {
        id
        name
      }
      candidates {
        id
        name
      }
    }
    figures {
      start
      end
      text
      quantity
      unit
    }
    dates {
      start
      end
      text
      date
    }
    claims {
      start
      end
      quote
      stance
      claimant {
        start
        end
        text
        kind
        entity {
          id
          name
        }
      }
      about {
        start
        end
        text
        kind
        entity {
          id
          name
        }
      }
      figure {
        quantity
        unit
      }
    }
  }
}
    `, {"hash":"sha256:41782eba2ee0c0674245c1c1541a0cfc28b88a963f978e7cbabbac5ef4fbd023"}) as unknown as TypedDocumentString<WorkbenchAnalyzeQuery, WorkbenchAnalyzeQueryVariables>;
export const WorkbenchCommitDocument = new TypedDocumentString(`
    mutation WorkbenchCommit($input: ChangeSetInput!) {
  commitChangeSet(input: $input) {
    id
    created
    changed
  }
}
    `, {"hash":"sha256:e8d75e25562cbcf0a88c759ec797676f4c22e0b7db0c9e2a0e209fa5bdf2d1d6"}) as unknown as TypedDocumentString<WorkbenchCommitMutation, WorkbenchCommitMutationVariables>;
export const WorkbenchChangeSetsDocument = new TypedDocumentString(`
    query WorkbenchChangeSets {
  changeSets(first: 20) {
    id
    at
    by
    action
    source
    created
    changed
    deleted
    reverts
    revertedBy
  }
}
    `, {"hash":"sha256:f3072bb69b396ce42de68e55f88a8e09ca2e0f9d193fb4eb59f361703f7102da"}) as unknown as TypedDocumentString<WorkbenchChangeSetsQuery, WorkbenchChangeSetsQueryVariables>;
export const WorkbenchRevertDocument = new TypedDocumentString(`
    mutation WorkbenchRevert($id: ID!) {
  revertChangeSet(id: $id) {
    id
    created
    deleted
    changed
  }
}
    `, {"hash":"sha256:fd333ec403dc1550312f44178151aa10878732d1498faa1a55aef12925c997f3"}) as unknown as TypedDocumentString<WorkbenchRevertMutation, WorkbenchRevertMutationVariables>;