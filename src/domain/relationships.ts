import type { Label } from './labels.js';
import { AllianceRole, BottleneckStatus, ContributionRole, ExpertiseLevel } from './enums.js';
import type { PropertySpec } from './properties.js';

export interface RelationshipSpec {
  readonly from: readonly Label[];
  readonly to: readonly Label[];
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /** KNOWS is a tie, not a direction: stored once, read both ways. */
  readonly undirected: boolean;
}

export const RELATIONSHIP_TYPES = [
  'WORKS_AT',
  'MEMBER_OF',
  'PARTNER_IN',
  'FOCUSES_ON',
  'HAS_EXPERTISE',
  'KNOWS',
  'CONTRIBUTES_TO',
  'APPLIES',
  'IN_THEME',
  'AUTHORED',
  'ABOUT',
  'RECORDED',
  'RAISED_BY',
  'ADDRESSES',
  'ATTENDED',
  'PRESENTED_AT',
  'HOSTED_BY',
  'LOCATED_IN',
  'ASKED_BY',
  'ANSWERED_BY',
  'PART_OF',
  'BUILDS_ON',
  'HARVESTED_AT',
  'PRODUCED',
  'ADOPTED',
  'TAKEN_UP',
  'CHECKS',
  'CHECKED_BY',
  'COMMITTED_BY',
  'COMMITTED_AT',
  'COMMITS_TO',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIPS: Readonly<Record<RelationshipType, RelationshipSpec>> = {
  WORKS_AT: { from: ['Professional'], to: ['Organization'], properties: {}, undirected: false },
  MEMBER_OF: {
    from: ['Professional'],
    to: ['Alliance', 'Initiative'],
    properties: {
      role: { type: 'enum', required: true, values: AllianceRole },
      since: { type: 'date', required: false },
      until: { type: 'date', required: false },
    },
    undirected: false,
  },
  PARTNER_IN: { from: ['Organization'], to: ['Alliance'], properties: {}, undirected: false },
  FOCUSES_ON: { from: ['Alliance'], to: ['Theme'], properties: {}, undirected: false },
  HAS_EXPERTISE: {
    from: ['Professional'],
    to: ['Theme'],
    properties: { level: { type: 'enum', required: false, values: ExpertiseLevel } },
    undirected: false,
  },
  KNOWS: {
    from: ['Professional'],
    to: ['Professional'],
    properties: { since: { type: 'date', required: false } },
    undirected: true,
  },
  CONTRIBUTES_TO: {
    from: ['Professional'],
    to: ['Practice', 'Initiative'],
    properties: { role: { type: 'enum', required: false, values: ContributionRole } },
    undirected: false,
  },
  APPLIES: { from: ['Initiative'], to: ['Practice'], properties: {}, undirected: false },
  IN_THEME: {
    from: ['Practice', 'Initiative', 'Bottleneck'],
    to: ['Theme'],
    properties: {},
    undirected: false,
  },
  AUTHORED: { from: ['Professional'], to: ['Insight'], properties: {}, undirected: false },
  ABOUT: {
    from: ['Insight'],
    to: ['Practice', 'Initiative', 'Theme', 'Bottleneck'],
    properties: {},
    undirected: false,
  },
  RECORDED: {
    from: ['Alliance', 'Initiative', 'Event'],
    to: ['Insight', 'Bottleneck'],
    properties: {
      // For a bottleneck: whether this alliance still faces it, since when, and why.
      status: { type: 'enum', required: false, values: BottleneckStatus },
      since: { type: 'date', required: false },
      note: { type: 'string', required: false },
    },
    undirected: false,
  },
  RAISED_BY: {
    from: ['Bottleneck'],
    to: ['Professional', 'Initiative', 'Alliance'],
    properties: {},
    undirected: false,
  },
  ADDRESSES: { from: ['Practice'], to: ['Bottleneck'], properties: {}, undirected: false },
  ATTENDED: { from: ['Professional', 'Initiative'], to: ['Event'], properties: {}, undirected: false },
  PRESENTED_AT: {
    from: ['Professional', 'Initiative', 'Practice'],
    to: ['Event'],
    properties: {},
    undirected: false,
  },
  HOSTED_BY: { from: ['Event'], to: ['Alliance', 'Organization'], properties: {}, undirected: false },
  LOCATED_IN: {
    from: ['Professional', 'Organization', 'Alliance', 'Initiative', 'Event', 'Region'],
    to: ['Region'],
    properties: {},
    undirected: false,
  },
  ASKED_BY: {
    from: ['Question'],
    to: ['Initiative', 'Alliance', 'Professional', 'Event'],
    properties: {},
    undirected: false,
  },
  ANSWERED_BY: {
    from: ['Question'],
    to: ['Insight', 'Practice', 'Professional'],
    properties: { note: { type: 'string', required: false }, on: { type: 'date', required: false } },
    undirected: false,
  },
  PART_OF: { from: ['Initiative', 'Alliance'], to: ['Alliance'], properties: {}, undirected: false },
  BUILDS_ON: { from: ['Initiative'], to: ['Initiative'], properties: {}, undirected: false },
  HARVESTED_AT: {
    from: ['Insight', 'Practice', 'Question'],
    to: ['Event'],
    properties: {},
    undirected: false,
  },
  PRODUCED: { from: ['Initiative'], to: ['Practice'], properties: {}, undirected: false },
  ADOPTED: {
    from: ['Organization', 'Alliance'],
    to: ['Practice'],
    properties: { on: { type: 'date', required: false } },
    undirected: false,
  },
  TAKEN_UP: {
    from: ['Insight', 'Practice'],
    to: ['Alliance'],
    properties: { on: { type: 'date', required: false }, note: { type: 'string', required: false } },
    undirected: false,
  },
  CHECKS: { from: ['ConditionCheck'], to: ['Alliance', 'Initiative'], properties: {}, undirected: false },
  CHECKED_BY: { from: ['ConditionCheck'], to: ['Professional'], properties: {}, undirected: false },
  COMMITTED_BY: { from: ['Commitment'], to: ['Professional'], properties: {}, undirected: false },
  COMMITTED_AT: { from: ['Commitment'], to: ['Event'], properties: {}, undirected: false },
  COMMITS_TO: { from: ['Commitment'], to: ['Alliance', 'Initiative'], properties: {}, undirected: false },
};
