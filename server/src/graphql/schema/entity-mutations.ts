import { validatedProperties } from "../../curation/properties.js";
import { createNode, updateNode } from "../../curation/writes.js";
import { entityKinds, kinds, listOfKind } from "../../model/kinds.js";
import { builder } from "../builder.js";
import { reload, writeChange } from "../curation.js";
import { badInput, notFound } from "../errors.js";
import { Entity } from "./entity.js";
import { CreateEntityInput, EntityFieldsInput } from "./entity-input.js";

/** Input fields without the ones the client left out or set to null. */
function given(fields: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields ?? {}).filter(([, value]) => value !== null && value !== undefined),
  );
}

builder.mutationFields((t) => ({
  createEntity: t.field({
    type: Entity,
    description: "Adds an entity (needs the write token); it records who and when.",
    args: { input: t.arg({ type: CreateEntityInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const list = entityKinds.includes(input.kind) ? listOfKind(input.kind) : undefined;
      if (!list) throw badInput(`kind must be one of ${entityKinds.join(", ")}`, "kind");
      const record = { id: input.id, name: input.name, ...given(input.fields) };
      const props = validatedProperties(list, record);
      await writeChange(ctx, [input.id], async (tx, who) => {
        await createNode(tx, kinds[list].labels, props, { who, via: "createEntity" });
      });
      return reload(ctx, input.id);
    },
  }),
  updateEntity: t.field({
    type: Entity,
    description: "Changes the given fields of an entity (needs the write token); it records who and when.",
    args: { id: t.arg.id({ required: true }), fields: t.arg({ type: EntityFieldsInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const existing = await ctx.loaders.node.load(args.id);
      if (!existing?.labels.includes("Entity")) throw notFound("entity", args.id);
      const kind = args.id.slice(0, args.id.indexOf(":"));
      const list = listOfKind(kind);
      if (!list) throw notFound("entity", args.id);
      const patch = given(args.fields);
      const record = { id: args.id, name: existing.properties.name, ...patch };
      const checked = validatedProperties(list, record);
      const props = Object.fromEntries(Object.keys(patch).map((key) => [key, checked[key]]));
      await writeChange(ctx, [args.id], async (tx, who) => {
        if (!(await updateNode(tx, args.id, props, { who, via: "updateEntity" })))
          throw notFound("entity", args.id);
      });
      return reload(ctx, args.id);
    },
  }),
}));
