import type { CodegenConfig } from '@graphql-codegen/cli';
import { LABELS } from './src/domain/labels.js';

const nodeTypes: readonly string[] = LABELS;
const connectionTypes = Object.fromEntries(
  nodeTypes.map((t) => [`${t}Connection`, '../../entities/pagination.js#ConnectionRow']),
);

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context.js#GraphQLContext',
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
        mappers: {
          ...Object.fromEntries(nodeTypes.map((t) => [t, '../../db/rows.js#NodeRow'])),
          ...connectionTypes,
          Node: '../../db/rows.js#NodeRow',
          Membership: '../../db/rows.js#LinkRow',
          Expertise: '../../db/rows.js#LinkRow',
          Acquaintance: '../../db/rows.js#LinkRow',
          Contribution: '../../db/rows.js#LinkRow',
          Edge: '../../db/rows.js#EdgeRow',
          Path: '../../recommend/paths.js#PathRow',
          Subgraph: '../../recommend/paths.js#PathRow',
          Reason: '../../recommend/paths.js#ReasonRow',
          ExpertMatch: '../../recommend/matches.js#Match',
          ConnectionSuggestion: '../../recommend/matches.js#Match',
          AllianceOverlap: '../../recommend/similarity.js#AllianceOverlapRow',
          SimilarMatch: '../../recommend/matches.js#Match',
          PracticeMatch: '../../recommend/service.js#PracticeMatchRow',
          InsightMatch: '../../recommend/matches.js#Match',
          Answer: '../../recommend/ask.js#AnswerRow',
          RoleGap: '../../structure/service.js#RoleGapRow',
          BottleneckFacing: '../../structure/service.js#FacingRow',
          DigestItem: '../../live/service.js#DigestItemRow',
          FollowPayload: '../../live/service.js#FollowRow',
          BottleneckSpread: '../../structure/service.js#SpreadRow',
          Harvest: '../../db/rows.js#NodeRow',
          MembershipRequest: '../../membership/service.js#MembershipRequestRow',
          ConditionHealth: '../../structure/service.js#ConditionHealthRow',
          AuditEntry: '../../audit/audit.js#AuditEntryRow',
          AuditLog: '../../audit/audit.js#AuditPage',
          NetworkStats: '../../network/metrics.js#NetworkStatsRow',
          Community: '../../network/metrics.js#CommunityRow',
          Broker: '../../network/metrics.js#BrokerRow',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
