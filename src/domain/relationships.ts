import type { Label } from './labels.js';
import { AllianceRole, ContributionRole, ExpertiseLevel } from './enums.js';
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
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIPS: Readonly<Record<RelationshipType, RelationshipSpec>> = {
  WORKS_AT: { from: ['Professional'], to: ['Organization'], properties: {}, undirected: false },
  MEMBER_OF: {
    from: ['Professional'],
    to: ['Alliance'],
    properties: { role: { type: 'enum', required: true, values: AllianceRole } },
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
  RECORDED: { from: ['Alliance'], to: ['Insight', 'Bottleneck'], properties: {}, undirected: false },
  RAISED_BY: {
    from: ['Bottleneck'],
    to: ['Professional', 'Initiative', 'Alliance'],
    properties: {},
    undirected: false,
  },
  ADDRESSES: { from: ['Practice'], to: ['Bottleneck'], properties: {}, undirected: false },
  ATTENDED: { from: ['Professional', 'Initiative'], to: ['Event'], properties: {}, undirected: false },
  PRESENTED_AT: { from: ['Professional', 'Initiative'], to: ['Event'], properties: {}, undirected: false },
  HOSTED_BY: { from: ['Event'], to: ['Alliance', 'Organization'], properties: {}, undirected: false },
  LOCATED_IN: {
    from: ['Professional', 'Organization', 'Alliance', 'Initiative', 'Event', 'Region'],
    to: ['Region'],
    properties: {},
    undirected: false,
  },
};
