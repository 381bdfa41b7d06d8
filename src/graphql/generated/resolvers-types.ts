import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRow, LinkRow, EdgeRow } from '../../db/rows.js';
import type { ConnectionRow } from '../../entities/pagination.js';
import type { PathRow, ReasonRow } from '../../recommend/paths.js';
import type { Match } from '../../recommend/matches.js';
import type { AllianceOverlapRow } from '../../recommend/similarity.js';
import type { PracticeMatchRow } from '../../recommend/service.js';
import type { AnswerRow } from '../../recommend/ask.js';
import type { RoleGapRow, FacingRow, SpreadRow, ConditionHealthRow } from '../../structure/service.js';
import type { DigestItemRow, FollowRow } from '../../live/service.js';
import type { MembershipRequestRow } from '../../membership/service.js';
import type { AuditEntryRow, AuditPage } from '../../audit/audit.js';
import type { NetworkStatsRow, CommunityRow, BrokerRow } from '../../network/metrics.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, as YYYY-MM-DD. */
  Date: { input: string; output: string };
  /** An instant, as an ISO-8601 string with time zone. */
  DateTime: { input: string; output: string };
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown };
};

/** An existing tie between two professionals, seen from one of them. */
export type Acquaintance = {
  __typename?: 'Acquaintance';
  professional: Professional;
  since?: Maybe<Scalars['Date']['output']>;
};

/** Who adopts a practice. */
export type Adopter = Alliance | Organization;

