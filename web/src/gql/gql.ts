/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    degree\n    properties\n    said @include(if: $said) {\n      dates\n      inferred\n      undated\n      publishedOn\n      publishedOnInferred\n    }\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n    cypher\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  query Graph($kinds: [String!], $ids: [ID!], $limit: Int, $said: Boolean! = true) {\n    graph(kinds: $kinds, ids: $ids, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.GraphDocument,
    "\n  query Said($ids: [ID!]) {\n    graph(ids: $ids) {\n      nodes {\n        id\n        said {\n          dates\n          inferred\n          undated\n          publishedOn\n          publishedOnInferred\n        }\n      }\n    }\n  }\n": typeof types.SaidDocument,
    "\n  query Search($query: String!, $first: Int, $said: Boolean! = true) {\n    search(query: $query, first: $first) {\n      ...NodeFields\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Node($id: ID!, $said: Boolean! = true) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n": typeof types.NodeDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!], $said: Boolean! = true) {\n    neighbourhood(id: $id, depth: $depth, limit: $limit, edgeTypes: $edgeTypes) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Paths(\n    $from: ID!\n    $to: ID!\n    $maxLength: Int\n    $limit: Int\n    $includeClaims: Boolean\n    $asOf: String\n    $said: Boolean! = true\n  ) {\n    paths(\n      from: $from\n      to: $to\n      maxLength: $maxLength\n      limit: $limit\n      includeClaims: $includeClaims\n      asOf: $asOf\n    ) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query CypherConsole($query: String!, $params: JSON, $said: Boolean! = true) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      truncated\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.CypherConsoleDocument,
    "\n  query CypherMenu {\n    cypherMenu {\n      name\n      file\n      text\n      parameters\n    }\n  }\n": typeof types.CypherMenuDocument,
    "\n  query CypherSchema {\n    cypherSchema {\n      labels\n      relationshipTypes\n      propertyKeys\n    }\n  }\n": typeof types.CypherSchemaDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      name\n      text\n      quotedClaims {\n        id\n        stance\n        quote\n        quoteSpan {\n          start\n          end\n        }\n        claimants {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SourceTextDocument,
    "\n  query WorkbenchAnalyze($text: String!, $publishedOn: String, $publisher: String) {\n    analyzeText(text: $text, publishedOn: $publishedOn, publisher: $publisher) {\n      mentions { start end text kind score entity { id name } candidates { id name } }\n      figures { start end text quantity unit }\n      dates { start end text date }\n      claims {\n        start end quote stance\n        claimant { start end text kind entity { id name } }\n        about { start end text kind entity { id name } }\n        figure { quantity unit }\n      }\n    }\n  }\n": typeof types.WorkbenchAnalyzeDocument,
    "\n  mutation WorkbenchCommit($input: ChangeSetInput!) {\n    commitChangeSet(input: $input) { id created changed }\n  }\n": typeof types.WorkbenchCommitDocument,
    "\n  query WorkbenchChangeSets {\n    changeSets(first: 20) { id at by action source created changed deleted reverts revertedBy }\n  }\n": typeof types.WorkbenchChangeSetsDocument,
    "\n  mutation WorkbenchRevert($id: ID!) {\n    revertChangeSet(id: $id) { id created deleted changed }\n  }\n": typeof types.WorkbenchRevertDocument,
};
const documents: Documents = {
    "\n  fragment NodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    degree\n    properties\n    said @include(if: $said) {\n      dates\n      inferred\n      undated\n      publishedOn\n      publishedOnInferred\n    }\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n    cypher\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  query Graph($kinds: [String!], $ids: [ID!], $limit: Int, $said: Boolean! = true) {\n    graph(kinds: $kinds, ids: $ids, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.GraphDocument,
    "\n  query Said($ids: [ID!]) {\n    graph(ids: $ids) {\n      nodes {\n        id\n        said {\n          dates\n          inferred\n          undated\n          publishedOn\n          publishedOnInferred\n        }\n      }\n    }\n  }\n": types.SaidDocument,
    "\n  query Search($query: String!, $first: Int, $said: Boolean! = true) {\n    search(query: $query, first: $first) {\n      ...NodeFields\n    }\n  }\n": types.SearchDocument,
    "\n  query Node($id: ID!, $said: Boolean! = true) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n": types.NodeDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!], $said: Boolean! = true) {\n    neighbourhood(id: $id, depth: $depth, limit: $limit, edgeTypes: $edgeTypes) {\n      ...SubgraphFields\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Paths(\n    $from: ID!\n    $to: ID!\n    $maxLength: Int\n    $limit: Int\n    $includeClaims: Boolean\n    $asOf: String\n    $said: Boolean! = true\n  ) {\n    paths(\n      from: $from\n      to: $to\n      maxLength: $maxLength\n      limit: $limit\n      includeClaims: $includeClaims\n      asOf: $asOf\n    ) {\n      ...SubgraphFields\n    }\n  }\n": types.PathsDocument,
    "\n  query CypherConsole($query: String!, $params: JSON, $said: Boolean! = true) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      truncated\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.CypherConsoleDocument,
    "\n  query CypherMenu {\n    cypherMenu {\n      name\n      file\n      text\n      parameters\n    }\n  }\n": types.CypherMenuDocument,
    "\n  query CypherSchema {\n    cypherSchema {\n      labels\n      relationshipTypes\n      propertyKeys\n    }\n  }\n": types.CypherSchemaDocument,
    "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      name\n      text\n      quotedClaims {\n        id\n        stance\n        quote\n        quoteSpan {\n          start\n          end\n        }\n        claimants {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SourceTextDocument,
    "\n  query WorkbenchAnalyze($text: String!, $publishedOn: String, $publisher: String) {\n    analyzeText(text: $text, publishedOn: $publishedOn, publisher: $publisher) {\n      mentions { start end text kind score entity { id name } candidates { id name } }\n      figures { start end text quantity unit }\n      dates { start end text date }\n      claims {\n        start end quote stance\n        claimant { start end text kind entity { id name } }\n        about { start end text kind entity { id name } }\n        figure { quantity unit }\n      }\n    }\n  }\n": types.WorkbenchAnalyzeDocument,
    "\n  mutation WorkbenchCommit($input: ChangeSetInput!) {\n    commitChangeSet(input: $input) { id created changed }\n  }\n": types.WorkbenchCommitDocument,
    "\n  query WorkbenchChangeSets {\n    changeSets(first: 20) { id at by action source created changed deleted reverts revertedBy }\n  }\n": types.WorkbenchChangeSetsDocument,
    "\n  mutation WorkbenchRevert($id: ID!) {\n    revertChangeSet(id: $id) { id created deleted changed }\n  }\n": types.WorkbenchRevertDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on GraphNode {\n    id\n    kind\n    labels\n    name\n    degree\n    properties\n    said @include(if: $said) {\n      dates\n      inferred\n      undated\n      publishedOn\n      publishedOnInferred\n    }\n  }\n"): typeof import('./graphql').NodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      id\n      type\n      source\n      target\n      properties\n    }\n    truncated\n    cypher\n  }\n"): typeof import('./graphql').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Graph($kinds: [String!], $ids: [ID!], $limit: Int, $said: Boolean! = true) {\n    graph(kinds: $kinds, ids: $ids, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Said($ids: [ID!]) {\n    graph(ids: $ids) {\n      nodes {\n        id\n        said {\n          dates\n          inferred\n          undated\n          publishedOn\n          publishedOnInferred\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int, $said: Boolean! = true) {\n    search(query: $query, first: $first) {\n      ...NodeFields\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!, $said: Boolean! = true) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n"): typeof import('./graphql').NodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeTypes: [String!], $said: Boolean! = true) {\n    neighbourhood(id: $id, depth: $depth, limit: $limit, edgeTypes: $edgeTypes) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths(\n    $from: ID!\n    $to: ID!\n    $maxLength: Int\n    $limit: Int\n    $includeClaims: Boolean\n    $asOf: String\n    $said: Boolean! = true\n  ) {\n    paths(\n      from: $from\n      to: $to\n      maxLength: $maxLength\n      limit: $limit\n      includeClaims: $includeClaims\n      asOf: $asOf\n    ) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CypherConsole($query: String!, $params: JSON, $said: Boolean! = true) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      truncated\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n"): typeof import('./graphql').CypherConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CypherMenu {\n    cypherMenu {\n      name\n      file\n      text\n      parameters\n    }\n  }\n"): typeof import('./graphql').CypherMenuDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CypherSchema {\n    cypherSchema {\n      labels\n      relationshipTypes\n      propertyKeys\n    }\n  }\n"): typeof import('./graphql').CypherSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceText($id: ID!) {\n    source(id: $id) {\n      id\n      name\n      text\n      quotedClaims {\n        id\n        stance\n        quote\n        quoteSpan {\n          start\n          end\n        }\n        claimants {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SourceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchAnalyze($text: String!, $publishedOn: String, $publisher: String) {\n    analyzeText(text: $text, publishedOn: $publishedOn, publisher: $publisher) {\n      mentions { start end text kind score entity { id name } candidates { id name } }\n      figures { start end text quantity unit }\n      dates { start end text date }\n      claims {\n        start end quote stance\n        claimant { start end text kind entity { id name } }\n        about { start end text kind entity { id name } }\n        figure { quantity unit }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkbenchAnalyzeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkbenchCommit($input: ChangeSetInput!) {\n    commitChangeSet(input: $input) { id created changed }\n  }\n"): typeof import('./graphql').WorkbenchCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchChangeSets {\n    changeSets(first: 20) { id at by action source created changed deleted reverts revertedBy }\n  }\n"): typeof import('./graphql').WorkbenchChangeSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkbenchRevert($id: ID!) {\n    revertChangeSet(id: $id) { id created deleted changed }\n  }\n"): typeof import('./graphql').WorkbenchRevertDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
