import type { Resolvers } from '../generated/resolvers-types.js';
import { entityResolvers } from '../shared/entity.js';
import type { GraphQLContext } from '../context.js';
import type { ConditionHealthRow } from '../../structure/service.js';

const health = (unit: { id: string }, _args: unknown, ctx: GraphQLContext) =>
  ctx.loaders
    .batch('learningHealth', (ids) => ctx.services.structure.learningHealth(ids), [] as ConditionHealthRow[])
    .load(unit.id) as never;

const checks = entityResolvers('ConditionCheck');
const commitments = entityResolvers('Commitment');

export const learningResolvers: Resolvers = {
  Query: { ...checks.Query, ...commitments.Query },
  Mutation: { ...checks.Mutation, ...commitments.Mutation },
  ConditionCheck: checks.ConditionCheck,
  ConditionCheckConnection: checks.ConditionCheckConnection,
  Commitment: commitments.Commitment,
  CommitmentConnection: commitments.CommitmentConnection,
  Alliance: { learningHealth: health },
  Initiative: { learningHealth: health },
};