/** A cooperation around a theme: a societal alliance, a city platform, a green deal. */
export type Alliance = Node & {
  __typename?: 'Alliance';
  /** Practices this alliance adopted. */
  adopted: Array<Practice>;
  /** The bottlenecks of this alliance with its own status, since when and why. */
  bottleneckFacings: Array<BottleneckFacing>;
  /**
   * Bottlenecks in this alliance's memory; with status, only those this alliance still faces (OPEN)
   * or has addressed (ADDRESSED).
   */
  bottlenecks: Array<Bottleneck>;
  /** Bottlenecks raised by this alliance. */
  bottlenecksRaised: Array<Bottleneck>;
  /** Commitments made for this alliance. */
  commitments: Array<Commitment>;
  /** Checks of the five conditions of this alliance's learning network, over time. */
  conditionChecks: Array<ConditionCheck>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Events hosted by this alliance. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  /** Werkplaatsen, doetanks and expert groups inside this alliance. */
  initiatives: Array<Initiative>;
  /** Insights in this alliance's memory. */
  insights: Array<Insight>;
  /** The latest score of each of the five conditions and its trend. */
  learningHealth: Array<ConditionHealth>;
  level: AllianceLevel;
  /** Members with their role, since when and until when. */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** The (national) alliance this one is part of. */
  partOf?: Maybe<Alliance>;
  /** Partner organizations. */
  partners: Array<Organization>;
  /** Alliances (local platforms) that are part of this one. */
  parts: Array<Alliance>;
  /** Questions this alliance asks. */
  questions: Array<Question>;
  /** Where this alliance works. */
  region?: Maybe<Region>;
  /** Insights that reached this alliance from elsewhere (a local lesson taken up). */
  takenUpInsights: Array<Insight>;
  /** Practices that reached this alliance from elsewhere. */
  takenUpPractices: Array<Practice>;
  /** Themes this alliance focuses on. */
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A cooperation around a theme: a societal alliance, a city platform, a green deal. */
export type AllianceBottlenecksArgs = {
  status?: InputMaybe<BottleneckStatus>;
};

/** That an alliance changed, and when; what changed is read again through the usual queries. */
export type AllianceChange = {
  __typename?: 'AllianceChange';
  allianceId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
};

export type AllianceConnection = {
  __typename?: 'AllianceConnection';
  edges: Array<AllianceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllianceEdge = {
  __typename?: 'AllianceEdge';
  cursor: Scalars['String']['output'];
  node: Alliance;
};

export type AllianceLevel = 'LOCAL' | 'NATIONAL' | 'REGIONAL';

export type AllianceLevelFilter = {
  eq?: InputMaybe<AllianceLevel>;
  in?: InputMaybe<Array<AllianceLevel>>;
};

export type AllianceOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: AllianceOrderField;
};

export type AllianceOrderField =
  | 'BOTTLENECKS_COUNT'
  | 'BOTTLENECKS_RAISED_COUNT'
  | 'CREATED_AT'
  | 'EVENTS_COUNT'
  | 'INSIGHTS_COUNT'
  | 'MEMBERS_COUNT'
  | 'NAME'
  | 'PARTNERS_COUNT'
  | 'THEMES_COUNT'
  | 'UPDATED_AT';

/** Another alliance that shares bottlenecks or themes with this one: where cooperation could pay off. */
export type AllianceOverlap = {
  __typename?: 'AllianceOverlap';
  alliance: Alliance;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
  sharedBottlenecks: Array<Bottleneck>;
  sharedThemes: Array<Theme>;
};

export type AllianceRole = 'COORDINATOR' | 'FACILITATOR' | 'INITIATOR' | 'MANAGER' | 'MEMBER';

export type AllianceWhere = {
  adopted?: InputMaybe<RelatedWhere>;
  bottlenecks?: InputMaybe<RelatedWhere>;
  bottlenecksRaised?: InputMaybe<RelatedWhere>;
  commitments?: InputMaybe<RelatedWhere>;
  conditionChecks?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  events?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  initiatives?: InputMaybe<RelatedWhere>;
  insights?: InputMaybe<RelatedWhere>;
  level?: InputMaybe<AllianceLevelFilter>;
  members?: InputMaybe<MembershipWhere>;
  name?: InputMaybe<StringFilter>;
  partOf?: InputMaybe<RelatedWhere>;
  partners?: InputMaybe<RelatedWhere>;
  parts?: InputMaybe<RelatedWhere>;
  questions?: InputMaybe<RelatedWhere>;
  region?: InputMaybe<RelatedWhere>;
  takenUpInsights?: InputMaybe<RelatedWhere>;
  takenUpPractices?: InputMaybe<RelatedWhere>;
  themes?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  url?: InputMaybe<StringFilter>;
};

/**
 * The answer to a question in a sentence: who knows about it, which practices answer it, which
 * insights hold the lesson, each ranked with reasons.
 */
export type Answer = {
  __typename?: 'Answer';
  insights: Array<InsightMatch>;
  people: Array<ExpertMatch>;
  practices: Array<PracticeMatch>;
};

/** One write in the audit trail: who, what, when. No personal data beyond pseudonymous ids. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLog = {
  __typename?: 'AuditLog';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

/** An obstacle that keeps recurring. */
export type Bottleneck = Node & {
  __typename?: 'Bottleneck';
  /** Practices known to relieve it. */
  addressedBy: Array<Practice>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The alliances that recorded it, each with its own status, since when and a note. */
  facings: Array<BottleneckFacing>;
  id: Scalars['ID']['output'];
  /** Insights about this bottleneck. */
  insights: Array<Insight>;
  /** Who raised this bottleneck. */
  raisedBy: Array<BottleneckSource>;
  /** Alliances that recorded it. */
  recordedBy: Array<Alliance>;
  /** OPEN while any alliance that recorded it still faces it (derived from their ties); else as set. */
  status: BottleneckStatus;
  /** Themes of this bottleneck. */
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type BottleneckConnection = {
  __typename?: 'BottleneckConnection';
  edges: Array<BottleneckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BottleneckEdge = {
  __typename?: 'BottleneckEdge';
  cursor: Scalars['String']['output'];
  node: Bottleneck;
};

/** An alliance facing a bottleneck: its own status of it, since when, and a note. */
export type BottleneckFacing = {
  __typename?: 'BottleneckFacing';
  alliance: Alliance;
  bottleneck: Bottleneck;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  status: BottleneckStatus;
};

export type BottleneckOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: BottleneckOrderField;
};

export type BottleneckOrderField =
  | 'ADDRESSED_BY_COUNT'
  | 'CREATED_AT'
  | 'INSIGHTS_COUNT'
  | 'RAISED_BY_COUNT'
  | 'RECORDED_BY_COUNT'
  | 'THEMES_COUNT'
  | 'TITLE'
  | 'UPDATED_AT';

export type BottleneckSource = Alliance | Initiative | Professional;

/** How far a bottleneck has spread: which alliances face it, with their own status. */
export type BottleneckSpread = {
  __typename?: 'BottleneckSpread';
  /** The alliances that recorded it, open ones first, with level and region on the alliance. */
  alliances: Array<BottleneckFacing>;
  bottleneck: Bottleneck;
  /** Per alliance, what it says about this bottleneck, with the path. */
  reasons: Array<Reason>;
  /** Three or more alliances face it open: a system problem rather than a local one. */
  systemic: Scalars['Boolean']['output'];
};

export type BottleneckStatus = 'ADDRESSED' | 'OPEN';

export type BottleneckStatusFilter = {
  eq?: InputMaybe<BottleneckStatus>;
  in?: InputMaybe<Array<BottleneckStatus>>;
};

export type BottleneckWhere = {
  addressedBy?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  insights?: InputMaybe<RelatedWhere>;
  raisedBy?: InputMaybe<RelatedWhere>;
  recordedBy?: InputMaybe<RelatedWhere>;
  status?: InputMaybe<BottleneckStatusFilter>;
  themes?: InputMaybe<RelatedWhere>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A person on many shortest paths between others: someone who connects clusters. */
export type Broker = {
  __typename?: 'Broker';
  /** Betweenness centrality, normalised to 0..1. */
  betweenness: Scalars['Float']['output'];
  /** How many communities the person and their direct contacts belong to. */
  communities: Scalars['Int']['output'];
  professional: Professional;
};

/** From learning to doing: who does what by when, agreed in which session, for which unit. */
export type Commitment = Node & {
  __typename?: 'Commitment';
  /** Who does it. */
  committedBy?: Maybe<Professional>;
  createdAt: Scalars['DateTime']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The session (event) it was agreed in. */
  session?: Maybe<Event>;
  status: CommitmentStatus;
  text: Scalars['String']['output'];
  /** The alliance or werkplaats it is for. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
};

export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  edges: Array<CommitmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommitmentEdge = {
  __typename?: 'CommitmentEdge';
  cursor: Scalars['String']['output'];
  node: Commitment;
};

export type CommitmentOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: CommitmentOrderField;
};

export type CommitmentOrderField = 'CREATED_AT' | 'DUE_ON' | 'UPDATED_AT';

export type CommitmentStatus = 'DONE' | 'DROPPED' | 'OPEN';

export type CommitmentStatusFilter = {
  eq?: InputMaybe<CommitmentStatus>;
  in?: InputMaybe<Array<CommitmentStatus>>;
};

export type CommitmentWhere = {
  committedBy?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  dueOn?: InputMaybe<DateFilter>;
  id?: InputMaybe<IdFilter>;
  session?: InputMaybe<RelatedWhere>;
  status?: InputMaybe<CommitmentStatusFilter>;
  text?: InputMaybe<StringFilter>;
  unit?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A cluster found by Louvain: nodes tied more densely to each other than to the rest. */
export type Community = {
  __typename?: 'Community';
  /** Numbered by size within one answer, largest first. */
  id: Scalars['Int']['output'];
  /** Members, best connected first. */
  members: Array<Node>;
  nodesByLabel: Array<LabelCount>;
  size: Scalars['Int']['output'];
};

/** A cluster found by Louvain: nodes tied more densely to each other than to the rest. */
export type CommunityMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many ties run between two communities of a network overview. */
export type CommunityTie = {
  __typename?: 'CommunityTie';
  from: Scalars['Int']['output'];
  ties: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};

/** A dated check of one condition of an alliance's or werkplaats' learning network, scored 1 to 5. */
export type ConditionCheck = Node & {
  __typename?: 'ConditionCheck';
  /** Who scored it. */
  checkedBy?: Maybe<Professional>;
  checkedOn: Scalars['Date']['output'];
  condition: LearningCondition;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
  /** The alliance or werkplaats checked. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ConditionCheckConnection = {
  __typename?: 'ConditionCheckConnection';
  edges: Array<ConditionCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConditionCheckEdge = {
  __typename?: 'ConditionCheckEdge';
  cursor: Scalars['String']['output'];
  node: ConditionCheck;
};

export type ConditionCheckOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: ConditionCheckOrderField;
};

export type ConditionCheckOrderField = 'CHECKED_ON' | 'CREATED_AT' | 'SCORE' | 'UPDATED_AT';

export type ConditionCheckWhere = {
  checkedBy?: InputMaybe<RelatedWhere>;
  checkedOn?: InputMaybe<DateFilter>;
  condition?: InputMaybe<LearningConditionFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  score?: InputMaybe<IntFilter>;
  unit?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One condition of a unit's learning network: its latest score and how it moved since the check before. */
export type ConditionHealth = {
  __typename?: 'ConditionHealth';
  checkedOn?: Maybe<Scalars['Date']['output']>;
  condition: LearningCondition;
  previousScore?: Maybe<Scalars['Int']['output']>;
  /** Null when never checked. */
  score?: Maybe<Scalars['Int']['output']>;
  /** Null when never checked. */
  trend?: Maybe<Trend>;
};

export type ConnectInput = {
  fromId: Scalars['ID']['input'];
  properties?: InputMaybe<RelationshipPropertiesInput>;
  toId: Scalars['ID']['input'];
  type: RelationshipType;
};

export type ConnectionSuggestion = {
  __typename?: 'ConnectionSuggestion';
  professional: Professional;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
};

/** A professional's contribution to a practice or initiative. */
export type Contribution = {
  __typename?: 'Contribution';
  professional: Professional;
  role?: Maybe<ContributionRole>;
  work: Work;
};

export type ContributionRole = 'ADVISOR' | 'CONTRIBUTOR' | 'LEAD';

export type CreateAllianceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: AllianceLevel;
  name: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBottleneckInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<BottleneckStatus>;
  title: Scalars['String']['input'];
};

export type CreateCommitmentInput = {
  dueOn: Scalars['Date']['input'];
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CommitmentStatus>;
  text: Scalars['String']['input'];
};

export type CreateConditionCheckInput = {
  checkedOn: Scalars['Date']['input'];
  condition: LearningCondition;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  score: Scalars['Int']['input'];
};

export type CreateEventInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EventKind>;
  name: Scalars['String']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInitiativeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InitiativeKind;
  name: Scalars['String']['input'];
  question?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<InitiativeStage>;
};

export type CreateInsightInput = {
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InsightKind;
  text: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  sector: Sector;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePracticeInput = {
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PracticeKind;
  stage?: InputMaybe<PracticeStage>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProfessionalInput = {
  bio?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type CreateQuestionInput = {
  askedOn?: InputMaybe<Scalars['Date']['input']>;
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<QuestionStatus>;
  text: Scalars['String']['input'];
};

export type CreateRegionInput = {
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: RegionLevel;
  name: Scalars['String']['input'];
};

export type CreateThemeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional client-chosen id; repeating a create with the same id gives CONFLICT. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type DateFilter = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeFilter = {
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DecideMembershipInput = {
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type DeleteAllianceInput = {
  id: Scalars['ID']['input'];
};

export type DeleteBottleneckInput = {
  id: Scalars['ID']['input'];
};

export type DeleteCommitmentInput = {
  id: Scalars['ID']['input'];
};

export type DeleteConditionCheckInput = {
  id: Scalars['ID']['input'];
};

export type DeleteEventInput = {
  id: Scalars['ID']['input'];
};

export type DeleteInitiativeInput = {
  id: Scalars['ID']['input'];
};

export type DeleteInsightInput = {
  id: Scalars['ID']['input'];
};

export type DeleteOrganizationInput = {
  id: Scalars['ID']['input'];
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  id: Scalars['ID']['output'];
  type: NodeType;
};

export type DeletePracticeInput = {
  id: Scalars['ID']['input'];
};

export type DeleteProfessionalInput = {
  id: Scalars['ID']['input'];
};

export type DeleteQuestionInput = {
  id: Scalars['ID']['input'];
};

export type DeleteRegionInput = {
  id: Scalars['ID']['input'];
};

export type DeleteThemeInput = {
  id: Scalars['ID']['input'];
};

/** One thing that happened about what the viewer follows, ranked, with reasons. */
export type DigestItem = {
  __typename?: 'DigestItem';
  /** What the viewer follows that this item is about (the most relevant one). */
  about: Node;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  kind: DigestKind;
  /** The insight, question, answer, harvested work, or (for a status change) the bottleneck or alliance. */
  node: Node;
  reasons: Array<Reason>;
  /** Newer and more direct items score higher. */
  score: Scalars['Float']['output'];
};

/** What a digest item or feed event is about. */
export type DigestKind =
  /** An alliance's tie to a bottleneck changed status (OPEN, ADDRESSED). */
  | 'BOTTLENECK_STATUS_CHANGED'
  /** An event hosted by a followed alliance harvested an insight, practice or question. */
  | 'HARVESTED'
  /** A new insight about, recorded by or taken up by something you follow. */
  | 'INSIGHT_ADDED'
  /** A followed question got an answer: an insight, a practice or a person. */
  | 'QUESTION_ANSWERED'
  /** A new question asked by something you follow (or within a theme you follow). */
  | 'QUESTION_ASKED';

export type DisconnectInput = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  type: RelationshipType;
};

export type DisconnectPayload = {
  __typename?: 'DisconnectPayload';
  /** Number of relationships removed (0 when there was none). */
  removed: Scalars['Int']['output'];
};

/** A relationship in the graph. */
export type Edge = {
  __typename?: 'Edge';
  from: Scalars['ID']['output'];
  properties?: Maybe<Scalars['JSON']['output']>;
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type ErasePersonInput = {
  id: Scalars['ID']['input'];
};

export type ErasePersonPayload = {
  __typename?: 'ErasePersonPayload';
  /** Bottlenecks the person raised, kept without them. */
  keptBottlenecks: Scalars['Int']['output'];
  /** Insights the person wrote, kept without author. */
  keptInsights: Scalars['Int']['output'];
  /** The pseudonym that replaces the person's id in the audit trail. */
  pseudonym: Scalars['String']['output'];
};

/** A gathering: a cafe, festival, workshop or congress. */
export type Event = Node & {
  __typename?: 'Event';
  /** Who attended. */
  attendees: Array<Participant>;
  /** Commitments agreed in this session. */
  commitments: Array<Commitment>;
  createdAt: Scalars['DateTime']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** What this event produced: its insights, practices and questions. */
  harvest: Harvest;
  /** Insights harvested at this event. */
  harvestedInsights: Array<Insight>;
  /** Practices harvested at this event. */
  harvestedPractices: Array<Practice>;
  /** Questions harvested at this event. */
  harvestedQuestions: Array<Question>;
  /** Who hosted it. */
  hosts: Array<Host>;
  id: Scalars['ID']['output'];
  kind?: Maybe<EventKind>;
  name: Scalars['String']['output'];
  place?: Maybe<Scalars['String']['output']>;
  /** Practices presented at this event. */
  presentedPractices: Array<Practice>;
  /** Who presented. */
  presenters: Array<Participant>;
  /** Where it took place. */
  region?: Maybe<Region>;
  updatedAt: Scalars['DateTime']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventKind = 'CAFE' | 'CONGRESS' | 'FESTIVAL' | 'MEETUP' | 'WORKSHOP';

export type EventKindFilter = {
  eq?: InputMaybe<EventKind>;
  in?: InputMaybe<Array<EventKind>>;
};

export type EventOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: EventOrderField;
};

export type EventOrderField =
  'ATTENDEES_COUNT' | 'CREATED_AT' | 'DATE' | 'HOSTS_COUNT' | 'NAME' | 'PRESENTERS_COUNT' | 'UPDATED_AT';

export type EventWhere = {
  attendees?: InputMaybe<RelatedWhere>;
  commitments?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  date?: InputMaybe<DateFilter>;
  description?: InputMaybe<StringFilter>;
  harvestedInsights?: InputMaybe<RelatedWhere>;
  harvestedPractices?: InputMaybe<RelatedWhere>;
  harvestedQuestions?: InputMaybe<RelatedWhere>;
  hosts?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  kind?: InputMaybe<EventKindFilter>;
  name?: InputMaybe<StringFilter>;
  place?: InputMaybe<StringFilter>;
  presentedPractices?: InputMaybe<RelatedWhere>;
  presenters?: InputMaybe<RelatedWhere>;
  region?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type ExpertMatch = {
  __typename?: 'ExpertMatch';
  professional: Professional;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
};

/** Declared expertise of a professional in a theme. */
export type Expertise = {
  __typename?: 'Expertise';
  level?: Maybe<ExpertiseLevel>;
  professional: Professional;
  theme: Theme;
};

export type ExpertiseLevel = 'ADVANCED' | 'BASIC' | 'EXPERT';

export type FollowInput = {
  /** Administrators may act for a professional; everyone else follows as themself. */
  professionalId?: InputMaybe<Scalars['ID']['input']>;
  /** A theme, bottleneck, alliance, initiative or question. */
  targetId: Scalars['ID']['input'];
};

export type FollowPayload = {
  __typename?: 'FollowPayload';
  /** Whether the professional follows the target after this mutation. */
  following: Scalars['Boolean']['output'];
  professional: Professional;
  target: Node;
};

/** What a café, festijn or workshop produced. */
export type Harvest = {
  __typename?: 'Harvest';
  insights: Array<Insight>;
  practices: Array<Practice>;
  questions: Array<Question>;
};

export type Host = Alliance | Organization;

export type IdFilter = {
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One file of an import: JSON ({nodes, relationships}) or CSV, told apart by the name's extension. */
export type ImportFileInput = {
  content: Scalars['String']['input'];
  /** File name, e.g. graph.json, Professional.csv, relationships.csv, elements.csv, connections.csv. */
  name: Scalars['String']['input'];
};

export type ImportGraphInput = {
  /** Check and report only; write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  files: Array<ImportFileInput>;
};

export type ImportGraphReport = {
  __typename?: 'ImportGraphReport';
  dryRun: Scalars['Boolean']['output'];
  nodesCreated: Scalars['Int']['output'];
  nodesUpdated: Scalars['Int']['output'];
  rejected: Array<ImportRejection>;
  relationships: Scalars['Int']['output'];
  warnings: Array<Scalars['String']['output']>;
};

export type ImportRejection = {
  __typename?: 'ImportRejection';
  file: Scalars['String']['output'];
  id?: Maybe<Scalars['ID']['output']>;
  line?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
};

/** A local or residents' initiative, do-tank, expert group or project, often with a question to the rest of the country. */
export type Initiative = Node & {
  __typename?: 'Initiative';
  /** Alliances this werkplaats, doetank or expert group is part of. */
  alliances: Array<Alliance>;
  /** Bottlenecks this initiative raised. */
  bottlenecksRaised: Array<Bottleneck>;
  /** Initiatives this one builds on. */
  buildsOn: Array<Initiative>;
  /** Initiatives that build on this one. */
  builtOnBy: Array<Initiative>;
  /** Commitments made for this werkplaats. */
  commitments: Array<Commitment>;
  /** Checks of the five conditions of this werkplaats' learning network, over time. */
  conditionChecks: Array<ConditionCheck>;
  /** People contributing, with their role. */
  contributors: Array<Contribution>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Events attended. */
  eventsAttended: Array<Event>;
  /** Events presented at. */
  eventsPresented: Array<Event>;
  id: Scalars['ID']['output'];
  /** Insights about this initiative. */
  insights: Array<Insight>;
  kind: InitiativeKind;
  /** The latest score of each of the five conditions and its trend. */
  learningHealth: Array<ConditionHealth>;
  /** Members with their role (initiatiefnemer, manager, procesbegeleider, coördinator, lid), since when and until when. */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** Practices this initiative applies. */
  practices: Array<Practice>;
  /** Practices this initiative made (not merely applies). */
  produced: Array<Practice>;
  /**
   * The question to the rest of the country as text; deprecated: see questions.
   * @deprecated A question is a node of its own: use questions.
   */
  question?: Maybe<Scalars['String']['output']>;
  /** Questions this initiative asks. */
  questions: Array<Question>;
  /** Insights this group recorded together. */
  recorded: Array<Insight>;
  /** Where this initiative takes place. */
  region?: Maybe<Region>;
  stage?: Maybe<InitiativeStage>;
  /** Themes of this initiative. */
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
};

export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InitiativeKind =
  'DO_TANK' | 'EXPERT_GROUP' | 'LOCAL_INITIATIVE' | 'PROJECT' | 'RESIDENTS_INITIATIVE';

export type InitiativeKindFilter = {
  eq?: InputMaybe<InitiativeKind>;
  in?: InputMaybe<Array<InitiativeKind>>;
};

export type InitiativeOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: InitiativeOrderField;
};

export type InitiativeOrderField =
  | 'BOTTLENECKS_RAISED_COUNT'
  | 'CONTRIBUTORS_COUNT'
  | 'CREATED_AT'
  | 'EVENTS_ATTENDED_COUNT'
  | 'EVENTS_PRESENTED_COUNT'
  | 'INSIGHTS_COUNT'
  | 'NAME'
  | 'PRACTICES_COUNT'
  | 'THEMES_COUNT'
  | 'UPDATED_AT';

export type InitiativeStage = 'COMPLETED' | 'IDEA' | 'RUNNING' | 'STARTING';

export type InitiativeStageFilter = {
  eq?: InputMaybe<InitiativeStage>;
  in?: InputMaybe<Array<InitiativeStage>>;
};

export type InitiativeWhere = {
  alliances?: InputMaybe<RelatedWhere>;
  bottlenecksRaised?: InputMaybe<RelatedWhere>;
  buildsOn?: InputMaybe<RelatedWhere>;
  builtOnBy?: InputMaybe<RelatedWhere>;
  commitments?: InputMaybe<RelatedWhere>;
  conditionChecks?: InputMaybe<RelatedWhere>;
  contributors?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  eventsAttended?: InputMaybe<RelatedWhere>;
  eventsPresented?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  insights?: InputMaybe<RelatedWhere>;
  kind?: InputMaybe<InitiativeKindFilter>;
  members?: InputMaybe<MembershipWhere>;
  name?: InputMaybe<StringFilter>;
  practices?: InputMaybe<RelatedWhere>;
  produced?: InputMaybe<RelatedWhere>;
  question?: InputMaybe<StringFilter>;
  questions?: InputMaybe<RelatedWhere>;
  recorded?: InputMaybe<RelatedWhere>;
  region?: InputMaybe<RelatedWhere>;
  stage?: InputMaybe<InitiativeStageFilter>;
  themes?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A lesson learned; a working element is an insight about what makes a practice work. */
export type Insight = Node & {
  __typename?: 'Insight';
  /** What this insight is about. */
  about: Array<InsightSubject>;
  /** Questions this insight answered. */
  answers: Array<Question>;
  /** Who wrote this insight. */
  author?: Maybe<Professional>;
  createdAt: Scalars['DateTime']['output'];
  /** Events where it was harvested. */
  harvestedAt: Array<Event>;
  id: Scalars['ID']['output'];
  kind: InsightKind;
  /** Sectors of the people and organisations behind it (its author's and recorders' organisations), derived. */
  provenance: Array<Sector>;
  /** Alliances, initiatives and events that recorded this insight (a group's memory). */
  recordedBy: Array<Recorder>;
  /** Alliances that took it up (a local lesson reaching another alliance). */
  takenUpBy: Array<Alliance>;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type InsightConnection = {
  __typename?: 'InsightConnection';
  edges: Array<InsightEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InsightEdge = {
  __typename?: 'InsightEdge';
  cursor: Scalars['String']['output'];
  node: Insight;
};

export type InsightKind = 'LESSON' | 'OBSERVATION' | 'WORKING_ELEMENT';

export type InsightKindFilter = {
  eq?: InputMaybe<InsightKind>;
  in?: InputMaybe<Array<InsightKind>>;
};

/** An insight that answers a question, with the reasons. */
export type InsightMatch = {
  __typename?: 'InsightMatch';
  insight: Insight;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
};

export type InsightOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: InsightOrderField;
};

export type InsightOrderField = 'ABOUT_COUNT' | 'CREATED_AT' | 'RECORDED_BY_COUNT' | 'TEXT' | 'UPDATED_AT';

export type InsightSubject = Bottleneck | Initiative | Practice | Theme;

export type InsightWhere = {
  about?: InputMaybe<RelatedWhere>;
  answers?: InputMaybe<RelatedWhere>;
  author?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  harvestedAt?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  kind?: InputMaybe<InsightKindFilter>;
  recordedBy?: InputMaybe<RelatedWhere>;
  takenUpBy?: InputMaybe<RelatedWhere>;
  text?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type IntFilter = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** How many nodes carry a label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: NodeType;
};

/** Language of answers to questions (the same values as Language). */
export type Lang = 'EN' | 'NL';

/** Language of reasons; without it the Accept-Language header decides (Dutch by default). */
export type Language = 'EN' | 'NL';

/** The five conditions of a living learning network. */
export type LearningCondition =
  /** Diversiteit daagt uit: differences are used. */
  | 'DIVERSITY'
  /** Wederzijdse afhankelijkheid: the members need each other. */
  | 'MUTUAL_DEPENDENCE'
  /** Persoonlijke ontwikkeling: members grow. */
  | 'PERSONAL_GROWTH'
  /** Veilige ruimte: failures can be shared. */
  | 'SAFE_SPACE'
  /** Beweging door gedeelde energie: a shared task moves them. */
  | 'SHARED_ENERGY';

export type LearningConditionFilter = {
  eq?: InputMaybe<LearningCondition>;
  in?: InputMaybe<Array<LearningCondition>>;
};

export type Locatable = Alliance | Event | Initiative | Organization | Professional | Region;

/** A professional's membership of an alliance, with the role played (the sources' four roles plus MEMBER). */
export type Membership = {
  __typename?: 'Membership';
  /** The alliance; null when the unit is an initiative (werkplaats, doetank, expert group). */
  alliance?: Maybe<Alliance>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  professional: Professional;
  role: AllianceRole;
  /** Since when the role is held. */
  since?: Maybe<Scalars['Date']['output']>;
  /** The alliance or initiative of this membership. */
  unit: Unit;
  /** Until when it was held (empty: still held). */
  until?: Maybe<Scalars['Date']['output']>;
};

/**
 * A request to hold a role in an alliance or initiative. Nobody grants themselves a leading role: the
 * unit's current coordinator or initiator, an editor of its alliance or an administrator decides.
 */
export type MembershipRequest = {
  __typename?: 'MembershipRequest';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Who asks for the role (null when hidden from the viewer). */
  professional?: Maybe<Professional>;
  requestedAt: Scalars['DateTime']['output'];
  role: AllianceRole;
  status: MembershipRequestStatus;
  /** The alliance or initiative. */
  unit?: Maybe<Unit>;
};

export type MembershipRequestStatus = 'APPROVED' | 'DECLINED' | 'PENDING';

export type MembershipWhere = {
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
  role_in?: InputMaybe<Array<AllianceRole>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the relationship, or updates its properties when it exists (idempotent). */
  connect: Edge;
  createAlliance: Alliance;
  createBottleneck: Bottleneck;
  createCommitment: Commitment;
  createConditionCheck: ConditionCheck;
  createEvent: Event;
  createInitiative: Initiative;
  createInsight: Insight;
  createOrganization: Organization;
  createPractice: Practice;
  createProfessional: Professional;
  createQuestion: Question;
  createRegion: Region;
  createTheme: Theme;
  /** Approves (the role is granted from today) or declines a pending request (audited). */
  decideMembership: MembershipRequest;
  /** Deletes the alliance and all its relationships. */
  deleteAlliance: DeletePayload;
  /** Deletes the bottleneck and all its relationships. */
  deleteBottleneck: DeletePayload;
  /** Deletes the commitment and all its relationships. */
  deleteCommitment: DeletePayload;
  /** Deletes the condition check and all its relationships. */
  deleteConditionCheck: DeletePayload;
  /** Deletes the event and all its relationships. */
  deleteEvent: DeletePayload;
  /** Deletes the initiative and all its relationships. */
  deleteInitiative: DeletePayload;
  /** Deletes the insight and all its relationships. */
  deleteInsight: DeletePayload;
  /** Deletes the organization and all its relationships. */
  deleteOrganization: DeletePayload;
  /** Deletes the practice and all its relationships. */
  deletePractice: DeletePayload;
  /** Deletes the professional and all its relationships. */
  deleteProfessional: DeletePayload;
  /** Deletes the question and all its relationships. */
  deleteQuestion: DeletePayload;
  /** Deletes the region and all its relationships. */
  deleteRegion: DeletePayload;
  /** Deletes the theme and all its relationships. */
  deleteTheme: DeletePayload;
  disconnect: DisconnectPayload;
  /** Erases a person completely (the person themself or an administrator). See docs/security.md. */
  erasePerson: ErasePersonPayload;
  follow: FollowPayload;
  /** Imports a graph (administrators). Idempotent; every row is checked first; all or nothing. */
  importGraph: ImportGraphReport;
  /** Asks for a role in a unit; the request waits for a decision (CONFLICT when one is pending). */
  requestMembership: MembershipRequest;
  unfollow: FollowPayload;
  /** Sets the given fields; a null clears an optional field. */
  updateAlliance: Alliance;
  /** Sets the given fields; a null clears an optional field. */
  updateBottleneck: Bottleneck;
  /** Sets the given fields; a null clears an optional field. */
  updateCommitment: Commitment;
  /** Sets the given fields; a null clears an optional field. */
  updateConditionCheck: ConditionCheck;
  /** Sets the given fields; a null clears an optional field. */
  updateEvent: Event;
  /** Sets the given fields; a null clears an optional field. */
  updateInitiative: Initiative;
  /** Sets the given fields; a null clears an optional field. */
  updateInsight: Insight;
  /** Sets the given fields; a null clears an optional field. */
  updateOrganization: Organization;
  /** Sets the given fields; a null clears an optional field. */
  updatePractice: Practice;
  /** Sets the given fields; a null clears an optional field. */
  updateProfessional: Professional;
  /** Sets the given fields; a null clears an optional field. */
  updateQuestion: Question;
  /** Sets the given fields; a null clears an optional field. */
  updateRegion: Region;
  /** Sets the given fields; a null clears an optional field. */
  updateTheme: Theme;
};

export type MutationConnectArgs = {
  input: ConnectInput;
};

export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
};

export type MutationCreateBottleneckArgs = {
  input: CreateBottleneckInput;
};

export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};

export type MutationCreateConditionCheckArgs = {
  input: CreateConditionCheckInput;
};

export type MutationCreateEventArgs = {
  input: CreateEventInput;
};

export type MutationCreateInitiativeArgs = {
  input: CreateInitiativeInput;
};

export type MutationCreateInsightArgs = {
  input: CreateInsightInput;
};

export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};

export type MutationCreatePracticeArgs = {
  input: CreatePracticeInput;
};

export type MutationCreateProfessionalArgs = {
  input: CreateProfessionalInput;
};

export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};

export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};

export type MutationCreateThemeArgs = {
  input: CreateThemeInput;
};

export type MutationDecideMembershipArgs = {
  input: DecideMembershipInput;
};

export type MutationDeleteAllianceArgs = {
  input: DeleteAllianceInput;
};

export type MutationDeleteBottleneckArgs = {
  input: DeleteBottleneckInput;
};

export type MutationDeleteCommitmentArgs = {
  input: DeleteCommitmentInput;
};

export type MutationDeleteConditionCheckArgs = {
  input: DeleteConditionCheckInput;
};

export type MutationDeleteEventArgs = {
  input: DeleteEventInput;
};

export type MutationDeleteInitiativeArgs = {
  input: DeleteInitiativeInput;
};

export type MutationDeleteInsightArgs = {
  input: DeleteInsightInput;
};

export type MutationDeleteOrganizationArgs = {
  input: DeleteOrganizationInput;
};

export type MutationDeletePracticeArgs = {
  input: DeletePracticeInput;
};

export type MutationDeleteProfessionalArgs = {
  input: DeleteProfessionalInput;
};

export type MutationDeleteQuestionArgs = {
  input: DeleteQuestionInput;
};

export type MutationDeleteRegionArgs = {
  input: DeleteRegionInput;
};

export type MutationDeleteThemeArgs = {
  input: DeleteThemeInput;
};

export type MutationDisconnectArgs = {
  input: DisconnectInput;
};

export type MutationErasePersonArgs = {
  input: ErasePersonInput;
};

export type MutationFollowArgs = {
  input: FollowInput;
};

export type MutationImportGraphArgs = {
  input: ImportGraphInput;
};

export type MutationRequestMembershipArgs = {
  input: RequestMembershipInput;
};

export type MutationUnfollowArgs = {
  input: FollowInput;
};

export type MutationUpdateAllianceArgs = {
  input: UpdateAllianceInput;
};

export type MutationUpdateBottleneckArgs = {
  input: UpdateBottleneckInput;
};

export type MutationUpdateCommitmentArgs = {
  input: UpdateCommitmentInput;
};

export type MutationUpdateConditionCheckArgs = {
  input: UpdateConditionCheckInput;
};

export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};

export type MutationUpdateInitiativeArgs = {
  input: UpdateInitiativeInput;
};

export type MutationUpdateInsightArgs = {
  input: UpdateInsightInput;
};

export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};

export type MutationUpdatePracticeArgs = {
  input: UpdatePracticeInput;
};

export type MutationUpdateProfessionalArgs = {
  input: UpdateProfessionalInput;
};

export type MutationUpdateQuestionArgs = {
  input: UpdateQuestionInput;
};

export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};

export type MutationUpdateThemeArgs = {
  input: UpdateThemeInput;
};

/**
 * A picture of a network small enough to draw at once: communities sized by their members, the ties
 * between them, and the most important nodes with the ties among them. Computed from the same
 * metrics as networkStats (kept until the next write).
 */
export type NetworkOverview = {
  __typename?: 'NetworkOverview';
  /** The largest communities, largest first. */
  communities: Array<Community>;
  /** Ties between the listed communities, most first. */
  communityTies: Array<CommunityTie>;
  /** The relationships among `nodes`; for a community, also those to the network's top nodes. */
  edges: Array<Edge>;
  modularity: Scalars['Float']['output'];
  nodeCount: Scalars['Int']['output'];
  /** The network's top nodes (half by betweenness, half by degree), or a community's best connected members. */
  nodes: Array<OverviewNode>;
  relationshipCount: Scalars['Int']['output'];
};

/**
 * The shape of the network. Regions and LOCATED_IN are not part of it (geography is an attribute
 * here), nor are people the viewer may not see. Several relationships between the same two nodes
 * count as one tie for density, components, communities and brokers.
 */
export type NetworkStats = {
  __typename?: 'NetworkStats';
  /** Professionals who connect others, by betweenness centrality, highest first. */
  brokers: Array<Broker>;
  /** False when betweenness was estimated from a sample of source nodes, as for large networks. */
  brokersExact: Scalars['Boolean']['output'];
  /** Communities of two or more nodes, largest first (Louvain with a fixed seed: stable answers). */
  communities: Array<Community>;
  /** Connected components; a node without ties is one on its own. */
  components: Scalars['Int']['output'];
  /** Share of all pairs of nodes that are tied. */
  density: Scalars['Float']['output'];
  /** Practices and initiatives nobody contributes to and with no APPLIES link to one another. */
  isolated: Array<Node>;
  /** Nodes in the largest component. */
  largestComponent: Scalars['Int']['output'];
  /** Modularity of the communities (0 to 1; above about 0.3 the clusters are clear). */
  modularity: Scalars['Float']['output'];
  nodeCount: Scalars['Int']['output'];
  nodesByLabel: Array<LabelCount>;
  relationshipCount: Scalars['Int']['output'];
  relationshipsByType: Array<RelationshipTypeCount>;
};

/**
 * The shape of the network. Regions and LOCATED_IN are not part of it (geography is an attribute
 * here), nor are people the viewer may not see. Several relationships between the same two nodes
 * count as one tie for density, components, communities and brokers.
 */
export type NetworkStatsBrokersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Every entity in the graph. Ids are opaque and unique across the whole graph. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** The place of one node in the network, for sizing and colouring what is in view. */
export type NodeMetric = {
  __typename?: 'NodeMetric';
  betweenness: Scalars['Float']['output'];
  community?: Maybe<Scalars['Int']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
};

/** The labels of the graph. */
export type NodeType =
  | 'Alliance'
  | 'Bottleneck'
  | 'Commitment'
  | 'ConditionCheck'
  | 'Event'
  | 'Initiative'
  | 'Insight'
  | 'Organization'
  | 'Practice'
  | 'Professional'
  | 'Question'
  | 'Region'
  | 'Theme';

export type OrderDirection = 'ASC' | 'DESC';

/** An employer or partner: government, business, fund, knowledge institute, civil society or citizens. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Practices this organisation adopted. */
  adopted: Array<Practice>;
  /** Alliances this organization is a partner in. */
  alliances: Array<Alliance>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Professionals working here. */
  employees: Array<Professional>;
  /** Events hosted by this organization. */
  eventsHosted: Array<Event>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where this organization is based. */
  region?: Maybe<Region>;
  sector: Sector;
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  'ALLIANCES_COUNT' | 'CREATED_AT' | 'EMPLOYEES_COUNT' | 'EVENTS_HOSTED_COUNT' | 'NAME' | 'UPDATED_AT';

export type OrganizationWhere = {
  adopted?: InputMaybe<RelatedWhere>;
  alliances?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  employees?: InputMaybe<RelatedWhere>;
  eventsHosted?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  name?: InputMaybe<StringFilter>;
  region?: InputMaybe<RelatedWhere>;
  sector?: InputMaybe<SectorFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  url?: InputMaybe<StringFilter>;
};

/** A node of a network overview with its place in the network. */
export type OverviewNode = {
  __typename?: 'OverviewNode';
  /** Betweenness centrality, normalised to 0..1 (estimated on large networks). */
  betweenness: Scalars['Float']['output'];
  /** The community's id in the overview's communities; null outside any community of two or more. */
  community?: Maybe<Scalars['Int']['output']>;
  /** Distinct neighbours. */
  degree: Scalars['Int']['output'];
  node: Node;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participant = Initiative | Professional;

export type Path = {
  __typename?: 'Path';
  edges: Array<Edge>;
  /**
   * Only on introductionPath: KNOWS for a chain of existing ties, or, when there is none, the shared
   * context that makes a warm introduction (SHARED_EVENT, SHARED_ALLIANCE, SHARED_INITIATIVE,
   * SHARED_PRACTICE, SHARED_ORGANIZATION). Null on the paths of reasons and subgraphs.
   */
  kind?: Maybe<Scalars['String']['output']>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
  /** Only on introductionPath: what the introduction rests on, in words (lang of introductionPath). */
  text?: Maybe<Scalars['String']['output']>;
};

/** A good practice: a method, programme, tool, product, podcast or publication. */
export type Practice = Node & {
  __typename?: 'Practice';
  /** Bottlenecks this practice is known to relieve. */
  addresses: Array<Bottleneck>;
  /** Organisations and alliances that adopted it. */
  adoptedBy: Array<Adopter>;
  /** Questions this practice answered. */
  answers: Array<Question>;
  /** Initiatives applying this practice. */
  appliedBy: Array<Initiative>;
  /** People contributing, with their role. */
  contributors: Array<Contribution>;
  createdAt: Scalars['DateTime']['output'];
  /** Events where it was harvested. */
  harvestedAt: Array<Event>;
  id: Scalars['ID']['output'];
  /** Insights about this practice (working elements among them). */
  insights: Array<Insight>;
  kind: PracticeKind;
  /** Events where it was presented. */
  presentedAt: Array<Event>;
  /** Initiatives that made this practice. */
  producedBy: Array<Initiative>;
  stage?: Maybe<PracticeStage>;
  summary?: Maybe<Scalars['String']['output']>;
  /** Alliances that took it up (a local practice reaching another alliance). */
  takenUpBy: Array<Alliance>;
  /** Themes of this practice. */
  themes: Array<Theme>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type PracticeConnection = {
  __typename?: 'PracticeConnection';
  edges: Array<PracticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeEdge = {
  __typename?: 'PracticeEdge';
  cursor: Scalars['String']['output'];
  node: Practice;
};

export type PracticeKind = 'METHOD' | 'OTHER' | 'PODCAST' | 'PRODUCT' | 'PROGRAMME' | 'PUBLICATION' | 'TOOL';

export type PracticeKindFilter = {
  eq?: InputMaybe<PracticeKind>;
  in?: InputMaybe<Array<PracticeKind>>;
};

export type PracticeMatch = {
  __typename?: 'PracticeMatch';
  /** Whom to ask: the practice's contributors. */
  contacts: Array<Professional>;
  practice: Practice;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
};

export type PracticeOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: PracticeOrderField;
};

export type PracticeOrderField =
  | 'ADDRESSES_COUNT'
  | 'APPLIED_BY_COUNT'
  | 'CONTRIBUTORS_COUNT'
  | 'CREATED_AT'
  | 'INSIGHTS_COUNT'
  | 'THEMES_COUNT'
  | 'TITLE'
  | 'UPDATED_AT';

export type PracticeStage = 'IDEA' | 'PILOT' | 'PROVEN' | 'SCALING';

export type PracticeStageFilter = {
  eq?: InputMaybe<PracticeStage>;
  in?: InputMaybe<Array<PracticeStage>>;
};

export type PracticeWhere = {
  addresses?: InputMaybe<RelatedWhere>;
  adoptedBy?: InputMaybe<RelatedWhere>;
  answers?: InputMaybe<RelatedWhere>;
  appliedBy?: InputMaybe<RelatedWhere>;
  contributors?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  harvestedAt?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  insights?: InputMaybe<RelatedWhere>;
  kind?: InputMaybe<PracticeKindFilter>;
  presentedAt?: InputMaybe<RelatedWhere>;
  producedBy?: InputMaybe<RelatedWhere>;
  stage?: InputMaybe<PracticeStageFilter>;
  summary?: InputMaybe<StringFilter>;
  takenUpBy?: InputMaybe<RelatedWhere>;
  themes?: InputMaybe<RelatedWhere>;
  title?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  url?: InputMaybe<StringFilter>;
};

/** A person who works on a societal issue. Personal data: email and notes are private. */
export type Professional = Node & {
  __typename?: 'Professional';
  bio?: Maybe<Scalars['String']['output']>;
  /** Bottlenecks this person raised. */
  bottlenecksRaised: Array<Bottleneck>;
  /** What this person committed to do. */
  commitments: Array<Commitment>;
  /** Practices and initiatives this person contributes to. */
  contributions: Array<Contribution>;
  createdAt: Scalars['DateTime']['output'];
  /** Private: only for the person and administrators; null otherwise. */
  email?: Maybe<Scalars['String']['output']>;
  /** Events attended. */
  eventsAttended: Array<Event>;
  /** Events presented at. */
  eventsPresented: Array<Event>;
  /** Themes this person declares expertise in. */
  expertise: Array<Expertise>;
  /** What this person follows, most recent first. Only for the person themself and administrators; null for anyone else. */
  following?: Maybe<Array<Node>>;
  /** Memberships of werkplaatsen, doetanks and expert groups (initiatives), with role and dates. */
  groupMemberships: Array<Membership>;
  headline?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Insights this person authored. */
  insights: Array<Insight>;
  /** Existing ties to other professionals (undirected). */
  knows: Array<Acquaintance>;
  languages: Array<Scalars['String']['output']>;
  /** Alliances this person is a member of, with the role. */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Private: only for the person and administrators; null otherwise. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Organizations this person works at. */
  organizations: Array<Organization>;
  /** Where this person works. */
  region?: Maybe<Region>;
  updatedAt: Scalars['DateTime']['output'];
  visibility: Visibility;
};

export type ProfessionalConnection = {
  __typename?: 'ProfessionalConnection';
  edges: Array<ProfessionalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProfessionalEdge = {
  __typename?: 'ProfessionalEdge';
  cursor: Scalars['String']['output'];
  node: Professional;
};

export type ProfessionalOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: ProfessionalOrderField;
};

export type ProfessionalOrderField =
  | 'BOTTLENECKS_RAISED_COUNT'
  | 'CONTRIBUTIONS_COUNT'
  | 'CREATED_AT'
  | 'EVENTS_ATTENDED_COUNT'
  | 'EVENTS_PRESENTED_COUNT'
  | 'EXPERTISE_COUNT'
  | 'INSIGHTS_COUNT'
  | 'KNOWS_COUNT'
  | 'MEMBERSHIPS_COUNT'
  | 'NAME'
  | 'ORGANIZATIONS_COUNT'
  | 'UPDATED_AT';

export type ProfessionalWhere = {
  bio?: InputMaybe<StringFilter>;
  bottlenecksRaised?: InputMaybe<RelatedWhere>;
  commitments?: InputMaybe<RelatedWhere>;
  contributions?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  eventsAttended?: InputMaybe<RelatedWhere>;
  eventsPresented?: InputMaybe<RelatedWhere>;
  expertise?: InputMaybe<RelatedWhere>;
  groupMemberships?: InputMaybe<MembershipWhere>;
  headline?: InputMaybe<StringFilter>;
  id?: InputMaybe<IdFilter>;
  insights?: InputMaybe<RelatedWhere>;
  knows?: InputMaybe<RelatedWhere>;
  languages?: InputMaybe<StringListFilter>;
  memberships?: InputMaybe<MembershipWhere>;
  name?: InputMaybe<StringFilter>;
  organizations?: InputMaybe<RelatedWhere>;
  region?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
  visibility?: InputMaybe<VisibilityFilter>;
};

export type Query = {
  __typename?: 'Query';
  /** One alliance by id, or null. */
  alliance?: Maybe<Alliance>;
  /** Alliances, filtered, ordered and paginated (Relay). */
  alliances: AllianceConnection;
  /** Other alliances that recorded the same bottlenecks or focus on the same themes, rarest first. */
  alliancesSharingBottlenecks: Array<AllianceOverlap>;
  /**
   * Answers a question asked in a sentence (Dutch or English): people, practices and insights.
   * regionId and allianceId scope the people (practices and insights travel: they come from
   * anywhere); askerId leaves out who asks and its own texts.
   */
  ask: Answer;
  /** The audit trail, newest first (administrators only). */
  auditLog: AuditLog;
  /** One bottleneck by id, or null. */
  bottleneck?: Maybe<Bottleneck>;
  /** Which alliances face a bottleneck, since when and with which status; systemic at three open. */
  bottleneckSpread: BottleneckSpread;
  /** Bottlenecks, filtered, ordered and paginated (Relay). */
  bottlenecks: BottleneckConnection;
  /** One commitment by id, or null. */
  commitment?: Maybe<Commitment>;
  /** Commitments, filtered, ordered and paginated (Relay). */
  commitments: CommitmentConnection;
  /** One condition check by id, or null. */
  conditionCheck?: Maybe<ConditionCheck>;
  /** Condition checks, filtered, ordered and paginated (Relay). */
  conditionChecks: ConditionCheckConnection;
  /** What happened since a moment about what the viewer follows, ranked, with reasons: the basis of a weekly mail or a 'new for me' page. */
  digest: Array<DigestItem>;
  /** One event by id, or null. */
  event?: Maybe<Event>;
  /** Events, filtered, ordered and paginated (Relay). */
  events: EventConnection;
  /** One initiative by id, or null. */
  initiative?: Maybe<Initiative>;
  /** Initiatives, filtered, ordered and paginated (Relay). */
  initiatives: InitiativeConnection;
  /** One insight by id, or null. */
  insight?: Maybe<Insight>;
  /** Insights, filtered, ordered and paginated (Relay). */
  insights: InsightConnection;
  /**
   * The shortest chain of existing ties (KNOWS) between two people; without one within maxHops, the
   * closest context both share (an event, alliance, initiative, practice or organisation) as a warm
   * way in; null when there is neither. Path.kind and Path.text say which.
   */
  introductionPath?: Maybe<Path>;
  me: ViewerInfo;
  /**
   * Membership requests: of a unit, for those who decide on them (its coordinator or initiator, an
   * editor of its alliance, an administrator); otherwise the viewer's own.
   */
  membershipRequests: Array<MembershipRequest>;
  /** The subgraph around a node, for the explorer. */
  neighborhood: Subgraph;
  /** Degree, betweenness and community of up to 5,000 nodes; ids outside the network are left out. */
  networkNodeMetrics: Array<NodeMetric>;
  /**
   * An overview of the network (whole, or scoped as networkStats is) for drawing it: `communities`
   * largest communities, `top` nodes (at most 1,000). With `communityId`, the `top` best connected
   * members of that community instead, to open one cluster on demand.
   */
  networkOverview: NetworkOverview;
  /**
   * Clusters, brokers, isolated work and counts of the whole graph, or of the neighbourhood of an
   * alliance (its members, partners, themes, memory, and their organisations, practices and
   * initiatives) or of a theme (its alliances, practices, initiatives, bottlenecks, insights, experts
   * and contributors). With both: the nodes in both neighbourhoods.
   */
  networkStats: NetworkStats;
  /** Any entity by its id, or null when there is none (or you may not see it). */
  node?: Maybe<Node>;
  /** One organization by id, or null. */
  organization?: Maybe<Organization>;
  /** Organizations, filtered, ordered and paginated (Relay). */
  organizations: OrganizationConnection;
  /** One practice by id, or null. */
  practice?: Maybe<Practice>;
  /** Practices, filtered, ordered and paginated (Relay). */
  practices: PracticeConnection;
  /** Practices that address this bottleneck or similar ones, and whom to ask. */
  practicesForBottleneck: Array<PracticeMatch>;
  /** One professional by id, or null. */
  professional?: Maybe<Professional>;
  /** Professionals, filtered, ordered and paginated (Relay). */
  professionals: ProfessionalConnection;
  /** One question by id, or null. */
  question?: Maybe<Question>;
  /** Questions, filtered, ordered and paginated (Relay). */
  questions: QuestionConnection;
  /** One region by id, or null. */
  region?: Maybe<Region>;
  /** Regions, filtered, ordered and paginated (Relay). */
  regions: RegionConnection;
  /** Alliances (of this level) and their werkplaatsen that miss one of the four roles now. */
  roleGaps: Array<RoleGap>;
  /** Full-text search with Dutch stemming over names, titles and texts. */
  search: Array<SearchHit>;
  /** Practices and initiatives similar to a practice or initiative: same themes, bottlenecks, contributors. */
  similar: Array<SimilarMatch>;
  /**
   * People this professional does not know yet and should meet, with the reasons; with regionId, only
   * people located (themselves or their organisation) in that region or a region inside it.
   */
  suggestedConnections: Array<ConnectionSuggestion>;
  /** One theme by id, or null. */
  theme?: Maybe<Theme>;
  /** Themes, filtered, ordered and paginated (Relay). */
  themes: ThemeConnection;
  /**
   * Professionals with evidence of knowledge about a topic (free text: keywords or a whole question in
   * Dutch or English), a theme or a bottleneck. regionId keeps people located (themselves or their
   * organisation) in that region or a region inside it; allianceId keeps members of that alliance;
   * askerId leaves out who asks, its own texts and its own people. The viewer never finds themselves.
   */
  whoKnows: Array<ExpertMatch>;
  /**
   * Working elements and lessons for a bottleneck: from alliances that faced it, about practices that
   * address it, and about the bottleneck itself; working elements first, with the context in the reasons.
   */
  workingElementsFor: Array<InsightMatch>;
};

export type QueryAllianceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAlliancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AllianceOrderBy>;
  where?: InputMaybe<AllianceWhere>;
};

export type QueryAlliancesSharingBottlenecksArgs = {
  allianceId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Language>;
};

export type QueryAskArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  askerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryBottleneckArgs = {
  id: Scalars['ID']['input'];
};

export type QueryBottleneckSpreadArgs = {
  bottleneckId: Scalars['ID']['input'];
  lang?: InputMaybe<Lang>;
};

export type QueryBottlenecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BottleneckOrderBy>;
  where?: InputMaybe<BottleneckWhere>;
};

export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CommitmentOrderBy>;
  where?: InputMaybe<CommitmentWhere>;
};

export type QueryConditionCheckArgs = {
  id: Scalars['ID']['input'];
};

export type QueryConditionChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ConditionCheckOrderBy>;
  where?: InputMaybe<ConditionCheckWhere>;
};

export type QueryDigestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
  since: Scalars['DateTime']['input'];
};

export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrderBy>;
  where?: InputMaybe<EventWhere>;
};

