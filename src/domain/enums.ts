// Enumerations of the domain; the GraphQL enums in schema/ carry the same values.

export const Visibility = ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const;
export const Sector = [
  'GOVERNMENT',
  'BUSINESS',
  'FUND',
  'KNOWLEDGE_INSTITUTE',
  'CIVIL_SOCIETY',
  'CITIZENS',
] as const;
export const AllianceLevel = ['LOCAL', 'REGIONAL', 'NATIONAL'] as const;
export const PracticeKind = [
  'METHOD',
  'PROGRAMME',
  'TOOL',
  'PRODUCT',
  'PODCAST',
  'PUBLICATION',
  'OTHER',
] as const;
export const PracticeStage = ['IDEA', 'PILOT', 'PROVEN', 'SCALING'] as const;
export const InitiativeKind = [
  'RESIDENTS_INITIATIVE',
  'DO_TANK',
  'EXPERT_GROUP',
  'PROJECT',
  'LOCAL_INITIATIVE',
] as const;
export const InitiativeStage = ['IDEA', 'STARTING', 'RUNNING', 'COMPLETED'] as const;
export const InsightKind = ['LESSON', 'WORKING_ELEMENT', 'OBSERVATION'] as const;
export const BottleneckStatus = ['OPEN', 'ADDRESSED'] as const;
export const EventKind = ['CAFE', 'FESTIVAL', 'WORKSHOP', 'CONGRESS', 'MEETUP'] as const;
export const RegionLevel = ['MUNICIPALITY', 'PROVINCE', 'NATIONAL'] as const;
export const AllianceRole = ['INITIATOR', 'MANAGER', 'FACILITATOR', 'COORDINATOR', 'MEMBER'] as const;
export const ExpertiseLevel = ['BASIC', 'ADVANCED', 'EXPERT'] as const;
export const ContributionRole = ['LEAD', 'CONTRIBUTOR', 'ADVISOR'] as const;
export const QuestionStatus = ['OPEN', 'ANSWERED', 'HANDED_OVER', 'CLOSED'] as const;
/** The five conditions of a living learning network. */
export const LearningCondition = [
  'MUTUAL_DEPENDENCE',
  'SHARED_ENERGY',
  'DIVERSITY',
  'PERSONAL_GROWTH',
  'SAFE_SPACE',
] as const;
export const CommitmentStatus = ['OPEN', 'DONE', 'DROPPED'] as const;
