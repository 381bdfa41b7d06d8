import type { Statement } from '../db/cypher.js';
import type { Params } from '../db/database.js';
import type { Services } from '../services.js';
import { REASONS_PER_MATCH } from './matches.js';
import { TOPIC_HITS, TOPIC_LABELS } from './service.js';
import {
  BRIDGING_BONUS,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  LEVEL_BONUS,
  MAX_BRIDGING_BONUS,
} from './scoring.js';

export interface PlanCase {
  readonly statement: Statement;
  readonly params: Params;
}

const PUBLIC = ['PUBLIC'];

/**
 * Every recommendation statement with parameters taken from the demo network (a hub person, a
 * recurring bottleneck, a busy alliance), for `npm run profile:recommend` and the plan checks.
 */
export function recommendationPlanCases({ cypher }: Services): PlanCase[] {
  const hub = 'prof-marieke-van-dijk';
  const whoKnows = {
    topicLabels: TOPIC_LABELS,
    topicHits: TOPIC_HITS,
    visible: PUBLIC,
    kindWeights: EXPERTISE_WEIGHTS,
    levelBonus: LEVEL_BONUS,
    first: 10,
    reasons: REASONS_PER_MATCH,
  };
  return [
    {
      statement: cypher.get('search/fulltext', { Fields: '.*' }),
      params: { query: 'inclusie^3 inclusie~1', types: null, visible: PUBLIC, first: 20 },
    },
    {
      statement: cypher.get('recommend/who-knows', { Fields: '.*' }),
      params: {
        ...whoKnows,
        query: null,
        topics: [
          { id: 'theme-inclusie', weight: 1 },
          { id: 'bottleneck-kennis-verdwijnt-na-projectfinanciering', weight: 1 },
        ],
      },
    },
    {
      statement: cypher.get('recommend/who-knows', { Fields: '.*' }),
      params: { ...whoKnows, query: 'inclusie^3 inclusie~1', topics: [] },
    },
    {
      statement: cypher.get('recommend/suggested-connections', { Fields: '.*' }),
      params: {
        id: hub,
        visible: PUBLIC,
        maxSharedDegree: 5000,
        kindWeights: CONNECTION_WEIGHTS,
        bonus: BRIDGING_BONUS,
        maxBonus: MAX_BRIDGING_BONUS,
        first: 10,
        reasons: REASONS_PER_MATCH,
      },
    },
    {
      statement: cypher.get('recommend/practices-for-bottleneck'),
      params: {
        id: 'bottleneck-kennis-verdwijnt-na-projectfinanciering',
        similarIds: ['bottleneck-geen-gedeelde-taal-tussen-sectoren'],
        similarScores: { 'bottleneck-geen-gedeelde-taal-tussen-sectoren': 0.6 },
      },
    },
    {
      statement: cypher.get('recommend/contacts'),
      params: { ids: ['practice-b1-briefwerkplaats'], visible: PUBLIC },
    },
    {
      statement: cypher.get('recommend/alliances-sharing-bottlenecks'),
      params: { id: 'alliance-ma-inclusie' },
    },
    {
      statement: cypher.get('recommend/similar'),
      params: { id: 'practice-b1-briefwerkplaats', visible: PUBLIC },
    },
    {
      statement: cypher.get('graph/introduction-path'),
      params: { from: 'prof-sophie-lindeman', to: 'prof-thijs-van-leeuwen', maxHops: 6, visible: PUBLIC },
    },
    {
      statement: cypher.get('graph/neighborhood', { Depth: '2' }),
      params: { id: hub, limit: 200, visible: PUBLIC },
    },
  ];
}

/** Operators that read a whole label or the whole graph: a recommendation must never start there. */
export const SCAN_OPERATORS = new Set([
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeIndexScan',
  'CartesianProduct',
]);