export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InitiativeOrderBy>;
  where?: InputMaybe<InitiativeWhere>;
};

export type QueryInsightArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInsightsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InsightOrderBy>;
  where?: InputMaybe<InsightWhere>;
};

export type QueryIntroductionPathArgs = {
  fromId: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};

export type QueryMembershipRequestsArgs = {
  status?: InputMaybe<MembershipRequestStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNetworkNodeMetricsArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  ids: Array<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryNetworkOverviewArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  communities?: InputMaybe<Scalars['Int']['input']>;
  communityId?: InputMaybe<Scalars['Int']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  top?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryNetworkStatsArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrderBy>;
  where?: InputMaybe<OrganizationWhere>;
};

export type QueryPracticeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrderBy>;
  where?: InputMaybe<PracticeWhere>;
};

export type QueryPracticesForBottleneckArgs = {
  bottleneckId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Language>;
};

export type QueryProfessionalArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProfessionalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProfessionalOrderBy>;
  where?: InputMaybe<ProfessionalWhere>;
};

export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrderBy>;
  where?: InputMaybe<QuestionWhere>;
};

export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RegionOrderBy>;
  where?: InputMaybe<RegionWhere>;
};

export type QueryRoleGapsArgs = {
  level?: InputMaybe<AllianceLevel>;
};

