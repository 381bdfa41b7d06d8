import type { Statement } from '../db/cypher.js';
import type { Params } from '../db/database.js';
import type { Services } from '../services.js';
import { REASONS_PER_MATCH } from './matches.js';
import { EXPERT_TOPIC_HITS, MIN_RELATIVE_SCORE, TOPIC_HITS, TOPIC_LABELS } from './service.js';
import { ANSWER_TOPIC_LABELS } from './ask.js';
import {
  BRIDGING_BONUS,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  FALLBACK_WEIGHTS,
  NEARBY_CROWD,
  NEARBY_PATHS,
  INSIGHT_ANSWER_WEIGHTS,
  LEVEL_BONUS,
  MAX_BRIDGING_BONUS,
  PRACTICE_ANSWER_WEIGHTS,
} from './scoring.js';

export interface PlanCase {
  readonly statement: Statement;
  readonly params: Params;
}

const PUBLIC = ['PUBLIC'];
/** An anonymous viewer's $seen (entity/_work-seen). */
const SEEN = { allowed: PUBLIC, self: null };
/** Topic nodes of the demo network that questions about literacy find. */
const HITS = ['theme-inclusie', 'practice-goed-opgelost'];

/**
 * Every recommendation statement with parameters taken from the demo network (a hub person, a
 * recurring bottleneck, a busy alliance), for `npm run profile:recommend` and the plan checks.
 */
export function recommendationPlanCases({ cypher }: Services): PlanCase[] {
  const hub = 'prof-marieke-van-dijk';
  const question = {
    query: 'laaggeletterdheid^0.9 brieven^0.6 procesbegeleider^0.8',
    topicHits: TOPIC_HITS,
    minRelative: MIN_RELATIVE_SCORE,
    excludeIds: ['prof-sophie-lindeman'],
    seen: SEEN,
  };
  // The topic nodes ask chooses from the index's hits (recommend/question-hits).
  const answerHits = [
    { id: HITS[0], weight: 1 },
    { id: HITS[1], weight: 0.6 },
  ];
  const whoKnows = {
    ...question,
    topicHits: EXPERT_TOPIC_HITS,
    roles: ['FACILITATOR'],
    roleWeight: 0.5,
    regionId: null,
    allianceId: null,
    topicLabels: TOPIC_LABELS,
    visible: PUBLIC,
    kindWeights: EXPERTISE_WEIGHTS,
    levelBonus: LEVEL_BONUS,
    first: 10,
    reasons: REASONS_PER_MATCH,
  };
  return [
    {
      statement: cypher.get('search/fulltext', { Fields: '.*' }),
      params: { query: 'inclusie^3 inclusie~1', types: null, visible: PUBLIC, seen: SEEN, first: 20 },
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
      params: { ...whoKnows, topics: [] },
    },
    {
      statement: cypher.get('recommend/who-knows', { Fields: '.*' }),
      params: { ...whoKnows, topics: [], regionId: 'region-utrecht', allianceId: 'alliance-ma-inclusie' },
    },
    {
      statement: cypher.get('recommend/ask-practices'),
      params: {
        hits: answerHits,
        excludeIds: question.excludeIds,
        kindWeights: PRACTICE_ANSWER_WEIGHTS,
        first: 10,
        reasons: 6,
      },
    },
    {
      statement: cypher.get('recommend/ask-insights'),
      params: {
        hits: answerHits,
        excludeIds: question.excludeIds,
        seen: SEEN,
        kindWeights: INSIGHT_ANSWER_WEIGHTS,
        first: 10,
        reasons: 6,
      },
    },
    {
      statement: cypher.get('recommend/question-hits'),
      params: {
        query: question.query,
        labelSets: [TOPIC_LABELS, ANSWER_TOPIC_LABELS],
        topicHits: question.topicHits,
        excludeIds: question.excludeIds,
        seen: SEEN,
      },
    },
    {
      statement: cypher.get('recommend/question-topics'),
      params: { ...question, topicLabels: TOPIC_LABELS },
    },
    {
      statement: cypher.get('recommend/asker-own'),
      params: { ids: ['initiative-taalcafe-de-brug', 'prof-sophie-lindeman'] },
    },
    {
      statement: cypher.get('recommend/suggested-connections', { Fields: '.*' }),
      params: {
        id: hub,
        self: null,
        regionId: null,
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
      params: {
        from: 'prof-sophie-lindeman',
        to: 'prof-thijs-van-leeuwen',
        maxHops: 6,
        visible: PUBLIC,
        self: null,
      },
    },
    {
      statement: cypher.get('graph/warm-introduction'),
      params: { from: 'prof-sophie-lindeman', to: 'prof-thijs-van-leeuwen', visible: PUBLIC, self: null },
    },
    {
      statement: cypher.get('graph/neighborhood', { Depth: '2' }),
      params: { id: hub, limit: 200, visible: PUBLIC, self: null, seen: SEEN },
    },
  ];
}

/**
 * The fallback for short suggestion lists: its branches start from the person, or (well-connected
 * people, for someone whose profile gives nothing) from the ids recommend/connectors read, which
 * reads at most 5,000 people in id order from the id index by design; a crowded region's people
 * come from the id index too. Checked apart: no label scan, no blind join.
 */
export function fallbackPlanCase({ cypher }: Services): PlanCase {
  return {
    statement: cypher.get('recommend/suggested-fallback', { Fields: '.*' }),
    params: {
      id: 'prof-sophie-lindeman',
      self: null,
      regionId: null,
      visible: PUBLIC,
      excludeIds: [],
      kindWeights: FALLBACK_WEIGHTS,
      crowd: NEARBY_CROWD,
      nearby: NEARBY_PATHS,
      connectors: [
        { id: 'prof-thijs-van-leeuwen', ties: 4 },
        { id: 'prof-sophie-lindeman', ties: 3 },
      ],
      first: 10,
      reasons: REASONS_PER_MATCH,
    },
  };
}

/** recommend/connectors: the first 5,000 people in id order from the id index, never a label scan. */
export function connectorsPlanCase({ cypher }: Services): PlanCase {
  return { statement: cypher.get('recommend/connectors'), params: {} };
}

/** Operators that read a whole label or the whole graph: a recommendation must never start there. */
export const SCAN_OPERATORS = new Set([
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeIndexScan',
  'CartesianProduct',
]);
