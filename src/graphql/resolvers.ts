import type { Resolvers } from './generated/resolvers-types.js';
import { allianceResolvers } from './alliance/resolvers.js';
import { bottleneckResolvers } from './bottleneck/resolvers.js';
import { bulkResolvers } from './bulk/resolvers.js';
import { eventResolvers } from './event/resolvers.js';
import { initiativeResolvers } from './initiative/resolvers.js';
import { insightResolvers } from './insight/resolvers.js';
import { networkResolvers } from './network/resolvers.js';
import { learningResolvers } from './learning/resolvers.js';
import { liveResolvers } from './live/resolvers.js';
import { membershipResolvers } from './membership/resolvers.js';
import { nodeResolvers } from './node/resolvers.js';
import { organizationResolvers } from './organization/resolvers.js';
import { practiceResolvers } from './practice/resolvers.js';
import { professionalResolvers } from './professional/resolvers.js';
import { questionResolvers } from './question/resolvers.js';
import { recommendationResolvers } from './recommendation/resolvers.js';
import { regionResolvers } from './region/resolvers.js';
import { relationshipResolvers } from './relationship/resolvers.js';
import { securityResolvers } from './security/resolvers.js';
import { structureResolvers } from './structure/resolvers.js';
import { themeResolvers } from './theme/resolvers.js';

const areas: Resolvers[] = [
  nodeResolvers,
  relationshipResolvers,
  professionalResolvers,
  organizationResolvers,
  allianceResolvers,
  themeResolvers,
  practiceResolvers,
  initiativeResolvers,
  insightResolvers,
  bottleneckResolvers,
  eventResolvers,
  regionResolvers,
  questionResolvers,
  recommendationResolvers,
  structureResolvers,
  membershipResolvers,
  learningResolvers,
  networkResolvers,
  securityResolvers,
  bulkResolvers,
  liveResolvers,
];

/** All resolvers: each area contributes its types and its Query and Mutation fields. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown> | object> = {};
  for (const area of areas) {
    for (const [typeName, fields] of Object.entries(area)) {
      const existing = merged[typeName];
      // Scalars are defined once; object types and the roots are merged field by field.
      merged[typeName] = existing ? { ...existing, ...(fields as object) } : (fields as object);
    }
  }
  return merged as Resolvers;
}