export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};

export type QuerySimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
};

export type QuerySuggestedConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Language>;
  professionalId: Scalars['ID']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryThemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ThemeOrderBy>;
  where?: InputMaybe<ThemeWhere>;
};

export type QueryWhoKnowsArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  askerId?: InputMaybe<Scalars['ID']['input']>;
  bottleneckId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Language>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type QueryWorkingElementsForArgs = {
  bottleneckId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
};

/**
 * A question someone puts to the network ("vraag aan Nederland"): asked by an initiative, alliance,
 * person or event, answered by insights, practices or people, possibly handed over to a new group.
 */
export type Question = Node & {
  __typename?: 'Question';
  /** What answered it. */
  answeredBy: Array<QuestionAnswer>;
  /** Who asks it. */
  askedBy: Array<QuestionAsker>;
  askedOn?: Maybe<Scalars['Date']['output']>;
  closedOn?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Events where it came up. */
  harvestedAt: Array<Event>;
  id: Scalars['ID']['output'];
  status: QuestionStatus;
  /**
   * People, practices and insights that could answer it, ranked with reasons; the asker, its own
   * texts and its own people never answer themselves.
   */
  suggestedAnswers: Answer;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * A question someone puts to the network ("vraag aan Nederland"): asked by an initiative, alliance,
 * person or event, answered by insights, practices or people, possibly handed over to a new group.
 */
export type QuestionSuggestedAnswersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
};

/** What answered a question: an insight, a practice or a person. */
export type QuestionAnswer = Insight | Practice | Professional;

/** Who can ask a question: an initiative (its question to the country), an alliance, a person or an event. */
export type QuestionAsker = Alliance | Event | Initiative | Professional;

export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

export type QuestionOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: QuestionOrderField;
};

export type QuestionOrderField =
  'ANSWERED_BY_COUNT' | 'ASKED_BY_COUNT' | 'ASKED_ON' | 'CREATED_AT' | 'UPDATED_AT';

export type QuestionStatus = 'ANSWERED' | 'CLOSED' | 'HANDED_OVER' | 'OPEN';

export type QuestionStatusFilter = {
  eq?: InputMaybe<QuestionStatus>;
  in?: InputMaybe<Array<QuestionStatus>>;
};

