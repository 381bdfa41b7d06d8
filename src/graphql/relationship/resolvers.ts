import type { LiveService } from '../../live/service.js';
import { actorOf } from '../../auth/viewer.js';
import type { LinkRow, NodeRow } from '../../db/rows.js';
import type { ConnectInput } from '../../relationships/service.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { endpoint } from '../shared/relations.js';

const property = (name: string) => (link: LinkRow) => (link.properties[name] as string | undefined) ?? null;
const from = (link: LinkRow, _args: unknown, ctx: GraphQLContext) => endpoint(link, link.from, ctx);
const to = (link: LinkRow, _args: unknown, ctx: GraphQLContext) => endpoint(link, link.to, ctx);
// Rows carry their label; the schema only ever places rows of the union's members here.
const byLabel = { __resolveType: (row: NodeRow) => row.__label as never };

export const relationshipResolvers: Resolvers = {
  Membership: {
    role: (l) => l.properties.role as never,
    since: property('since'),
    until: property('until'),
    professional: from,
    // The other end is an alliance or an initiative; the alliance field only shows alliances.
    alliance: async (l, args, ctx) => {
      const unit = await to(l, args, ctx);
      return unit.__label === 'Alliance' ? unit : null;
    },
    unit: to,
    createdAt: property('createdAt'),
  },
  Expertise: { level: property('level') as never, professional: from, theme: to },
  Contribution: { role: property('role') as never, professional: from, work: to },
  Acquaintance: { since: property('since'), professional: (link) => link.other },
  Work: byLabel,
  InsightSubject: byLabel,
  BottleneckSource: byLabel,
  Participant: byLabel,
  Host: byLabel,
  Locatable: byLabel,
  Unit: byLabel,
  Adopter: byLabel,
  Recorder: byLabel,
  QuestionAsker: byLabel,
  QuestionAnswer: byLabel,
  Mutation: {
    connect: async (_parent, { input }, ctx) => {
      await ctx.services.access.link(ctx.viewer, 'connect', input.fromId, input.toId, {
        type: input.type,
        role: input.properties?.role ?? null,
      });
      const connected = await ctx.services.relationships.connect(input as ConnectInput, actorOf(ctx.viewer));
      announceTie(ctx.services.live, input.type, input.fromId, input.toId);
      return connected;
    },
    disconnect: async (_parent, { input }, ctx) => {
      await ctx.services.access.link(ctx.viewer, 'disconnect', input.fromId, input.toId);
      const removed = await ctx.services.relationships.disconnect(input as ConnectInput, actorOf(ctx.viewer));
      if (removed)
        ctx.services.live.changed({ kind: 'tie', type: input.type, fromId: input.fromId, toId: input.toId });
      return { removed };
    },
  },
};

/** What a new or changed tie means for the live events (after it was committed). */
function announceTie(live: LiveService, type: string, fromId: string, toId: string): void {
  live.changed({ kind: 'tie', type, fromId, toId });
  switch (type) {
    case 'ABOUT':
    case 'TAKEN_UP':
      live.changed({ kind: 'insight', id: fromId });
      break;
    case 'AUTHORED':
      live.changed({ kind: 'insight', id: toId });
      break;
    case 'RECORDED':
      live.changed({ kind: 'insight', id: toId });
      live.changed({ kind: 'facing', allianceId: fromId, bottleneckId: toId });
      break;
    case 'ASKED_BY':
      live.changed({ kind: 'question', id: fromId });
      break;
    case 'ANSWERED_BY':
    case 'HARVESTED_AT':
      live.changed({ kind: 'node', id: type === 'ANSWERED_BY' ? toId : fromId });
      break;
    default:
  }
}
