import type { Resolvers } from '../generated/resolvers-types.js';

export const membershipResolvers: Resolvers = {
  Query: {
    membershipRequests: (_p, { unitId, status }, ctx) =>
      ctx.services.memberships.list(ctx.viewer, unitId, status),
  },
  Mutation: {
    requestMembership: (_p, { input }, ctx) => ctx.services.memberships.request(ctx.viewer, input),
    decideMembership: (_p, { input }, ctx) => ctx.services.memberships.decide(ctx.viewer, input),
  },
  MembershipRequest: {
    role: (r) => r.role as never,
    // People hidden from the viewer stay hidden here too.
    professional: (r, _a, ctx) => ctx.loaders.node.load(r.professionalId),
    unit: (r, _a, ctx) => ctx.loaders.node.load(r.unitId),
  },
};
