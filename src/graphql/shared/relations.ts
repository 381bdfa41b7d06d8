import type { GraphQLFieldResolver } from 'graphql';
import type { LinkRow, NodeRow } from '../../db/rows.js';
import { DOMAIN, type Label } from '../../domain/labels.js';
import type { GraphQLContext } from '../context.js';

type FieldResolver = GraphQLFieldResolver<NodeRow, GraphQLContext>;

/** Relationship types with properties: their fields return the relationship (Membership, ...). */
const LINK_SHAPED = new Set(['MEMBER_OF', 'HAS_EXPERTISE', 'CONTRIBUTES_TO', 'KNOWS']);

/** Resolvers for every relation field of a label, all batched through the request's loaders. */
export function relationResolvers(label: Label): Record<string, FieldResolver> {
  const resolvers: Record<string, FieldResolver> = {};
  for (const [field, relation] of Object.entries(DOMAIN[label].relations)) {
    const load = (parent: NodeRow, ctx: GraphQLContext) =>
      ctx.loaders.relatedOf(label, field).load(parent.id);
    if (LINK_SHAPED.has(relation.type)) {
      resolvers[field] = (parent, _args, ctx) => load(parent, ctx);
    } else if (relation.single) {
      resolvers[field] = async (parent, _args, ctx) => (await load(parent, ctx))[0]?.other ?? null;
    } else {
      resolvers[field] = async (parent, _args, ctx) => (await load(parent, ctx)).map((l) => l.other);
    }
  }
  return resolvers;
}

/** One end of a relationship as a node: the one loaded with it, or a (batched) lookup. */
export async function endpoint(link: LinkRow, id: string, ctx: GraphQLContext): Promise<NodeRow> {
  if (link.other.id === id) return link.other;
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`relationship end ${id} vanished during the request`);
  return node;
}
