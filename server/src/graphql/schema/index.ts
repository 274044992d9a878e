import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.js";
import "./json.js";
import "./graph-node.js";
import "./graph-edge.js";
import "./subgraph.js";

builder.queryType({});

/** kgx's GraphQL schema, sorted so that its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
