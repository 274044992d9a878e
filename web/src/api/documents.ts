import { graphql } from "../gql";

// The page uses the generic graph layer of the API (docs/decisions/0020): its names are the stable contract.

export const NodeFields = graphql(`
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
`);

export const SubgraphFields = graphql(`
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
`);

export const GraphQuery = graphql(`
  query Graph($kinds: [String!], $ids: [ID!], $limit: Int, $said: Boolean! = true) {
    graph(kinds: $kinds, ids: $ids, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

/** When the claims and transfers of the page's first view were said, asked for after its first frame. */
export const SaidQuery = graphql(`
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
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int, $said: Boolean! = true) {
    search(query: $query, first: $first) {
      ...NodeFields
    }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!, $said: Boolean! = true) {
    node(id: $id) {
      ...NodeFields
    }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!], $said: Boolean! = true) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, edgeTypes: $edgeTypes) {
      ...SubgraphFields
    }
  }
`);

export const PathsQuery = graphql(`
  query Paths(
    $from: ID!
    $to: ID!
    $maxLength: Int
    $limit: Int
    $includeClaims: Boolean
    $asOf: String
    $said: Boolean! = true
  ) {
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
`);
