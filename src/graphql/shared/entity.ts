import type { GraphQLResolveInfo } from 'graphql';
import { actorOf, maySee } from '../../auth/viewer.js';
import type { NodeRow } from '../../db/rows.js';
import { DOMAIN, type Label } from '../../domain/labels.js';
import { encodeCursor, type ConnectionRow } from '../../entities/pagination.js';
import type { ListArgs } from '../../entities/service.js';
import type { Selection } from '../../entities/related.js';
import type { Properties } from '../../entities/validation.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { selectionOfList, selectionOfNode, selectsOnItems } from './lookahead.js';
import { relationResolvers } from './relations.js';

type Args = Record<string, unknown>;

/**
 * The resolvers every label has: `<type>(id)`, `<types>(...)`, create/update/delete, its
 * relation fields and its connection type. Each only reads arguments and calls a service.
 */
export function entityResolvers(label: Label): Resolvers {
  const spec = DOMAIN[label];
  const capitalised = label;
  return {
    Query: {
      [spec.singular]: (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
        nodeWithRelations(ctx, label, String(args.id), selectionOfNode(info, label)),
      [spec.plural]: async (_: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
        const connection = await ctx.services.entities.list(
          label,
          args as ListArgs,
          ctx.viewer,
          selectionOfList(info, label),
          selectsOnItems(info, `${label}Connection`, 'totalCount'),
        );
        ctx.loaders.prime(connection.nodes);
        return connection;
      },
    },
    Mutation: {
      [`create${capitalised}`]: async (_: unknown, args: Args, ctx: GraphQLContext) => {
        ctx.services.access.create(ctx.viewer, label);
        const input = args.input as Properties;
        const created = await ctx.services.entities.create(
          label,
          input,
          actorOf(ctx.viewer),
          ctx.viewer.professionalId,
        );
        if (label === 'Insight') ctx.services.live.changed({ kind: 'insight', id: created.id });
        if (label === 'Question') ctx.services.live.changed({ kind: 'question', id: created.id });
        return created;
      },
      [`update${capitalised}`]: async (_: unknown, args: Args, ctx: GraphQLContext) => {
        const input = args.input as Properties;
        await ctx.services.access.change(ctx.viewer, 'update', String(input.id));
        const updated = await ctx.services.entities.update(label, input, actorOf(ctx.viewer));
        // After the commit: pages that show the node (an alliance's) ask again.
        ctx.services.live.changed({ kind: 'updated', id: String(input.id) });
        return updated;
      },
      [`delete${capitalised}`]: async (_: unknown, args: Args, ctx: GraphQLContext) => {
        const id = String((args.input as Properties).id);
        await ctx.services.access.change(ctx.viewer, 'delete', id);
        return ctx.services.entities.remove(label, id, actorOf(ctx.viewer));
      },
    },
    [label]: relationResolvers(label),
    [`${label}Connection`]: {
      edges: (c: ConnectionRow) =>
        c.nodes.map((node, i) => ({ cursor: encodeCursor(c.label, c.offset + i), node })),
      pageInfo: async (c: ConnectionRow) => ({
        hasNextPage: await c.hasNextPage(),
        hasPreviousPage: c.offset > 0,
        startCursor: c.nodes.length > 0 ? encodeCursor(c.label, c.offset) : null,
        endCursor: c.nodes.length > 0 ? encodeCursor(c.label, c.offset + c.nodes.length - 1) : null,
      }),
      totalCount: (c: ConnectionRow) => c.totalCount(),
    },
  } as Resolvers;
}

/**
 * A node of the given label asked for with relation fields: read with them in one statement (the
 * loaders would need one per level). Without relation fields the batched node loader serves it.
 */
async function nodeWithRelations(
  ctx: GraphQLContext,
  label: Label,
  id: string,
  selection: Selection,
): Promise<NodeRow | null> {
  if (selection.related.length === 0) return nodeOfLabel(ctx, label, id);
  const node = await ctx.services.entities.getOne(label, id, selection);
  if (!node || !maySee(ctx.viewer, node)) return null;
  ctx.loaders.prime([node]);
  return node;
}

/** A node of the given label, or null when the id is unknown or names another label. */
export async function nodeOfLabel(ctx: GraphQLContext, label: Label, id: string): Promise<NodeRow | null> {
  const node = await ctx.loaders.node.load(id);
  return node && node.__label === label ? node : null;
}
