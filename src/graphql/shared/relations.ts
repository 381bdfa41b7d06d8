import type { GraphQLFieldResolver } from 'graphql';
import type { LinkRow, NodeRow } from '../../db/rows.js';
import { DOMAIN, type Label, type RelationFieldSpec } from '../../domain/labels.js';
import { maySee } from '../../auth/viewer.js';
import { completeLinks } from '../../entities/related.js';
import type { GraphQLContext } from '../context.js';

type FieldResolver = GraphQLFieldResolver<NodeRow, GraphQLContext>;

/**
 * Relationship types with properties: their fields return the relationship as a GraphQL type
 * (Membership, ...), whose fields name the two ends (see the relationship resolvers).
 */
const LINKS: Readonly<Record<string, { type: string; from: string; to: string; alsoTo?: string }>> = {
  // The unit of a membership is an alliance or an initiative: `unit` names it whatever its label.
  MEMBER_OF: { type: 'Membership', from: 'professional', to: 'alliance', alsoTo: 'unit' },
  HAS_EXPERTISE: { type: 'Expertise', from: 'professional', to: 'theme' },
  CONTRIBUTES_TO: { type: 'Contribution', from: 'professional', to: 'work' },
  KNOWS: { type: 'Acquaintance', from: 'professional', to: 'professional' },
};

/**
 * For a relation field returning links: the link type, its field holding the other end, and its
 * fields holding either end (the rest are the relationship's properties).
 */
export function linkOf(
  relation: RelationFieldSpec,
): { type: string; otherEnds: readonly string[]; ends: readonly string[] } | null {
  const link = LINKS[relation.type];
  if (!link) return null;
  const to = link.alsoTo ? [link.to, link.alsoTo] : [link.to];
  return {
    type: link.type,
    otherEnds: relation.direction === 'IN' ? [link.from] : to,
    ends: [link.from, ...to],
  };
}

/** Resolvers for every relation field of a label, all batched through the request's loaders. */
export function relationResolvers(label: Label): Record<string, FieldResolver> {
  const resolvers: Record<string, FieldResolver> = {};
  for (const [field, relation] of Object.entries(DOMAIN[label].relations)) {
    // Links read with the parent's list come with it; people hidden from this viewer are left
    // out, as the loaders leave them out.
    const load = (parent: NodeRow, ctx: GraphQLContext): LinkRow[] | Promise<LinkRow[]> => {
      const folded = parent.__related?.[field];
      if (folded) {
        return completeLinks(parent.id, relation, folded).filter((link) => maySee(ctx.viewer, link.other));
      }
      return ctx.loaders.relatedOf(label, field).load(parent.id);
    };
    if (LINKS[relation.type]) {
      resolvers[field] = (parent, _args, ctx) => load(parent, ctx);
    } else if (relation.single) {
      resolvers[field] = (parent, _args, ctx) => then(load(parent, ctx), (links) => links[0]?.other ?? null);
    } else {
      resolvers[field] = (parent, _args, ctx) =>
        then(load(parent, ctx), (links) => links.map((l) => l.other));
    }
  }
  return resolvers;
}

/** A node that must exist (it was just read or matched), through the request's batched loader. */
export async function existingNode(id: string, ctx: GraphQLContext): Promise<NodeRow> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`node ${id} vanished during the request`);
  return node;
}

/** One end of a relationship as a node: the one loaded with it, or a (batched) lookup. */
export function endpoint(link: LinkRow, id: string, ctx: GraphQLContext): NodeRow | Promise<NodeRow> {
  if (link.other.id === id) return link.other;
  return existingNode(id, ctx);
}

/** Applies f to a value that is there already or still to come, without a needless promise. */
function then<T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
