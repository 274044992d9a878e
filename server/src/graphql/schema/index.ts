import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.js";
import "./json.js";
import "./graph-node.js";
import "./graph-edge.js";
import "./subgraph.js";
import "./node.js";
import "./entity.js";
import "./person.js";
import "./role.js";
import "./state.js";
import "./organization.js";
import "./place.js";
import "./item.js";
import "./event.js";
import "./transfer.js";
import "./carried-item.js";
import "./figure-disagreement.js";
import "./claim.js";
import "./source.js";
import "./page.js";
import "./export.js";
import "./entity-input.js";
import "./entity-mutations.js";
import "./claim-mutations.js";
import "./change.js";
import "./cypher-console.js";
import "./text-analysis.js";
import "./source-mutations.js";
import "./timeline.js";
import "./said.js";
import "./change-set.js";

builder.queryType({});
builder.mutationType({});

/** kgx's GraphQL schema, sorted so that its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
