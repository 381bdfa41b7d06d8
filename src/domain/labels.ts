import * as E from './enums.js';
import type { PropertySpec } from './properties.js';
import type { RelationshipType } from './relationships.js';

export const LABELS = [
  'Professional',
  'Organization',
  'Alliance',
  'Theme',
  'Practice',
  'Initiative',
  'Insight',
  'Bottleneck',
  'Event',
  'Region',
  'Question',
] as const;
export type Label = (typeof LABELS)[number];

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFieldSpec {
  readonly type: RelationshipType;
  readonly direction: Direction;
  /** Labels allowed at the other end. */
  readonly others: readonly Label[];
  /** A single related node rather than a list. */
  readonly single: boolean;
}

export type OrderSpec = { readonly property: string } | { readonly countOf: string };

export interface LabelSpec {
  readonly label: Label;
  /** Name of the single-item query field. */
  readonly singular: string;
  readonly plural: string;
  /** The property that names the node in lists, search hits and reasons. */
  readonly titleProperty: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  readonly relations: Readonly<Record<string, RelationFieldSpec>>;
  /** GraphQL order field to what it sorts by. */
  readonly orderFields: Readonly<Record<string, OrderSpec>>;
}

export const DOMAIN: Readonly<Record<Label, LabelSpec>> = {
  Professional: {
    label: 'Professional',
    singular: 'professional',
    plural: 'professionals',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      headline: { type: 'string', required: false },
      bio: { type: 'text', required: false },
      email: { type: 'string', required: false, private: true },
      notes: { type: 'text', required: false, private: true },
      languages: { type: 'stringList', required: false, defaultValue: [] },
      visibility: { type: 'enum', required: false, values: E.Visibility, defaultValue: 'PUBLIC' },
    },
    relations: {
      organizations: { type: 'WORKS_AT', direction: 'OUT', others: ['Organization'], single: false },
      memberships: { type: 'MEMBER_OF', direction: 'OUT', others: ['Alliance'], single: false },
      groupMemberships: { type: 'MEMBER_OF', direction: 'OUT', others: ['Initiative'], single: false },
      expertise: { type: 'HAS_EXPERTISE', direction: 'OUT', others: ['Theme'], single: false },
      knows: { type: 'KNOWS', direction: 'BOTH', others: ['Professional'], single: false },
      contributions: {
        type: 'CONTRIBUTES_TO',
        direction: 'OUT',
        others: ['Practice', 'Initiative'],
        single: false,
      },
      insights: { type: 'AUTHORED', direction: 'OUT', others: ['Insight'], single: false },
      bottlenecksRaised: { type: 'RAISED_BY', direction: 'IN', others: ['Bottleneck'], single: false },
      eventsAttended: { type: 'ATTENDED', direction: 'OUT', others: ['Event'], single: false },
      eventsPresented: { type: 'PRESENTED_AT', direction: 'OUT', others: ['Event'], single: false },
      region: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      ORGANIZATIONS_COUNT: { countOf: 'organizations' },
      MEMBERSHIPS_COUNT: { countOf: 'memberships' },
      EXPERTISE_COUNT: { countOf: 'expertise' },
      KNOWS_COUNT: { countOf: 'knows' },
      CONTRIBUTIONS_COUNT: { countOf: 'contributions' },
      INSIGHTS_COUNT: { countOf: 'insights' },
      BOTTLENECKS_RAISED_COUNT: { countOf: 'bottlenecksRaised' },
      EVENTS_ATTENDED_COUNT: { countOf: 'eventsAttended' },
      EVENTS_PRESENTED_COUNT: { countOf: 'eventsPresented' },
    },
  },
  Organization: {
    label: 'Organization',
    singular: 'organization',
    plural: 'organizations',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      sector: { type: 'enum', required: true, values: E.Sector },
      description: { type: 'text', required: false },
      url: { type: 'string', required: false },
    },
    relations: {
      employees: { type: 'WORKS_AT', direction: 'IN', others: ['Professional'], single: false },
      alliances: { type: 'PARTNER_IN', direction: 'OUT', others: ['Alliance'], single: false },
      eventsHosted: { type: 'HOSTED_BY', direction: 'IN', others: ['Event'], single: false },
      region: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
      adopted: { type: 'ADOPTED', direction: 'OUT', others: ['Practice'], single: false },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      EMPLOYEES_COUNT: { countOf: 'employees' },
      ALLIANCES_COUNT: { countOf: 'alliances' },
      EVENTS_HOSTED_COUNT: { countOf: 'eventsHosted' },
    },
  },
  Alliance: {
    label: 'Alliance',
    singular: 'alliance',
    plural: 'alliances',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      description: { type: 'text', required: false },
      level: { type: 'enum', required: true, values: E.AllianceLevel },
      url: { type: 'string', required: false },
    },
    relations: {
      members: { type: 'MEMBER_OF', direction: 'IN', others: ['Professional'], single: false },
      partners: { type: 'PARTNER_IN', direction: 'IN', others: ['Organization'], single: false },
      themes: { type: 'FOCUSES_ON', direction: 'OUT', others: ['Theme'], single: false },
      insights: { type: 'RECORDED', direction: 'OUT', others: ['Insight'], single: false },
      bottlenecks: { type: 'RECORDED', direction: 'OUT', others: ['Bottleneck'], single: false },
      bottlenecksRaised: { type: 'RAISED_BY', direction: 'IN', others: ['Bottleneck'], single: false },
      events: { type: 'HOSTED_BY', direction: 'IN', others: ['Event'], single: false },
      region: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
      initiatives: { type: 'PART_OF', direction: 'IN', others: ['Initiative'], single: false },
      partOf: { type: 'PART_OF', direction: 'OUT', others: ['Alliance'], single: true },
      parts: { type: 'PART_OF', direction: 'IN', others: ['Alliance'], single: false },
      questions: { type: 'ASKED_BY', direction: 'IN', others: ['Question'], single: false },
      adopted: { type: 'ADOPTED', direction: 'OUT', others: ['Practice'], single: false },
      takenUpInsights: { type: 'TAKEN_UP', direction: 'IN', others: ['Insight'], single: false },
      takenUpPractices: { type: 'TAKEN_UP', direction: 'IN', others: ['Practice'], single: false },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      MEMBERS_COUNT: { countOf: 'members' },
      PARTNERS_COUNT: { countOf: 'partners' },
      THEMES_COUNT: { countOf: 'themes' },
      INSIGHTS_COUNT: { countOf: 'insights' },
      BOTTLENECKS_COUNT: { countOf: 'bottlenecks' },
      BOTTLENECKS_RAISED_COUNT: { countOf: 'bottlenecksRaised' },
      EVENTS_COUNT: { countOf: 'events' },
    },
  },
  Theme: {
    label: 'Theme',
    singular: 'theme',
    plural: 'themes',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      description: { type: 'text', required: false },
    },
    relations: {
      alliances: { type: 'FOCUSES_ON', direction: 'IN', others: ['Alliance'], single: false },
      experts: { type: 'HAS_EXPERTISE', direction: 'IN', others: ['Professional'], single: false },
      practices: { type: 'IN_THEME', direction: 'IN', others: ['Practice'], single: false },
      initiatives: { type: 'IN_THEME', direction: 'IN', others: ['Initiative'], single: false },
      bottlenecks: { type: 'IN_THEME', direction: 'IN', others: ['Bottleneck'], single: false },
      insights: { type: 'ABOUT', direction: 'IN', others: ['Insight'], single: false },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      ALLIANCES_COUNT: { countOf: 'alliances' },
      EXPERTS_COUNT: { countOf: 'experts' },
      PRACTICES_COUNT: { countOf: 'practices' },
      INITIATIVES_COUNT: { countOf: 'initiatives' },
      BOTTLENECKS_COUNT: { countOf: 'bottlenecks' },
      INSIGHTS_COUNT: { countOf: 'insights' },
    },
  },
  Practice: {
    label: 'Practice',
    singular: 'practice',
    plural: 'practices',
    titleProperty: 'title',
    properties: {
      title: { type: 'string', required: true },
      summary: { type: 'text', required: false },
      kind: { type: 'enum', required: true, values: E.PracticeKind },
      stage: { type: 'enum', required: false, values: E.PracticeStage },
      url: { type: 'string', required: false },
    },
    relations: {
      contributors: { type: 'CONTRIBUTES_TO', direction: 'IN', others: ['Professional'], single: false },
      themes: { type: 'IN_THEME', direction: 'OUT', others: ['Theme'], single: false },
      appliedBy: { type: 'APPLIES', direction: 'IN', others: ['Initiative'], single: false },
      addresses: { type: 'ADDRESSES', direction: 'OUT', others: ['Bottleneck'], single: false },
      insights: { type: 'ABOUT', direction: 'IN', others: ['Insight'], single: false },
      producedBy: { type: 'PRODUCED', direction: 'IN', others: ['Initiative'], single: false },
      adoptedBy: { type: 'ADOPTED', direction: 'IN', others: ['Organization', 'Alliance'], single: false },
      takenUpBy: { type: 'TAKEN_UP', direction: 'OUT', others: ['Alliance'], single: false },
      harvestedAt: { type: 'HARVESTED_AT', direction: 'OUT', others: ['Event'], single: false },
      presentedAt: { type: 'PRESENTED_AT', direction: 'OUT', others: ['Event'], single: false },
      answers: { type: 'ANSWERED_BY', direction: 'IN', others: ['Question'], single: false },
    },
    orderFields: {
      TITLE: { property: 'title' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      CONTRIBUTORS_COUNT: { countOf: 'contributors' },
      THEMES_COUNT: { countOf: 'themes' },
      APPLIED_BY_COUNT: { countOf: 'appliedBy' },
      ADDRESSES_COUNT: { countOf: 'addresses' },
      INSIGHTS_COUNT: { countOf: 'insights' },
    },
  },
  Initiative: {
    label: 'Initiative',
    singular: 'initiative',
    plural: 'initiatives',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      question: { type: 'text', required: false },
      description: { type: 'text', required: false },
      kind: { type: 'enum', required: true, values: E.InitiativeKind },
      stage: { type: 'enum', required: false, values: E.InitiativeStage },
    },
    relations: {
      contributors: { type: 'CONTRIBUTES_TO', direction: 'IN', others: ['Professional'], single: false },
      practices: { type: 'APPLIES', direction: 'OUT', others: ['Practice'], single: false },
      themes: { type: 'IN_THEME', direction: 'OUT', others: ['Theme'], single: false },
      insights: { type: 'ABOUT', direction: 'IN', others: ['Insight'], single: false },
      bottlenecksRaised: { type: 'RAISED_BY', direction: 'IN', others: ['Bottleneck'], single: false },
      eventsAttended: { type: 'ATTENDED', direction: 'OUT', others: ['Event'], single: false },
      eventsPresented: { type: 'PRESENTED_AT', direction: 'OUT', others: ['Event'], single: false },
      region: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
      alliances: { type: 'PART_OF', direction: 'OUT', others: ['Alliance'], single: false },
      members: { type: 'MEMBER_OF', direction: 'IN', others: ['Professional'], single: false },
      buildsOn: { type: 'BUILDS_ON', direction: 'OUT', others: ['Initiative'], single: false },
      builtOnBy: { type: 'BUILDS_ON', direction: 'IN', others: ['Initiative'], single: false },
      produced: { type: 'PRODUCED', direction: 'OUT', others: ['Practice'], single: false },
      questions: { type: 'ASKED_BY', direction: 'IN', others: ['Question'], single: false },
      recorded: { type: 'RECORDED', direction: 'OUT', others: ['Insight'], single: false },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      CONTRIBUTORS_COUNT: { countOf: 'contributors' },
      PRACTICES_COUNT: { countOf: 'practices' },
      THEMES_COUNT: { countOf: 'themes' },
      INSIGHTS_COUNT: { countOf: 'insights' },
      BOTTLENECKS_RAISED_COUNT: { countOf: 'bottlenecksRaised' },
      EVENTS_ATTENDED_COUNT: { countOf: 'eventsAttended' },
      EVENTS_PRESENTED_COUNT: { countOf: 'eventsPresented' },
    },
  },
  Insight: {
    label: 'Insight',
    singular: 'insight',
    plural: 'insights',
    titleProperty: 'text',
    properties: {
      text: { type: 'text', required: true },
      kind: { type: 'enum', required: true, values: E.InsightKind },
    },
    relations: {
      author: { type: 'AUTHORED', direction: 'IN', others: ['Professional'], single: true },
      about: {
        type: 'ABOUT',
        direction: 'OUT',
        others: ['Practice', 'Initiative', 'Theme', 'Bottleneck'],
        single: false,
      },
      recordedBy: {
        type: 'RECORDED',
        direction: 'IN',
        others: ['Alliance', 'Initiative', 'Event'],
        single: false,
      },
      harvestedAt: { type: 'HARVESTED_AT', direction: 'OUT', others: ['Event'], single: false },
      takenUpBy: { type: 'TAKEN_UP', direction: 'OUT', others: ['Alliance'], single: false },
      answers: { type: 'ANSWERED_BY', direction: 'IN', others: ['Question'], single: false },
    },
    orderFields: {
      TEXT: { property: 'text' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      ABOUT_COUNT: { countOf: 'about' },
      RECORDED_BY_COUNT: { countOf: 'recordedBy' },
    },
  },
  Bottleneck: {
    label: 'Bottleneck',
    singular: 'bottleneck',
    plural: 'bottlenecks',
    titleProperty: 'title',
    properties: {
      title: { type: 'string', required: true },
      description: { type: 'text', required: false },
      status: { type: 'enum', required: false, values: E.BottleneckStatus, defaultValue: 'OPEN' },
    },
    relations: {
      themes: { type: 'IN_THEME', direction: 'OUT', others: ['Theme'], single: false },
      raisedBy: {
        type: 'RAISED_BY',
        direction: 'OUT',
        others: ['Professional', 'Initiative', 'Alliance'],
        single: false,
      },
      addressedBy: { type: 'ADDRESSES', direction: 'IN', others: ['Practice'], single: false },
      recordedBy: { type: 'RECORDED', direction: 'IN', others: ['Alliance'], single: false },
      insights: { type: 'ABOUT', direction: 'IN', others: ['Insight'], single: false },
    },
    orderFields: {
      TITLE: { property: 'title' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      THEMES_COUNT: { countOf: 'themes' },
      RAISED_BY_COUNT: { countOf: 'raisedBy' },
      ADDRESSED_BY_COUNT: { countOf: 'addressedBy' },
      RECORDED_BY_COUNT: { countOf: 'recordedBy' },
      INSIGHTS_COUNT: { countOf: 'insights' },
    },
  },
  Event: {
    label: 'Event',
    singular: 'event',
    plural: 'events',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      date: { type: 'date', required: false },
      place: { type: 'string', required: false },
      kind: { type: 'enum', required: false, values: E.EventKind },
      description: { type: 'text', required: false },
    },
    relations: {
      attendees: { type: 'ATTENDED', direction: 'IN', others: ['Professional', 'Initiative'], single: false },
      presenters: {
        type: 'PRESENTED_AT',
        direction: 'IN',
        others: ['Professional', 'Initiative'],
        single: false,
      },
      hosts: { type: 'HOSTED_BY', direction: 'OUT', others: ['Alliance', 'Organization'], single: false },
      region: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
      harvestedInsights: { type: 'HARVESTED_AT', direction: 'IN', others: ['Insight'], single: false },
      harvestedPractices: { type: 'HARVESTED_AT', direction: 'IN', others: ['Practice'], single: false },
      harvestedQuestions: { type: 'HARVESTED_AT', direction: 'IN', others: ['Question'], single: false },
      presentedPractices: { type: 'PRESENTED_AT', direction: 'IN', others: ['Practice'], single: false },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      DATE: { property: 'date' },
      ATTENDEES_COUNT: { countOf: 'attendees' },
      PRESENTERS_COUNT: { countOf: 'presenters' },
      HOSTS_COUNT: { countOf: 'hosts' },
    },
  },
  Region: {
    label: 'Region',
    singular: 'region',
    plural: 'regions',
    titleProperty: 'name',
    properties: {
      name: { type: 'string', required: true },
      level: { type: 'enum', required: true, values: E.RegionLevel },
    },
    relations: {
      parent: { type: 'LOCATED_IN', direction: 'OUT', others: ['Region'], single: true },
      subregions: { type: 'LOCATED_IN', direction: 'IN', others: ['Region'], single: false },
      located: {
        type: 'LOCATED_IN',
        direction: 'IN',
        others: ['Professional', 'Organization', 'Alliance', 'Initiative', 'Event'],
        single: false,
      },
    },
    orderFields: {
      NAME: { property: 'name' },
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      SUBREGIONS_COUNT: { countOf: 'subregions' },
      LOCATED_COUNT: { countOf: 'located' },
    },
  },
  Question: {
    label: 'Question',
    singular: 'question',
    plural: 'questions',
    titleProperty: 'text',
    properties: {
      text: { type: 'text', required: true },
      status: { type: 'enum', required: false, values: E.QuestionStatus, defaultValue: 'OPEN' },
      askedOn: { type: 'date', required: false },
      closedOn: { type: 'date', required: false },
    },
    relations: {
      askedBy: {
        type: 'ASKED_BY',
        direction: 'OUT',
        others: ['Initiative', 'Alliance', 'Professional', 'Event'],
        single: false,
      },
      answeredBy: {
        type: 'ANSWERED_BY',
        direction: 'OUT',
        others: ['Insight', 'Practice', 'Professional'],
        single: false,
      },
      harvestedAt: { type: 'HARVESTED_AT', direction: 'OUT', others: ['Event'], single: false },
    },
    orderFields: {
      CREATED_AT: { property: 'createdAt' },
      UPDATED_AT: { property: 'updatedAt' },
      ASKED_ON: { property: 'askedOn' },
      ASKED_BY_COUNT: { countOf: 'askedBy' },
      ANSWERED_BY_COUNT: { countOf: 'answeredBy' },
    },
  },
};
