import type { NodeRow } from '../../db/rows.js';
import { maySeePrivateFields } from '../../auth/viewer.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { entityResolvers } from '../shared/entity.js';

const privateField =
  (property: 'email' | 'notes') => (parent: NodeRow, _args: unknown, ctx: GraphQLContext) =>
    maySeePrivateFields(ctx.viewer, parent.id) ? ((parent[property] as string | undefined) ?? null) : null;

const base = entityResolvers('Professional');

export const professionalResolvers: Resolvers = {
  ...base,
  Professional: {
    ...base.Professional,
    email: privateField('email'),
    notes: privateField('notes'),
    languages: (parent) => (parent.languages as string[] | undefined) ?? [],
  },
};
