import { actorOf } from '../../auth/viewer.js';
import { encodeCursor } from '../../entities/pagination.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const securityResolvers: Resolvers = {
  Query: {
    me: (_p, _a, ctx) => ({ ...ctx.viewer, alliances: [...ctx.viewer.alliances] }),
    auditLog: (_p, args, ctx) => {
      ctx.services.access.administer(ctx.viewer);
      return ctx.services.audit.list(args);
    },
  },
  AuditLog: {
    edges: (page) =>
      page.entries.map((node, i) => ({ cursor: encodeCursor('AuditEntry', page.offset + i), node })),
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: page.entries.length > 0 ? encodeCursor('AuditEntry', page.offset) : null,
      endCursor:
        page.entries.length > 0 ? encodeCursor('AuditEntry', page.offset + page.entries.length - 1) : null,
    }),
  },
  Mutation: {
    erasePerson: async (_p, { input }, ctx) => {
      ctx.services.access.erase(ctx.viewer, input.id);
      // The person's credential subject is forgotten too when they erase themselves.
      const subjects =
        ctx.viewer.professionalId === input.id && ctx.viewer.subject ? [ctx.viewer.subject] : [];
      const report = await ctx.services.erasure.erasePerson(input.id, subjects, actorOf(ctx.viewer));
      return { ...report, pseudonym: ctx.services.erasure.pseudonym(input.id) };
    },
  },
};
