import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../builder.js";

/** Any JSON value: properties of nodes and relationships, with Neo4j Integers and temporals already converted. */
export const JSONScalar = builder.scalarType("JSON", {
  description: "A JSON value (node and relationship properties: numbers, ISO date strings, lists, maps).",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => literalValue(node),
});

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value)]));
    default:
      throw new GraphQLError("JSON literals cannot contain variables");
  }
}