export type QuestionWhere = {
  answeredBy?: InputMaybe<RelatedWhere>;
  askedBy?: InputMaybe<RelatedWhere>;
  askedOn?: InputMaybe<DateFilter>;
  closedOn?: InputMaybe<DateFilter>;
  createdAt?: InputMaybe<DateTimeFilter>;
  harvestedAt?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  status?: InputMaybe<QuestionStatusFilter>;
  text?: InputMaybe<StringFilter>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Why a proposal was made, in words, with the path in the graph that proves it. */
export type Reason = {
  __typename?: 'Reason';
  /** Machine-readable kind, e.g. AUTHORED_INSIGHT, SHARED_ALLIANCE, ADDRESSES_YOUR_BOTTLENECK. */
  kind: Scalars['String']['output'];
  path: Path;
  text: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** Who records insights: an alliance, or a group (initiative, event) together. */
export type Recorder = Alliance | Event | Initiative;

/** A municipality, a province or the whole country. */
export type Region = Node & {
  __typename?: 'Region';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  level: RegionLevel;
  /** Everything located here (not sub-regions). */
  located: Array<Locatable>;
  name: Scalars['String']['output'];
  /** The region this one lies in. */
  parent?: Maybe<Region>;
  /** Regions lying in this one. */
  subregions: Array<Region>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

export type RegionLevel = 'MUNICIPALITY' | 'NATIONAL' | 'PROVINCE';

export type RegionLevelFilter = {
  eq?: InputMaybe<RegionLevel>;
  in?: InputMaybe<Array<RegionLevel>>;
};

export type RegionOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: RegionOrderField;
};

export type RegionOrderField = 'CREATED_AT' | 'LOCATED_COUNT' | 'NAME' | 'SUBREGIONS_COUNT' | 'UPDATED_AT';

export type RegionWhere = {
  createdAt?: InputMaybe<DateTimeFilter>;
  id?: InputMaybe<IdFilter>;
  level?: InputMaybe<RegionLevelFilter>;
  located?: InputMaybe<RelatedWhere>;
  name?: InputMaybe<StringFilter>;
  parent?: InputMaybe<RelatedWhere>;
  subregions?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Filter on a relationship: the node has at least one related node matching (all given conditions). */
export type RelatedWhere = {
  /** true: has at least one such relationship; false: has none. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Related to at least one of these ids. */
  id_in?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Properties of a relationship; which apply depends on the type: role (MEMBER_OF: AllianceRole, CONTRIBUTES_TO: ContributionRole), level (HAS_EXPERTISE), since (KNOWS). */
export type RelationshipPropertiesInput = {
  level?: InputMaybe<ExpertiseLevel>;
  /** RECORDED, ANSWERED_BY, TAKEN_UP: a short note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** ANSWERED_BY, ADOPTED, TAKEN_UP: when. */
  on?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  /** RECORDED of a bottleneck: this alliance's status of it. */
  status?: InputMaybe<BottleneckStatus>;
  /** MEMBER_OF: until when a role was held. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type RelationshipType =
  | 'ABOUT'
  | 'ADDRESSES'
  | 'ADOPTED'
  | 'ANSWERED_BY'
  | 'APPLIES'
  | 'ASKED_BY'
  | 'ATTENDED'
  | 'AUTHORED'
  | 'BUILDS_ON'
  | 'CHECKED_BY'
  | 'CHECKS'
  | 'COMMITS_TO'
  | 'COMMITTED_AT'
  | 'COMMITTED_BY'
  | 'CONTRIBUTES_TO'
  | 'FOCUSES_ON'
  | 'HARVESTED_AT'
  | 'HAS_EXPERTISE'
  | 'HOSTED_BY'
  | 'IN_THEME'
  | 'KNOWS'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTNER_IN'
  | 'PART_OF'
  | 'PRESENTED_AT'
  | 'PRODUCED'
  | 'RAISED_BY'
  | 'RECORDED'
  | 'TAKEN_UP'
  | 'WORKS_AT';

/** How many relationships have a type. */
export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

export type RequestMembershipInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** Editors of the unit and administrators may request for someone else; others request for themselves. */
  professionalId?: InputMaybe<Scalars['ID']['input']>;
  role: AllianceRole;
  /** The alliance or initiative (werkplaats, doetank, expert group). */
  unitId: Scalars['ID']['input'];
};

/** An alliance or werkplaats that misses one of the four roles now. */
export type RoleGap = {
  __typename?: 'RoleGap';
  /** The roles held now, by visible people. */
  holders: Array<Membership>;
  /** The roles of the four (initiator, manager, facilitator, coordinator) nobody holds now. */
  missing: Array<AllianceRole>;
  /** The alliance, or the initiative (werkplaats, doetank, expert group). */
  unit: Unit;
};

/** A search result: any node, with its full-text relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
};

export type Sector =
  'BUSINESS' | 'CITIZENS' | 'CIVIL_SOCIETY' | 'FUND' | 'GOVERNMENT' | 'KNOWLEDGE_INSTITUTE';

export type SectorFilter = {
  eq?: InputMaybe<Sector>;
  in?: InputMaybe<Array<Sector>>;
};

/** A practice or initiative like the given one. */
export type SimilarMatch = {
  __typename?: 'SimilarMatch';
  node: Node;
  reasons: Array<Reason>;
  score: Scalars['Float']['output'];
};

/** Case-insensitive text filters; all given conditions must hold. */
export type StringFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type StringListFilter = {
  /** The list contains this value. */
  includes?: InputMaybe<Scalars['String']['input']>;
  /** The list contains at least one of these values. */
  includesAny?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  /** Community, degree and betweenness of the nodes, as networkNodeMetrics gives them (one request instead of two). */
  metrics: Array<NodeMetric>;
  nodes: Array<Node>;
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Something about an alliance changed: a tie to it was made or removed (members, partners, themes,
   * bottlenecks and their status, insights, parts). A page showing the alliance asks again. Changes
   * that involve people or work the subscriber may not see are not announced.
   */
  allianceChanged: AllianceChange;
  /** An alliance's tie to a bottleneck got a status (OPEN, ADDRESSED). */
  bottleneckStatusChanged: BottleneckFacing;
  /** New insights, or insights newly linked to a theme, bottleneck or alliance; each at most once per subscription. */
  insightAdded: Insight;
  /** Everything about what the viewer follows, as digest items. */
  myFeed: DigestItem;
  /** New questions, by the theme or region (sub-regions included) of whoever asked them. */
  questionAsked: Question;
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type SubscriptionAllianceChangedArgs = {
  allianceId: Scalars['ID']['input'];
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type SubscriptionBottleneckStatusChangedArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type SubscriptionInsightAddedArgs = {
  allianceId?: InputMaybe<Scalars['ID']['input']>;
  bottleneckId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type SubscriptionMyFeedArgs = {
  lang?: InputMaybe<Lang>;
};

/**
 * Live events over Server-Sent Events (GraphQL over SSE). Visibility is applied per subscriber when
 * an event is delivered: work by people the subscriber may not see never arrives.
 */
export type SubscriptionQuestionAskedArgs = {
  regionId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A societal issue such as inclusion, sustainability or mobility. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Alliances focusing on this theme. */
  alliances: Array<Alliance>;
  /** Bottlenecks in this theme. */
  bottlenecks: Array<Bottleneck>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Professionals with declared expertise. */
  experts: Array<Expertise>;
  id: Scalars['ID']['output'];
  /** Initiatives in this theme. */
  initiatives: Array<Initiative>;
  /** Insights about this theme. */
  insights: Array<Insight>;
  name: Scalars['String']['output'];
  /** Practices in this theme. */
  practices: Array<Practice>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ThemeConnection = {
  __typename?: 'ThemeConnection';
  edges: Array<ThemeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  cursor: Scalars['String']['output'];
  node: Theme;
};

export type ThemeOrderBy = {
  direction?: InputMaybe<OrderDirection>;
  field: ThemeOrderField;
};

export type ThemeOrderField =
  | 'ALLIANCES_COUNT'
  | 'BOTTLENECKS_COUNT'
  | 'CREATED_AT'
  | 'EXPERTS_COUNT'
  | 'INITIATIVES_COUNT'
  | 'INSIGHTS_COUNT'
  | 'NAME'
  | 'PRACTICES_COUNT'
  | 'UPDATED_AT';

export type ThemeWhere = {
  alliances?: InputMaybe<RelatedWhere>;
  bottlenecks?: InputMaybe<RelatedWhere>;
  createdAt?: InputMaybe<DateTimeFilter>;
  description?: InputMaybe<StringFilter>;
  experts?: InputMaybe<RelatedWhere>;
  id?: InputMaybe<IdFilter>;
  initiatives?: InputMaybe<RelatedWhere>;
  insights?: InputMaybe<RelatedWhere>;
  name?: InputMaybe<StringFilter>;
  practices?: InputMaybe<RelatedWhere>;
  updatedAt?: InputMaybe<DateTimeFilter>;
};

export type Trend =
  | 'DOWN'
  /** Checked once so far. */
  | 'NEW'
  | 'STEADY'
  | 'UP';

/** A unit people are members of: an alliance or a werkplaats, doetank or expert group. */
export type Unit = Alliance | Initiative;

export type UpdateAllianceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<AllianceLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBottleneckInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<BottleneckStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCommitmentInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<CommitmentStatus>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateConditionCheckInput = {
  checkedOn?: InputMaybe<Scalars['Date']['input']>;
  condition?: InputMaybe<LearningCondition>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  score?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateEventInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EventKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateInitiativeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<InitiativeKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  question?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<InitiativeStage>;
};

export type UpdateInsightInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<InsightKind>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePracticeInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PracticeKind>;
  stage?: InputMaybe<PracticeStage>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfessionalInput = {
  bio?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type UpdateQuestionInput = {
  askedOn?: InputMaybe<Scalars['Date']['input']>;
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<QuestionStatus>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  level?: InputMaybe<RegionLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateThemeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Who is asking, as the server understood the credentials. */
export type ViewerInfo = {
  __typename?: 'ViewerInfo';
  alliances: Array<Scalars['ID']['output']>;
  professionalId?: Maybe<Scalars['ID']['output']>;
  role: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

export type Visibility = 'MEMBERS' | 'PRIVATE' | 'PUBLIC';

export type VisibilityFilter = {
  eq?: InputMaybe<Visibility>;
  in?: InputMaybe<Array<Visibility>>;
};

export type Work = Initiative | Practice;

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Adopter: NodeRow | NodeRow;
  BottleneckSource: NodeRow | NodeRow | NodeRow;
  Host: NodeRow | NodeRow;
  InsightSubject: NodeRow | NodeRow | NodeRow | NodeRow;
  Locatable: NodeRow | NodeRow | NodeRow | NodeRow | NodeRow | NodeRow;
  Participant: NodeRow | NodeRow;
  QuestionAnswer: NodeRow | NodeRow | NodeRow;
  QuestionAsker: NodeRow | NodeRow | NodeRow | NodeRow;
  Recorder: NodeRow | NodeRow | NodeRow;
  Unit: NodeRow | NodeRow;
  Work: NodeRow | NodeRow;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Acquaintance: ResolverTypeWrapper<LinkRow>;
  Adopter: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Adopter']>;
  Alliance: ResolverTypeWrapper<NodeRow>;
  AllianceChange: ResolverTypeWrapper<AllianceChange>;
  AllianceConnection: ResolverTypeWrapper<ConnectionRow>;
  AllianceEdge: ResolverTypeWrapper<Omit<AllianceEdge, 'node'> & { node: ResolversTypes['Alliance'] }>;
  AllianceLevel: AllianceLevel;
  AllianceLevelFilter: AllianceLevelFilter;
  AllianceOrderBy: AllianceOrderBy;
  AllianceOrderField: AllianceOrderField;
  AllianceOverlap: ResolverTypeWrapper<AllianceOverlapRow>;
  AllianceRole: AllianceRole;
  AllianceWhere: AllianceWhere;
  Answer: ResolverTypeWrapper<AnswerRow>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLog: ResolverTypeWrapper<AuditPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bottleneck: ResolverTypeWrapper<NodeRow>;
  BottleneckConnection: ResolverTypeWrapper<ConnectionRow>;
  BottleneckEdge: ResolverTypeWrapper<Omit<BottleneckEdge, 'node'> & { node: ResolversTypes['Bottleneck'] }>;
  BottleneckFacing: ResolverTypeWrapper<FacingRow>;
  BottleneckOrderBy: BottleneckOrderBy;
  BottleneckOrderField: BottleneckOrderField;
  BottleneckSource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BottleneckSource']>;
  BottleneckSpread: ResolverTypeWrapper<SpreadRow>;
  BottleneckStatus: BottleneckStatus;
  BottleneckStatusFilter: BottleneckStatusFilter;
  BottleneckWhere: BottleneckWhere;
  Broker: ResolverTypeWrapper<BrokerRow>;
  Commitment: ResolverTypeWrapper<NodeRow>;
  CommitmentConnection: ResolverTypeWrapper<ConnectionRow>;
  CommitmentEdge: ResolverTypeWrapper<Omit<CommitmentEdge, 'node'> & { node: ResolversTypes['Commitment'] }>;
  CommitmentOrderBy: CommitmentOrderBy;
  CommitmentOrderField: CommitmentOrderField;
  CommitmentStatus: CommitmentStatus;
  CommitmentStatusFilter: CommitmentStatusFilter;
  CommitmentWhere: CommitmentWhere;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityTie: ResolverTypeWrapper<CommunityTie>;
  ConditionCheck: ResolverTypeWrapper<NodeRow>;
  ConditionCheckConnection: ResolverTypeWrapper<ConnectionRow>;
  ConditionCheckEdge: ResolverTypeWrapper<
    Omit<ConditionCheckEdge, 'node'> & { node: ResolversTypes['ConditionCheck'] }
  >;
  ConditionCheckOrderBy: ConditionCheckOrderBy;
  ConditionCheckOrderField: ConditionCheckOrderField;
  ConditionCheckWhere: ConditionCheckWhere;
  ConditionHealth: ResolverTypeWrapper<ConditionHealthRow>;
  ConnectInput: ConnectInput;
  ConnectionSuggestion: ResolverTypeWrapper<Match>;
  Contribution: ResolverTypeWrapper<LinkRow>;
  ContributionRole: ContributionRole;
  CreateAllianceInput: CreateAllianceInput;
  CreateBottleneckInput: CreateBottleneckInput;
  CreateCommitmentInput: CreateCommitmentInput;
  CreateConditionCheckInput: CreateConditionCheckInput;
  CreateEventInput: CreateEventInput;
  CreateInitiativeInput: CreateInitiativeInput;
  CreateInsightInput: CreateInsightInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePracticeInput: CreatePracticeInput;
  CreateProfessionalInput: CreateProfessionalInput;
  CreateQuestionInput: CreateQuestionInput;
  CreateRegionInput: CreateRegionInput;
  CreateThemeInput: CreateThemeInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFilter: DateFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeFilter: DateTimeFilter;
  DecideMembershipInput: DecideMembershipInput;
  DeleteAllianceInput: DeleteAllianceInput;
  DeleteBottleneckInput: DeleteBottleneckInput;
  DeleteCommitmentInput: DeleteCommitmentInput;
  DeleteConditionCheckInput: DeleteConditionCheckInput;
  DeleteEventInput: DeleteEventInput;
  DeleteInitiativeInput: DeleteInitiativeInput;
  DeleteInsightInput: DeleteInsightInput;
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DeletePracticeInput: DeletePracticeInput;
  DeleteProfessionalInput: DeleteProfessionalInput;
  DeleteQuestionInput: DeleteQuestionInput;
  DeleteRegionInput: DeleteRegionInput;
  DeleteThemeInput: DeleteThemeInput;
  DigestItem: ResolverTypeWrapper<DigestItemRow>;
  DigestKind: DigestKind;
  DisconnectInput: DisconnectInput;
  DisconnectPayload: ResolverTypeWrapper<DisconnectPayload>;
  Edge: ResolverTypeWrapper<EdgeRow>;
  ErasePersonInput: ErasePersonInput;
  ErasePersonPayload: ResolverTypeWrapper<ErasePersonPayload>;
  Event: ResolverTypeWrapper<NodeRow>;
  EventConnection: ResolverTypeWrapper<ConnectionRow>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventKindFilter: EventKindFilter;
  EventOrderBy: EventOrderBy;
  EventOrderField: EventOrderField;
  EventWhere: EventWhere;
  ExpertMatch: ResolverTypeWrapper<Match>;
  Expertise: ResolverTypeWrapper<LinkRow>;
  ExpertiseLevel: ExpertiseLevel;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowInput: FollowInput;
  FollowPayload: ResolverTypeWrapper<FollowRow>;
  Harvest: ResolverTypeWrapper<NodeRow>;
  Host: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Host']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdFilter: IdFilter;
  ImportFileInput: ImportFileInput;
  ImportGraphInput: ImportGraphInput;
  ImportGraphReport: ResolverTypeWrapper<ImportGraphReport>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  Initiative: ResolverTypeWrapper<NodeRow>;
  InitiativeConnection: ResolverTypeWrapper<ConnectionRow>;
  InitiativeEdge: ResolverTypeWrapper<Omit<InitiativeEdge, 'node'> & { node: ResolversTypes['Initiative'] }>;
  InitiativeKind: InitiativeKind;
  InitiativeKindFilter: InitiativeKindFilter;
  InitiativeOrderBy: InitiativeOrderBy;
  InitiativeOrderField: InitiativeOrderField;
  InitiativeStage: InitiativeStage;
  InitiativeStageFilter: InitiativeStageFilter;
  InitiativeWhere: InitiativeWhere;
  Insight: ResolverTypeWrapper<NodeRow>;
  InsightConnection: ResolverTypeWrapper<ConnectionRow>;
  InsightEdge: ResolverTypeWrapper<Omit<InsightEdge, 'node'> & { node: ResolversTypes['Insight'] }>;
  InsightKind: InsightKind;
  InsightKindFilter: InsightKindFilter;
  InsightMatch: ResolverTypeWrapper<Match>;
  InsightOrderBy: InsightOrderBy;
  InsightOrderField: InsightOrderField;
  InsightSubject: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InsightSubject']>;
  InsightWhere: InsightWhere;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntFilter: IntFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Lang: Lang;
  Language: Language;
  LearningCondition: LearningCondition;
  LearningConditionFilter: LearningConditionFilter;
  Locatable: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Locatable']>;
  Membership: ResolverTypeWrapper<LinkRow>;
  MembershipRequest: ResolverTypeWrapper<MembershipRequestRow>;
  MembershipRequestStatus: MembershipRequestStatus;
  MembershipWhere: MembershipWhere;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkOverview: ResolverTypeWrapper<
    Omit<NetworkOverview, 'communities' | 'edges' | 'nodes'> & {
      communities: Array<ResolversTypes['Community']>;
      edges: Array<ResolversTypes['Edge']>;
      nodes: Array<ResolversTypes['OverviewNode']>;
    }
  >;
  NetworkStats: ResolverTypeWrapper<NetworkStatsRow>;
  Node: ResolverTypeWrapper<NodeRow>;
  NodeMetric: ResolverTypeWrapper<NodeMetric>;
  NodeType: NodeType;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<NodeRow>;
  OrganizationConnection: ResolverTypeWrapper<ConnectionRow>;
  OrganizationEdge: ResolverTypeWrapper<
    Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }
  >;
  OrganizationOrderBy: OrganizationOrderBy;
  OrganizationOrderField: OrganizationOrderField;
  OrganizationWhere: OrganizationWhere;
  OverviewNode: ResolverTypeWrapper<Omit<OverviewNode, 'node'> & { node: ResolversTypes['Node'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Participant']>;
  Path: ResolverTypeWrapper<PathRow>;
  Practice: ResolverTypeWrapper<NodeRow>;
  PracticeConnection: ResolverTypeWrapper<ConnectionRow>;
  PracticeEdge: ResolverTypeWrapper<Omit<PracticeEdge, 'node'> & { node: ResolversTypes['Practice'] }>;
  PracticeKind: PracticeKind;
  PracticeKindFilter: PracticeKindFilter;
  PracticeMatch: ResolverTypeWrapper<PracticeMatchRow>;
  PracticeOrderBy: PracticeOrderBy;
  PracticeOrderField: PracticeOrderField;
  PracticeStage: PracticeStage;
  PracticeStageFilter: PracticeStageFilter;
  PracticeWhere: PracticeWhere;
  Professional: ResolverTypeWrapper<NodeRow>;
  ProfessionalConnection: ResolverTypeWrapper<ConnectionRow>;
  ProfessionalEdge: ResolverTypeWrapper<
    Omit<ProfessionalEdge, 'node'> & { node: ResolversTypes['Professional'] }
  >;
  ProfessionalOrderBy: ProfessionalOrderBy;
  ProfessionalOrderField: ProfessionalOrderField;
  ProfessionalWhere: ProfessionalWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<NodeRow>;
  QuestionAnswer: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuestionAnswer']>;
  QuestionAsker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuestionAsker']>;
  QuestionConnection: ResolverTypeWrapper<ConnectionRow>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionOrderBy: QuestionOrderBy;
  QuestionOrderField: QuestionOrderField;
  QuestionStatus: QuestionStatus;
  QuestionStatusFilter: QuestionStatusFilter;
  QuestionWhere: QuestionWhere;
  Reason: ResolverTypeWrapper<ReasonRow>;
  Recorder: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Recorder']>;
  Region: ResolverTypeWrapper<NodeRow>;
  RegionConnection: ResolverTypeWrapper<ConnectionRow>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionLevel: RegionLevel;
  RegionLevelFilter: RegionLevelFilter;
  RegionOrderBy: RegionOrderBy;
  RegionOrderField: RegionOrderField;
  RegionWhere: RegionWhere;
  RelatedWhere: RelatedWhere;
  RelationshipPropertiesInput: RelationshipPropertiesInput;
  RelationshipType: RelationshipType;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  RequestMembershipInput: RequestMembershipInput;
  RoleGap: ResolverTypeWrapper<RoleGapRow>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Sector: Sector;
  SectorFilter: SectorFilter;
  SimilarMatch: ResolverTypeWrapper<Match>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  Subgraph: ResolverTypeWrapper<PathRow>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Theme: ResolverTypeWrapper<NodeRow>;
  ThemeConnection: ResolverTypeWrapper<ConnectionRow>;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeOrderBy: ThemeOrderBy;
  ThemeOrderField: ThemeOrderField;
  ThemeWhere: ThemeWhere;
  Trend: Trend;
  Unit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Unit']>;
  UpdateAllianceInput: UpdateAllianceInput;
  UpdateBottleneckInput: UpdateBottleneckInput;
  UpdateCommitmentInput: UpdateCommitmentInput;
  UpdateConditionCheckInput: UpdateConditionCheckInput;
  UpdateEventInput: UpdateEventInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInsightInput: UpdateInsightInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdatePracticeInput: UpdatePracticeInput;
  UpdateProfessionalInput: UpdateProfessionalInput;
  UpdateQuestionInput: UpdateQuestionInput;
  UpdateRegionInput: UpdateRegionInput;
  UpdateThemeInput: UpdateThemeInput;
  ViewerInfo: ResolverTypeWrapper<ViewerInfo>;
  Visibility: Visibility;
  VisibilityFilter: VisibilityFilter;
  Work: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Work']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Acquaintance: LinkRow;
  Adopter: ResolversUnionTypes<ResolversParentTypes>['Adopter'];
  Alliance: NodeRow;
  AllianceChange: AllianceChange;
  AllianceConnection: ConnectionRow;
  AllianceEdge: Omit<AllianceEdge, 'node'> & { node: ResolversParentTypes['Alliance'] };
  AllianceLevelFilter: AllianceLevelFilter;
  AllianceOrderBy: AllianceOrderBy;
  AllianceOverlap: AllianceOverlapRow;
  AllianceWhere: AllianceWhere;
  Answer: AnswerRow;
  AuditEntry: AuditEntryRow;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLog: AuditPage;
  Boolean: Scalars['Boolean']['output'];
  Bottleneck: NodeRow;
  BottleneckConnection: ConnectionRow;
  BottleneckEdge: Omit<BottleneckEdge, 'node'> & { node: ResolversParentTypes['Bottleneck'] };
  BottleneckFacing: FacingRow;
  BottleneckOrderBy: BottleneckOrderBy;
  BottleneckSource: ResolversUnionTypes<ResolversParentTypes>['BottleneckSource'];
  BottleneckSpread: SpreadRow;
  BottleneckStatusFilter: BottleneckStatusFilter;
  BottleneckWhere: BottleneckWhere;
  Broker: BrokerRow;
  Commitment: NodeRow;
  CommitmentConnection: ConnectionRow;
  CommitmentEdge: Omit<CommitmentEdge, 'node'> & { node: ResolversParentTypes['Commitment'] };
  CommitmentOrderBy: CommitmentOrderBy;
  CommitmentStatusFilter: CommitmentStatusFilter;
  CommitmentWhere: CommitmentWhere;
  Community: CommunityRow;
  CommunityTie: CommunityTie;
  ConditionCheck: NodeRow;
  ConditionCheckConnection: ConnectionRow;
  ConditionCheckEdge: Omit<ConditionCheckEdge, 'node'> & { node: ResolversParentTypes['ConditionCheck'] };
  ConditionCheckOrderBy: ConditionCheckOrderBy;
  ConditionCheckWhere: ConditionCheckWhere;
  ConditionHealth: ConditionHealthRow;
  ConnectInput: ConnectInput;
  ConnectionSuggestion: Match;
  Contribution: LinkRow;
  CreateAllianceInput: CreateAllianceInput;
  CreateBottleneckInput: CreateBottleneckInput;
  CreateCommitmentInput: CreateCommitmentInput;
  CreateConditionCheckInput: CreateConditionCheckInput;
  CreateEventInput: CreateEventInput;
  CreateInitiativeInput: CreateInitiativeInput;
  CreateInsightInput: CreateInsightInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePracticeInput: CreatePracticeInput;
  CreateProfessionalInput: CreateProfessionalInput;
  CreateQuestionInput: CreateQuestionInput;
  CreateRegionInput: CreateRegionInput;
  CreateThemeInput: CreateThemeInput;
  Date: Scalars['Date']['output'];
  DateFilter: DateFilter;
  DateTime: Scalars['DateTime']['output'];
  DateTimeFilter: DateTimeFilter;
  DecideMembershipInput: DecideMembershipInput;
  DeleteAllianceInput: DeleteAllianceInput;
  DeleteBottleneckInput: DeleteBottleneckInput;
  DeleteCommitmentInput: DeleteCommitmentInput;
  DeleteConditionCheckInput: DeleteConditionCheckInput;
  DeleteEventInput: DeleteEventInput;
  DeleteInitiativeInput: DeleteInitiativeInput;
  DeleteInsightInput: DeleteInsightInput;
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeletePayload: DeletePayload;
  DeletePracticeInput: DeletePracticeInput;
  DeleteProfessionalInput: DeleteProfessionalInput;
  DeleteQuestionInput: DeleteQuestionInput;
  DeleteRegionInput: DeleteRegionInput;
  DeleteThemeInput: DeleteThemeInput;
  DigestItem: DigestItemRow;
  DisconnectInput: DisconnectInput;
  DisconnectPayload: DisconnectPayload;
  Edge: EdgeRow;
  ErasePersonInput: ErasePersonInput;
  ErasePersonPayload: ErasePersonPayload;
  Event: NodeRow;
  EventConnection: ConnectionRow;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventKindFilter: EventKindFilter;
  EventOrderBy: EventOrderBy;
  EventWhere: EventWhere;
  ExpertMatch: Match;
  Expertise: LinkRow;
  Float: Scalars['Float']['output'];
  FollowInput: FollowInput;
  FollowPayload: FollowRow;
  Harvest: NodeRow;
  Host: ResolversUnionTypes<ResolversParentTypes>['Host'];
  ID: Scalars['ID']['output'];
  IdFilter: IdFilter;
  ImportFileInput: ImportFileInput;
  ImportGraphInput: ImportGraphInput;
  ImportGraphReport: ImportGraphReport;
  ImportRejection: ImportRejection;
  Initiative: NodeRow;
  InitiativeConnection: ConnectionRow;
  InitiativeEdge: Omit<InitiativeEdge, 'node'> & { node: ResolversParentTypes['Initiative'] };
  InitiativeKindFilter: InitiativeKindFilter;
  InitiativeOrderBy: InitiativeOrderBy;
  InitiativeStageFilter: InitiativeStageFilter;
  InitiativeWhere: InitiativeWhere;
  Insight: NodeRow;
  InsightConnection: ConnectionRow;
  InsightEdge: Omit<InsightEdge, 'node'> & { node: ResolversParentTypes['Insight'] };
  InsightKindFilter: InsightKindFilter;
  InsightMatch: Match;
  InsightOrderBy: InsightOrderBy;
  InsightSubject: ResolversUnionTypes<ResolversParentTypes>['InsightSubject'];
  InsightWhere: InsightWhere;
  Int: Scalars['Int']['output'];
  IntFilter: IntFilter;
  JSON: Scalars['JSON']['output'];
  LabelCount: LabelCount;
  LearningConditionFilter: LearningConditionFilter;
  Locatable: ResolversUnionTypes<ResolversParentTypes>['Locatable'];
  Membership: LinkRow;
  MembershipRequest: MembershipRequestRow;
  MembershipWhere: MembershipWhere;
  Mutation: Record<PropertyKey, never>;
  NetworkOverview: Omit<NetworkOverview, 'communities' | 'edges' | 'nodes'> & {
    communities: Array<ResolversParentTypes['Community']>;
    edges: Array<ResolversParentTypes['Edge']>;
    nodes: Array<ResolversParentTypes['OverviewNode']>;
  };
  NetworkStats: NetworkStatsRow;
  Node: NodeRow;
  NodeMetric: NodeMetric;
  Organization: NodeRow;
  OrganizationConnection: ConnectionRow;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationOrderBy: OrganizationOrderBy;
  OrganizationWhere: OrganizationWhere;
  OverviewNode: Omit<OverviewNode, 'node'> & { node: ResolversParentTypes['Node'] };
  PageInfo: PageInfo;
  Participant: ResolversUnionTypes<ResolversParentTypes>['Participant'];
  Path: PathRow;
  Practice: NodeRow;
  PracticeConnection: ConnectionRow;
  PracticeEdge: Omit<PracticeEdge, 'node'> & { node: ResolversParentTypes['Practice'] };
  PracticeKindFilter: PracticeKindFilter;
  PracticeMatch: PracticeMatchRow;
  PracticeOrderBy: PracticeOrderBy;
  PracticeStageFilter: PracticeStageFilter;
  PracticeWhere: PracticeWhere;
  Professional: NodeRow;
  ProfessionalConnection: ConnectionRow;
  ProfessionalEdge: Omit<ProfessionalEdge, 'node'> & { node: ResolversParentTypes['Professional'] };
  ProfessionalOrderBy: ProfessionalOrderBy;
  ProfessionalWhere: ProfessionalWhere;
  Query: Record<PropertyKey, never>;
  Question: NodeRow;
  QuestionAnswer: ResolversUnionTypes<ResolversParentTypes>['QuestionAnswer'];
  QuestionAsker: ResolversUnionTypes<ResolversParentTypes>['QuestionAsker'];
  QuestionConnection: ConnectionRow;
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionOrderBy: QuestionOrderBy;
  QuestionStatusFilter: QuestionStatusFilter;
  QuestionWhere: QuestionWhere;
  Reason: ReasonRow;
  Recorder: ResolversUnionTypes<ResolversParentTypes>['Recorder'];
  Region: NodeRow;
  RegionConnection: ConnectionRow;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionLevelFilter: RegionLevelFilter;
  RegionOrderBy: RegionOrderBy;
  RegionWhere: RegionWhere;
  RelatedWhere: RelatedWhere;
  RelationshipPropertiesInput: RelationshipPropertiesInput;
  RelationshipTypeCount: RelationshipTypeCount;
  RequestMembershipInput: RequestMembershipInput;
  RoleGap: RoleGapRow;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  SectorFilter: SectorFilter;
  SimilarMatch: Match;
  String: Scalars['String']['output'];
  StringFilter: StringFilter;
  StringListFilter: StringListFilter;
  Subgraph: PathRow;
  Subscription: Record<PropertyKey, never>;
  Theme: NodeRow;
  ThemeConnection: ConnectionRow;
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeOrderBy: ThemeOrderBy;
  ThemeWhere: ThemeWhere;
  Unit: ResolversUnionTypes<ResolversParentTypes>['Unit'];
  UpdateAllianceInput: UpdateAllianceInput;
  UpdateBottleneckInput: UpdateBottleneckInput;
  UpdateCommitmentInput: UpdateCommitmentInput;
  UpdateConditionCheckInput: UpdateConditionCheckInput;
  UpdateEventInput: UpdateEventInput;
  UpdateInitiativeInput: UpdateInitiativeInput;
  UpdateInsightInput: UpdateInsightInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdatePracticeInput: UpdatePracticeInput;
  UpdateProfessionalInput: UpdateProfessionalInput;
  UpdateQuestionInput: UpdateQuestionInput;
  UpdateRegionInput: UpdateRegionInput;
  UpdateThemeInput: UpdateThemeInput;
  ViewerInfo: ViewerInfo;
  VisibilityFilter: VisibilityFilter;
  Work: ResolversUnionTypes<ResolversParentTypes>['Work'];
}>;

export type AcquaintanceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Acquaintance'] = ResolversParentTypes['Acquaintance'],
> = ResolversObject<{
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type AdopterResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Adopter'] = ResolversParentTypes['Adopter'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Organization', ParentType, ContextType>;
}>;

export type AllianceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance'],
> = ResolversObject<{
  adopted?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  bottleneckFacings?: Resolver<Array<ResolversTypes['BottleneckFacing']>, ParentType, ContextType>;
  bottlenecks?: Resolver<
    Array<ResolversTypes['Bottleneck']>,
    ParentType,
    ContextType,
    Partial<AllianceBottlenecksArgs>
  >;
  bottlenecksRaised?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  conditionChecks?: Resolver<Array<ResolversTypes['ConditionCheck']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  learningHealth?: Resolver<Array<ResolversTypes['ConditionHealth']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AllianceLevel'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  takenUpInsights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  takenUpPractices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AllianceChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AllianceChange'] = ResolversParentTypes['AllianceChange'],
> = ResolversObject<{
  allianceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AllianceConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AllianceConnection'] = ResolversParentTypes['AllianceConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AllianceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AllianceEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AllianceEdge'] = ResolversParentTypes['AllianceEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
}>;

export type AllianceOverlapResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AllianceOverlap'] = ResolversParentTypes['AllianceOverlap'],
> = ResolversObject<{
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedBottlenecks?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type AnswerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer'],
> = ResolversObject<{
  insights?: Resolver<Array<ResolversTypes['InsightMatch']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['ExpertMatch']>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['PracticeMatch']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry'],
> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditLogResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditLog'] = ResolversParentTypes['AuditLog'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BottleneckResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Bottleneck'] = ResolversParentTypes['Bottleneck'],
> = ResolversObject<{
  addressedBy?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facings?: Resolver<Array<ResolversTypes['BottleneckFacing']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  raisedBy?: Resolver<Array<ResolversTypes['BottleneckSource']>, ParentType, ContextType>;
  recordedBy?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BottleneckStatus'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BottleneckConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BottleneckConnection'] =
    ResolversParentTypes['BottleneckConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BottleneckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BottleneckEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BottleneckEdge'] = ResolversParentTypes['BottleneckEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bottleneck'], ParentType, ContextType>;
}>;

export type BottleneckFacingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BottleneckFacing'] = ResolversParentTypes['BottleneckFacing'],
> = ResolversObject<{
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  bottleneck?: Resolver<ResolversTypes['Bottleneck'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BottleneckStatus'], ParentType, ContextType>;
}>;

export type BottleneckSourceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BottleneckSource'] = ResolversParentTypes['BottleneckSource'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Initiative' | 'Professional', ParentType, ContextType>;
}>;

export type BottleneckSpreadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BottleneckSpread'] = ResolversParentTypes['BottleneckSpread'],
> = ResolversObject<{
  alliances?: Resolver<Array<ResolversTypes['BottleneckFacing']>, ParentType, ContextType>;
  bottleneck?: Resolver<ResolversTypes['Bottleneck'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  systemic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BrokerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker'],
> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
}>;

export type CommitmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment'],
> = ResolversObject<{
  committedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommitmentConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommitmentConnection'] =
    ResolversParentTypes['CommitmentConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitmentEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommitmentEdge'] = ResolversParentTypes['CommitmentEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
}>;

export type CommunityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<
    Array<ResolversTypes['Node']>,
    ParentType,
    ContextType,
    RequireFields<CommunityMembersArgs, 'first'>
  >;
  nodesByLabel?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityTieResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommunityTie'] = ResolversParentTypes['CommunityTie'],
> = ResolversObject<{
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConditionCheckResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConditionCheck'] = ResolversParentTypes['ConditionCheck'],
> = ResolversObject<{
  checkedBy?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  checkedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['LearningCondition'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConditionCheckConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConditionCheckConnection'] =
    ResolversParentTypes['ConditionCheckConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConditionCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConditionCheckEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConditionCheckEdge'] = ResolversParentTypes['ConditionCheckEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConditionCheck'], ParentType, ContextType>;
}>;

export type ConditionHealthResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConditionHealth'] = ResolversParentTypes['ConditionHealth'],
> = ResolversObject<{
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['LearningCondition'], ParentType, ContextType>;
  previousScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trend?: Resolver<Maybe<ResolversTypes['Trend']>, ParentType, ContextType>;
}>;

export type ConnectionSuggestionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConnectionSuggestion'] =
    ResolversParentTypes['ConnectionSuggestion'],
> = ResolversObject<{
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ContributionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution'],
> = ResolversObject<{
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ContributionRole']>, ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload'],
> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type DigestItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DigestItem'] = ResolversParentTypes['DigestItem'],
> = ResolversObject<{
  about?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DigestKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DisconnectPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DisconnectPayload'] = ResolversParentTypes['DisconnectPayload'],
> = ResolversObject<{
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge'],
> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasePersonPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ErasePersonPayload'] = ResolversParentTypes['ErasePersonPayload'],
> = ResolversObject<{
  keptBottlenecks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptInsights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pseudonym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = ResolversObject<{
  attendees?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  harvest?: Resolver<ResolversTypes['Harvest'], ParentType, ContextType>;
  harvestedInsights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  harvestedPractices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  harvestedQuestions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Host']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EventKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presentedPractices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  presenters?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type ExpertMatchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ExpertMatch'] = ResolversParentTypes['ExpertMatch'],
> = ResolversObject<{
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExpertiseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Expertise'] = ResolversParentTypes['Expertise'],
> = ResolversObject<{
  level?: Resolver<Maybe<ResolversTypes['ExpertiseLevel']>, ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
}>;

export type FollowPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FollowPayload'] = ResolversParentTypes['FollowPayload'],
> = ResolversObject<{
  following?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type HarvestResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Harvest'] = ResolversParentTypes['Harvest'],
> = ResolversObject<{
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
}>;

export type HostResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Host'] = ResolversParentTypes['Host'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Organization', ParentType, ContextType>;
}>;

export type ImportGraphReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportGraphReport'] = ResolversParentTypes['ImportGraphReport'],
> = ResolversObject<{
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportRejectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection'],
> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InitiativeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative'],
> = ResolversObject<{
  alliances?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  bottlenecksRaised?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  buildsOn?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  builtOnBy?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  conditionChecks?: Resolver<Array<ResolversTypes['ConditionCheck']>, ParentType, ContextType>;
  contributors?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventsAttended?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  eventsPresented?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeKind'], ParentType, ContextType>;
  learningHealth?: Resolver<Array<ResolversTypes['ConditionHealth']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  produced?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  recorded?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['InitiativeStage']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InitiativeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InitiativeConnection'] =
    ResolversParentTypes['InitiativeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InitiativeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InitiativeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InitiativeEdge'] = ResolversParentTypes['InitiativeEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
}>;

export type InsightResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Insight'] = ResolversParentTypes['Insight'],
> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['InsightSubject']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  harvestedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InsightKind'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  recordedBy?: Resolver<Array<ResolversTypes['Recorder']>, ParentType, ContextType>;
  takenUpBy?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InsightConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightConnection'] = ResolversParentTypes['InsightConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InsightEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InsightEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightEdge'] = ResolversParentTypes['InsightEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Insight'], ParentType, ContextType>;
}>;

export type InsightMatchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightMatch'] = ResolversParentTypes['InsightMatch'],
> = ResolversObject<{
  insight?: Resolver<ResolversTypes['Insight'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InsightSubjectResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightSubject'] = ResolversParentTypes['InsightSubject'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Bottleneck' | 'Initiative' | 'Practice' | 'Theme', ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
}>;

export type LocatableResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Locatable'] = ResolversParentTypes['Locatable'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<
    'Alliance' | 'Event' | 'Initiative' | 'Organization' | 'Professional' | 'Region',
    ParentType,
    ContextType
  >;
}>;

export type MembershipResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = ResolversObject<{
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  professional?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AllianceRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MembershipRequestResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MembershipRequest'] = ResolversParentTypes['MembershipRequest'],
> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AllianceRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipRequestStatus'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  connect?: Resolver<
    ResolversTypes['Edge'],
    ParentType,
    ContextType,
    RequireFields<MutationConnectArgs, 'input'>
  >;
  createAlliance?: Resolver<
    ResolversTypes['Alliance'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateAllianceArgs, 'input'>
  >;
  createBottleneck?: Resolver<
    ResolversTypes['Bottleneck'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateBottleneckArgs, 'input'>
  >;
  createCommitment?: Resolver<
    ResolversTypes['Commitment'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateCommitmentArgs, 'input'>
  >;
  createConditionCheck?: Resolver<
    ResolversTypes['ConditionCheck'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateConditionCheckArgs, 'input'>
  >;
  createEvent?: Resolver<
    ResolversTypes['Event'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateEventArgs, 'input'>
  >;
  createInitiative?: Resolver<
    ResolversTypes['Initiative'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateInitiativeArgs, 'input'>
  >;
  createInsight?: Resolver<
    ResolversTypes['Insight'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateInsightArgs, 'input'>
  >;
  createOrganization?: Resolver<
    ResolversTypes['Organization'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateOrganizationArgs, 'input'>
  >;
  createPractice?: Resolver<
    ResolversTypes['Practice'],
    ParentType,
    ContextType,
    RequireFields<MutationCreatePracticeArgs, 'input'>
  >;
  createProfessional?: Resolver<
    ResolversTypes['Professional'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateProfessionalArgs, 'input'>
  >;
  createQuestion?: Resolver<
    ResolversTypes['Question'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateQuestionArgs, 'input'>
  >;
  createRegion?: Resolver<
    ResolversTypes['Region'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateRegionArgs, 'input'>
  >;
  createTheme?: Resolver<
    ResolversTypes['Theme'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateThemeArgs, 'input'>
  >;
  decideMembership?: Resolver<
    ResolversTypes['MembershipRequest'],
    ParentType,
    ContextType,
    RequireFields<MutationDecideMembershipArgs, 'input'>
  >;
  deleteAlliance?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteAllianceArgs, 'input'>
  >;
  deleteBottleneck?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteBottleneckArgs, 'input'>
  >;
  deleteCommitment?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteCommitmentArgs, 'input'>
  >;
  deleteConditionCheck?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteConditionCheckArgs, 'input'>
  >;
  deleteEvent?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteEventArgs, 'input'>
  >;
  deleteInitiative?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteInitiativeArgs, 'input'>
  >;
  deleteInsight?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteInsightArgs, 'input'>
  >;
  deleteOrganization?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteOrganizationArgs, 'input'>
  >;
  deletePractice?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeletePracticeArgs, 'input'>
  >;
  deleteProfessional?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteProfessionalArgs, 'input'>
  >;
  deleteQuestion?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteQuestionArgs, 'input'>
  >;
  deleteRegion?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRegionArgs, 'input'>
  >;
  deleteTheme?: Resolver<
    ResolversTypes['DeletePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteThemeArgs, 'input'>
  >;
  disconnect?: Resolver<
    ResolversTypes['DisconnectPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDisconnectArgs, 'input'>
  >;
  erasePerson?: Resolver<
    ResolversTypes['ErasePersonPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationErasePersonArgs, 'input'>
  >;
  follow?: Resolver<
    ResolversTypes['FollowPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationFollowArgs, 'input'>
  >;
  importGraph?: Resolver<
    ResolversTypes['ImportGraphReport'],
    ParentType,
    ContextType,
    RequireFields<MutationImportGraphArgs, 'input'>
  >;
  requestMembership?: Resolver<
    ResolversTypes['MembershipRequest'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestMembershipArgs, 'input'>
  >;
  unfollow?: Resolver<
    ResolversTypes['FollowPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationUnfollowArgs, 'input'>
  >;
  updateAlliance?: Resolver<
    ResolversTypes['Alliance'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateAllianceArgs, 'input'>
  >;
  updateBottleneck?: Resolver<
    ResolversTypes['Bottleneck'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateBottleneckArgs, 'input'>
  >;
  updateCommitment?: Resolver<
    ResolversTypes['Commitment'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateCommitmentArgs, 'input'>
  >;
  updateConditionCheck?: Resolver<
    ResolversTypes['ConditionCheck'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateConditionCheckArgs, 'input'>
  >;
  updateEvent?: Resolver<
    ResolversTypes['Event'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateEventArgs, 'input'>
  >;
  updateInitiative?: Resolver<
    ResolversTypes['Initiative'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateInitiativeArgs, 'input'>
  >;
  updateInsight?: Resolver<
    ResolversTypes['Insight'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateInsightArgs, 'input'>
  >;
  updateOrganization?: Resolver<
    ResolversTypes['Organization'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateOrganizationArgs, 'input'>
  >;
  updatePractice?: Resolver<
    ResolversTypes['Practice'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdatePracticeArgs, 'input'>
  >;
  updateProfessional?: Resolver<
    ResolversTypes['Professional'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateProfessionalArgs, 'input'>
  >;
  updateQuestion?: Resolver<
    ResolversTypes['Question'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateQuestionArgs, 'input'>
  >;
  updateRegion?: Resolver<
    ResolversTypes['Region'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRegionArgs, 'input'>
  >;
  updateTheme?: Resolver<
    ResolversTypes['Theme'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateThemeArgs, 'input'>
  >;
}>;

export type NetworkOverviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NetworkOverview'] = ResolversParentTypes['NetworkOverview'],
> = ResolversObject<{
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  communityTies?: Resolver<Array<ResolversTypes['CommunityTie']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OverviewNode']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkStatsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NetworkStats'] = ResolversParentTypes['NetworkStats'],
> = ResolversObject<{
  brokers?: Resolver<
    Array<ResolversTypes['Broker']>,
    ParentType,
    ContextType,
    RequireFields<NetworkStatsBrokersArgs, 'first'>
  >;
  brokersExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isolated?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  largestComponent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesByLabel?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsByType?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
}>;

export type NodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<
    | 'Alliance'
    | 'Bottleneck'
    | 'Commitment'
    | 'ConditionCheck'
    | 'Event'
    | 'Initiative'
    | 'Insight'
    | 'Organization'
    | 'Practice'
    | 'Professional'
    | 'Question'
    | 'Region'
    | 'Theme',
    ParentType,
    ContextType
  >;
}>;

export type NodeMetricResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NodeMetric'] = ResolversParentTypes['NodeMetric'],
> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'],
> = ResolversObject<{
  adopted?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  alliances?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Array<ResolversTypes['Professional']>, ParentType, ContextType>;
  eventsHosted?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationConnection'] =
    ResolversParentTypes['OrganizationConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OverviewNodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OverviewNode'] = ResolversParentTypes['OverviewNode'],
> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipantResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Initiative' | 'Professional', ParentType, ContextType>;
}>;

export type PathResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PracticeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice'],
> = ResolversObject<{
  addresses?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  adoptedBy?: Resolver<Array<ResolversTypes['Adopter']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  appliedBy?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  contributors?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  harvestedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PracticeKind'], ParentType, ContextType>;
  presentedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  producedBy?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['PracticeStage']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  takenUpBy?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PracticeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PracticeConnection'] = ResolversParentTypes['PracticeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PracticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PracticeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PracticeEdge'] = ResolversParentTypes['PracticeEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
}>;

export type PracticeMatchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PracticeMatch'] = ResolversParentTypes['PracticeMatch'],
> = ResolversObject<{
  contacts?: Resolver<Array<ResolversTypes['Professional']>, ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProfessionalResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional'],
> = ResolversObject<{
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bottlenecksRaised?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventsAttended?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  eventsPresented?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['Expertise']>, ParentType, ContextType>;
  following?: Resolver<Maybe<Array<ResolversTypes['Node']>>, ParentType, ContextType>;
  groupMemberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  knows?: Resolver<Array<ResolversTypes['Acquaintance']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProfessionalConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ProfessionalConnection'] =
    ResolversParentTypes['ProfessionalConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProfessionalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProfessionalEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ProfessionalEdge'] = ResolversParentTypes['ProfessionalEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Professional'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  alliance?: Resolver<
    Maybe<ResolversTypes['Alliance']>,
    ParentType,
    ContextType,
    RequireFields<QueryAllianceArgs, 'id'>
  >;
  alliances?: Resolver<
    ResolversTypes['AllianceConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryAlliancesArgs, 'first'>
  >;
  alliancesSharingBottlenecks?: Resolver<
    Array<ResolversTypes['AllianceOverlap']>,
    ParentType,
    ContextType,
    RequireFields<QueryAlliancesSharingBottlenecksArgs, 'allianceId' | 'first'>
  >;
  ask?: Resolver<
    ResolversTypes['Answer'],
    ParentType,
    ContextType,
    RequireFields<QueryAskArgs, 'first' | 'text'>
  >;
  auditLog?: Resolver<
    ResolversTypes['AuditLog'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditLogArgs, 'first'>
  >;
  bottleneck?: Resolver<
    Maybe<ResolversTypes['Bottleneck']>,
    ParentType,
    ContextType,
    RequireFields<QueryBottleneckArgs, 'id'>
  >;
  bottleneckSpread?: Resolver<
    ResolversTypes['BottleneckSpread'],
    ParentType,
    ContextType,
    RequireFields<QueryBottleneckSpreadArgs, 'bottleneckId'>
  >;
  bottlenecks?: Resolver<
    ResolversTypes['BottleneckConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryBottlenecksArgs, 'first'>
  >;
  commitment?: Resolver<
    Maybe<ResolversTypes['Commitment']>,
    ParentType,
    ContextType,
    RequireFields<QueryCommitmentArgs, 'id'>
  >;
  commitments?: Resolver<
    ResolversTypes['CommitmentConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCommitmentsArgs, 'first'>
  >;
  conditionCheck?: Resolver<
    Maybe<ResolversTypes['ConditionCheck']>,
    ParentType,
    ContextType,
    RequireFields<QueryConditionCheckArgs, 'id'>
  >;
  conditionChecks?: Resolver<
    ResolversTypes['ConditionCheckConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryConditionChecksArgs, 'first'>
  >;
  digest?: Resolver<
    Array<ResolversTypes['DigestItem']>,
    ParentType,
    ContextType,
    RequireFields<QueryDigestArgs, 'first' | 'since'>
  >;
  event?: Resolver<
    Maybe<ResolversTypes['Event']>,
    ParentType,
    ContextType,
    RequireFields<QueryEventArgs, 'id'>
  >;
  events?: Resolver<
    ResolversTypes['EventConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryEventsArgs, 'first'>
  >;
  initiative?: Resolver<
    Maybe<ResolversTypes['Initiative']>,
    ParentType,
    ContextType,
    RequireFields<QueryInitiativeArgs, 'id'>
  >;
  initiatives?: Resolver<
    ResolversTypes['InitiativeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryInitiativesArgs, 'first'>
  >;
  insight?: Resolver<
    Maybe<ResolversTypes['Insight']>,
    ParentType,
    ContextType,
    RequireFields<QueryInsightArgs, 'id'>
  >;
  insights?: Resolver<
    ResolversTypes['InsightConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightsArgs, 'first'>
  >;
  introductionPath?: Resolver<
    Maybe<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<QueryIntroductionPathArgs, 'fromId' | 'maxHops' | 'toId'>
  >;
  me?: Resolver<ResolversTypes['ViewerInfo'], ParentType, ContextType>;
  membershipRequests?: Resolver<
    Array<ResolversTypes['MembershipRequest']>,
    ParentType,
    ContextType,
    Partial<QueryMembershipRequestsArgs>
  >;
  neighborhood?: Resolver<
    ResolversTypes['Subgraph'],
    ParentType,
    ContextType,
    RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>
  >;
  networkNodeMetrics?: Resolver<
    Array<ResolversTypes['NodeMetric']>,
    ParentType,
    ContextType,
    RequireFields<QueryNetworkNodeMetricsArgs, 'ids'>
  >;
  networkOverview?: Resolver<
    ResolversTypes['NetworkOverview'],
    ParentType,
    ContextType,
    RequireFields<QueryNetworkOverviewArgs, 'communities' | 'top'>
  >;
  networkStats?: Resolver<
    ResolversTypes['NetworkStats'],
    ParentType,
    ContextType,
    Partial<QueryNetworkStatsArgs>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<
    Maybe<ResolversTypes['Organization']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrganizationArgs, 'id'>
  >;
  organizations?: Resolver<
    ResolversTypes['OrganizationConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryOrganizationsArgs, 'first'>
  >;
  practice?: Resolver<
    Maybe<ResolversTypes['Practice']>,
    ParentType,
    ContextType,
    RequireFields<QueryPracticeArgs, 'id'>
  >;
  practices?: Resolver<
    ResolversTypes['PracticeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPracticesArgs, 'first'>
  >;
  practicesForBottleneck?: Resolver<
    Array<ResolversTypes['PracticeMatch']>,
    ParentType,
    ContextType,
    RequireFields<QueryPracticesForBottleneckArgs, 'bottleneckId' | 'first'>
  >;
  professional?: Resolver<
    Maybe<ResolversTypes['Professional']>,
    ParentType,
    ContextType,
    RequireFields<QueryProfessionalArgs, 'id'>
  >;
  professionals?: Resolver<
    ResolversTypes['ProfessionalConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryProfessionalsArgs, 'first'>
  >;
  question?: Resolver<
    Maybe<ResolversTypes['Question']>,
    ParentType,
    ContextType,
    RequireFields<QueryQuestionArgs, 'id'>
  >;
  questions?: Resolver<
    ResolversTypes['QuestionConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryQuestionsArgs, 'first'>
  >;
  region?: Resolver<
    Maybe<ResolversTypes['Region']>,
    ParentType,
    ContextType,
    RequireFields<QueryRegionArgs, 'id'>
  >;
  regions?: Resolver<
    ResolversTypes['RegionConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryRegionsArgs, 'first'>
  >;
  roleGaps?: Resolver<Array<ResolversTypes['RoleGap']>, ParentType, ContextType, Partial<QueryRoleGapsArgs>>;
  search?: Resolver<
    Array<ResolversTypes['SearchHit']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'first' | 'text'>
  >;
  similar?: Resolver<
    Array<ResolversTypes['SimilarMatch']>,
    ParentType,
    ContextType,
    RequireFields<QuerySimilarArgs, 'first' | 'id'>
  >;
  suggestedConnections?: Resolver<
    Array<ResolversTypes['ConnectionSuggestion']>,
    ParentType,
    ContextType,
    RequireFields<QuerySuggestedConnectionsArgs, 'first' | 'professionalId'>
  >;
  theme?: Resolver<
    Maybe<ResolversTypes['Theme']>,
    ParentType,
    ContextType,
    RequireFields<QueryThemeArgs, 'id'>
  >;
  themes?: Resolver<
    ResolversTypes['ThemeConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryThemesArgs, 'first'>
  >;
  whoKnows?: Resolver<
    Array<ResolversTypes['ExpertMatch']>,
    ParentType,
    ContextType,
    RequireFields<QueryWhoKnowsArgs, 'first'>
  >;
  workingElementsFor?: Resolver<
    Array<ResolversTypes['InsightMatch']>,
    ParentType,
    ContextType,
    RequireFields<QueryWorkingElementsForArgs, 'bottleneckId' | 'first'>
  >;
}>;

export type QuestionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question'],
> = ResolversObject<{
  answeredBy?: Resolver<Array<ResolversTypes['QuestionAnswer']>, ParentType, ContextType>;
  askedBy?: Resolver<Array<ResolversTypes['QuestionAsker']>, ParentType, ContextType>;
  askedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  harvestedAt?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuestionStatus'], ParentType, ContextType>;
  suggestedAnswers?: Resolver<
    ResolversTypes['Answer'],
    ParentType,
    ContextType,
    RequireFields<QuestionSuggestedAnswersArgs, 'first'>
  >;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuestionAnswerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['QuestionAnswer'] = ResolversParentTypes['QuestionAnswer'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Insight' | 'Practice' | 'Professional', ParentType, ContextType>;
}>;

export type QuestionAskerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['QuestionAsker'] = ResolversParentTypes['QuestionAsker'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Event' | 'Initiative' | 'Professional', ParentType, ContextType>;
}>;

export type QuestionConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
}>;

export type ReasonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason'],
> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecorderResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Recorder'] = ResolversParentTypes['Recorder'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Event' | 'Initiative', ParentType, ContextType>;
}>;

export type RegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'],
> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  located?: Resolver<Array<ResolversTypes['Locatable']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  subregions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type RelationshipTypeCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RelationshipTypeCount'] =
    ResolversParentTypes['RelationshipTypeCount'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoleGapResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RoleGap'] = ResolversParentTypes['RoleGap'],
> = ResolversObject<{
  holders?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['AllianceRole']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SimilarMatchResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SimilarMatch'] = ResolversParentTypes['SimilarMatch'],
> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['NodeMetric']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = ResolversObject<{
  allianceChanged?: SubscriptionResolver<
    ResolversTypes['AllianceChange'],
    'allianceChanged',
    ParentType,
    ContextType,
    RequireFields<SubscriptionAllianceChangedArgs, 'allianceId'>
  >;
  bottleneckStatusChanged?: SubscriptionResolver<
    ResolversTypes['BottleneckFacing'],
    'bottleneckStatusChanged',
    ParentType,
    ContextType,
    Partial<SubscriptionBottleneckStatusChangedArgs>
  >;
  insightAdded?: SubscriptionResolver<
    ResolversTypes['Insight'],
    'insightAdded',
    ParentType,
    ContextType,
    Partial<SubscriptionInsightAddedArgs>
  >;
  myFeed?: SubscriptionResolver<
    ResolversTypes['DigestItem'],
    'myFeed',
    ParentType,
    ContextType,
    Partial<SubscriptionMyFeedArgs>
  >;
  questionAsked?: SubscriptionResolver<
    ResolversTypes['Question'],
    'questionAsked',
    ParentType,
    ContextType,
    Partial<SubscriptionQuestionAskedArgs>
  >;
}>;

export type ThemeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme'],
> = ResolversObject<{
  alliances?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  bottlenecks?: Resolver<Array<ResolversTypes['Bottleneck']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experts?: Resolver<Array<ResolversTypes['Expertise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  insights?: Resolver<Array<ResolversTypes['Insight']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ThemeConnection'] = ResolversParentTypes['ThemeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThemeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
}>;

export type UnitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Alliance' | 'Initiative', ParentType, ContextType>;
}>;

export type ViewerInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ViewerInfo'] = ResolversParentTypes['ViewerInfo'],
> = ResolversObject<{
  alliances?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  professionalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Work'] = ResolversParentTypes['Work'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Initiative' | 'Practice', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Acquaintance?: AcquaintanceResolvers<ContextType>;
  Adopter?: AdopterResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  AllianceChange?: AllianceChangeResolvers<ContextType>;
  AllianceConnection?: AllianceConnectionResolvers<ContextType>;
  AllianceEdge?: AllianceEdgeResolvers<ContextType>;
  AllianceOverlap?: AllianceOverlapResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  Bottleneck?: BottleneckResolvers<ContextType>;
  BottleneckConnection?: BottleneckConnectionResolvers<ContextType>;
  BottleneckEdge?: BottleneckEdgeResolvers<ContextType>;
  BottleneckFacing?: BottleneckFacingResolvers<ContextType>;
  BottleneckSource?: BottleneckSourceResolvers<ContextType>;
  BottleneckSpread?: BottleneckSpreadResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentConnection?: CommitmentConnectionResolvers<ContextType>;
  CommitmentEdge?: CommitmentEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityTie?: CommunityTieResolvers<ContextType>;
  ConditionCheck?: ConditionCheckResolvers<ContextType>;
  ConditionCheckConnection?: ConditionCheckConnectionResolvers<ContextType>;
  ConditionCheckEdge?: ConditionCheckEdgeResolvers<ContextType>;
  ConditionHealth?: ConditionHealthResolvers<ContextType>;
  ConnectionSuggestion?: ConnectionSuggestionResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DigestItem?: DigestItemResolvers<ContextType>;
  DisconnectPayload?: DisconnectPayloadResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  ErasePersonPayload?: ErasePersonPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  ExpertMatch?: ExpertMatchResolvers<ContextType>;
  Expertise?: ExpertiseResolvers<ContextType>;
  FollowPayload?: FollowPayloadResolvers<ContextType>;
  Harvest?: HarvestResolvers<ContextType>;
  Host?: HostResolvers<ContextType>;
  ImportGraphReport?: ImportGraphReportResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  Insight?: InsightResolvers<ContextType>;
  InsightConnection?: InsightConnectionResolvers<ContextType>;
  InsightEdge?: InsightEdgeResolvers<ContextType>;
  InsightMatch?: InsightMatchResolvers<ContextType>;
  InsightSubject?: InsightSubjectResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabelCount?: LabelCountResolvers<ContextType>;
  Locatable?: LocatableResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipRequest?: MembershipRequestResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkOverview?: NetworkOverviewResolvers<ContextType>;
  NetworkStats?: NetworkStatsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeMetric?: NodeMetricResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OverviewNode?: OverviewNodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  PracticeConnection?: PracticeConnectionResolvers<ContextType>;
  PracticeEdge?: PracticeEdgeResolvers<ContextType>;
  PracticeMatch?: PracticeMatchResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  ProfessionalConnection?: ProfessionalConnectionResolvers<ContextType>;
  ProfessionalEdge?: ProfessionalEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionAnswer?: QuestionAnswerResolvers<ContextType>;
  QuestionAsker?: QuestionAskerResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  Recorder?: RecorderResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  RoleGap?: RoleGapResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SimilarMatch?: SimilarMatchResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeConnection?: ThemeConnectionResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  ViewerInfo?: ViewerInfoResolvers<ContextType>;
  Work?: WorkResolvers<ContextType>;
}>;
