import type { LinkRow, NodeRow } from '../../db/rows.js';
import { facingStatus, type FacingRow, type RoleHolder } from '../../structure/service.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { existingNode as node, relationResolvers } from '../shared/relations.js';

/** A role holder as the Membership it is (MEMBER_OF from the person to the unit). */
const membership = (h: RoleHolder): LinkRow => ({
  type: 'MEMBER_OF',
  from: h.professional.id,
  to: h.unitId,
  properties: { role: h.role, since: h.since, until: h.until },
  other: h.professional,
});

/** An alliance's tie to a bottleneck as a facing, from either end. */
const facing = (alliance: NodeRow, bottleneckId: string, link: LinkRow): FacingRow => ({
  alliance,
  bottleneckId,
  status: facingStatus(link.properties),
  since: (link.properties.since as string | undefined) ?? null,
  note: (link.properties.note as string | undefined) ?? null,
});

const eventRelations = relationResolvers('Event');
const allianceRelations = relationResolvers('Alliance');

export const structureResolvers: Resolvers = {
  Query: {
    workingElementsFor: (_p, { bottleneckId, first, lang }, ctx) =>
      ctx.services.structure.workingElementsFor(ctx.viewer, bottleneckId, first, lang ?? ctx.language),
    roleGaps: (_p, { level }, ctx) => ctx.services.structure.roleGaps(ctx.viewer, level),
    bottleneckSpread: (_p, { bottleneckId, lang }, ctx) =>
      ctx.services.structure.bottleneckSpread(bottleneckId, lang ?? ctx.language),
  },
  RoleGap: {
    unit: (gap) => gap.unit,
    missing: (gap) => gap.missing as never,
    holders: (gap) => gap.holders.map(membership),
  },
  BottleneckSpread: { bottleneck: (spread, _a, ctx) => node(spread.bottleneckId, ctx) },
  BottleneckFacing: {
    alliance: (f) => f.alliance,
    bottleneck: (f, _a, ctx) => node(f.bottleneckId, ctx),
    status: (f) => f.status as never,
  },
  Alliance: {
    // Without a status, the relation field as every other (read with a list when it can be).
    bottlenecks: async (alliance, args, ctx, info) => {
      if (!args.status) return allianceRelations.bottlenecks!(alliance, args, ctx, info) as never;
      const links = await ctx.loaders.relatedOf('Alliance', 'bottlenecks').load(alliance.id);
      return links.filter((l) => facingStatus(l.properties) === args.status).map((l) => l.other);
    },
    bottleneckFacings: async (alliance, _a, ctx) => {
      const links = await ctx.loaders.relatedOf('Alliance', 'bottlenecks').load(alliance.id);
      return links.map((l) => facing(alliance, l.other.id, l));
    },
  },
  Bottleneck: {
    facings: async (bottleneck, _a, ctx) => {
      const links = await ctx.loaders.relatedOf('Bottleneck', 'recordedBy').load(bottleneck.id);
      return links.map((l) => facing(l.other, bottleneck.id, l));
    },
  },
  Insight: {
    provenance: (insight, _a, ctx) =>
      ctx.loaders
        .batch('provenance', (ids) => ctx.services.structure.provenance(ctx.viewer, ids), [] as string[])
        .load(insight.id) as never,
  },
  Event: { harvest: (event) => event },
  Harvest: {
    insights: eventRelations.harvestedInsights as never,
    practices: eventRelations.harvestedPractices as never,
    questions: eventRelations.harvestedQuestions as never,
  },
};
