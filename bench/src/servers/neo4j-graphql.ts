/**
 * The R10 baseline: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same Neo4j, served by graphql-yoga like
 * kgx, with type definitions for the part of kgx's model the compared queries read.
 */
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type State @node(labels: ["State", "Entity"]) {
    id: ID!
    name: String!
    transfersOut: [Transfer!]! @relationship(type: "FROM", direction: IN)
    transfersIn: [Transfer!]! @relationship(type: "TO", direction: IN)
  }
  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String!
  }
  type Role @relationshipProperties {
    title: String
  }
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    leads: [State!]! @relationship(type: "LEADS", direction: OUT, properties: "Role")
    officialOf: [State!]! @relationship(type: "OFFICIAL_OF", direction: OUT, properties: "Role")
    claimsMade: [Claim!]! @relationship(type: "CLAIMED_BY", direction: IN)
    claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN)
  }
  type Item @node(labels: ["Item", "Entity"]) {
    id: ID!
    name: String!
  }
  type Carries @relationshipProperties {
    quantity: Int
    unit: String
  }
  union Party = State | Organization | Person
  type Transfer @node {
    id: ID!
    name: String!
    status: String!
    period: String
    from: [Party!]! @relationship(type: "FROM", direction: OUT)
    to: [Party!]! @relationship(type: "TO", direction: OUT)
    items: [Item!]! @relationship(type: "CARRIES", direction: OUT, properties: "Carries")
  }
  type Claim @node {
    id: ID!
    name: String!
    stance: String
  }
`;

const env = (name: string) => process.env[name] ?? "";
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const database = env("NEO4J_DATABASE");
const yoga = createYoga({
  schema,
  context: () => ({ sessionConfig: { database } }),
  graphiql: false,
  landingPage: false,
  logging: false,
});
const server = createServer((request, response) => {
  if (request.url === "/ready") {
    response.end("ok");
    return;
  }
  void yoga(request, response);
});
server.listen(Number(env("PORT")), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
