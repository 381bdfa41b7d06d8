// Every text a widget shows, one dictionary per language (`lang="nl"`, the default, or `lang="en"`).
// Grammar lives here as data: singular and plural per kind of node, how a count reads.

export type Lang = 'nl' | 'en';

/** `lang="en"`, `lang="en-GB"`: English; anything else: Dutch. */
export function langOf(attribute: string | null): Lang {
  return attribute?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export interface Texts {
  lang: Lang;
  locale: string;
  /** The value GraphQL's Lang and Language enums take for reasons and answers. */
  graphqlLang: 'NL' | 'EN';
  source: string;
  loading: string;
  loadingDetail: string;
  unavailable: string;
  unavailableDetail(seconds: number): string;
  unavailableNotice: string;
  failed: string;
  failedDetail: string;
  notFound: string;
  notFoundDetail(alliance: string): string;
  missingAlliance: string;
  missingAllianceDetail: string;
  unknownView: string;
  unknownViewDetail(view: string, views: readonly string[]): string;
  heading: {
    insights(name: string): string;
    bottlenecks(name: string): string;
    practices(name: string): string;
    members(name: string): string;
    graph(name: string): string;
    questions(name: string): string;
    similar(name: string): string;
    help(name: string): string;
  };
  none: {
    insights: string;
    bottlenecks: string;
    practices: string;
    members: string;
    questions: string;
    similar: string;
    help: string;
  };
  insightKind: Record<string, string>;
  status: Record<string, string>;
  practiceKind: Record<string, string>;
  stage: Record<string, string>;
  /** In the order the sources introduce the roles: who directs, who starts, who guides. */
  roles: [string, string][];
  sector: Record<string, string>;
  partners: string;
  addressedBy: string;
  helpsWith(titles: string[]): string;
  /** Kind of node: [one, many]. */
  nodeKind: Record<string, [string, string]>;
  otherKind: [string, string];
  connectedWith(name: string, summary: string): string;
  legend: string;
  askedBy(name: string): string;
  practicesTitle: string;
  insightsTitle: string;
  noSuggestions: string;
  sharedBottlenecks: string;
  theyLearned: string;
  whoKnows: string;
  contacts(names: string[]): string;
  moreBottlenecks(n: number): string;
}

const NL: Texts = {
  lang: 'nl',
  locale: 'nl-NL',
  graphqlLang: 'NL',
  source: 'Uit het ',
  loading: 'Laden…',
  loadingDetail: 'De gegevens worden opgehaald.',
  unavailable: 'Tijdelijk niet beschikbaar',
  unavailableDetail: (s) =>
    `Het Maatschappelijk Brein is nu niet bereikbaar. Over ${s} ${s === 1 ? 'seconde' : 'seconden'} proberen we het opnieuw.`,
  unavailableNotice: 'De actuele gegevens zijn even niet bereikbaar; we proberen het opnieuw.',
  failed: 'Kan niet laden',
  failedDetail:
    'Het Maatschappelijk Brein weigerde deze vraag. Ververs de pagina om het opnieuw te proberen.',
  notFound: 'Alliantie niet gevonden',
  notFoundDetail: (a) => `Er is geen alliantie met id “${a}”. Controleer het attribuut alliance.`,
  missingAlliance: 'Geen alliantie opgegeven',
  missingAllianceDetail: 'Geef de alliantie op met het attribuut alliance="…".',
  unknownView: 'Onbekende weergave',
  unknownViewDetail: (v, views) => `Er is geen weergave “${v}”. Kies een van: ${views.join(', ')}.`,
  heading: {
    insights: (n) => `Inzichten van ${n}`,
    bottlenecks: (n) => `Knelpunten van ${n}`,
    practices: (n) => `Werkzame praktijken voor ${n}`,
    members: (n) => `Wie doen er mee aan ${n}`,
    graph: (n) => `Het netwerk rond ${n}`,
    questions: (n) => `Open vragen van ${n}`,
    similar: (n) => `Allianties met dezelfde knelpunten als ${n}`,
    help: (n) => `Wie kan ${n} helpen`,
  },
  none: {
    insights: 'Nog geen inzichten vastgelegd.',
    bottlenecks: 'Nog geen knelpunten vastgelegd.',
    practices: 'Nog geen praktijken bekend.',
    members: 'Nog geen leden bekend.',
    questions: 'Geen open vragen.',
    similar: 'Nog geen allianties met dezelfde knelpunten.',
    help: 'Geen open knelpunten.',
  },
  insightKind: { LESSON: 'Les', WORKING_ELEMENT: 'Werkzaam element', OBSERVATION: 'Observatie' },
  status: { OPEN: 'Open', ADDRESSED: 'Aangepakt' },
  practiceKind: {
    METHOD: 'Methode',
    PROGRAMME: 'Programma',
    TOOL: 'Instrument',
    PRODUCT: 'Product',
    PODCAST: 'Podcast',
    PUBLICATION: 'Publicatie',
    OTHER: 'Aanpak',
  },
  stage: { IDEA: 'Idee', PILOT: 'Pilot', PROVEN: 'Bewezen', SCALING: 'Opschalen' },
  roles: [
    ['COORDINATOR', 'Coördinatie'],
    ['INITIATOR', 'Initiatiefnemers'],
    ['FACILITATOR', 'Procesbegeleiding'],
    ['MANAGER', 'Middelen en steun'],
    ['MEMBER', 'Leden'],
  ],
  sector: {
    GOVERNMENT: 'overheid',
    BUSINESS: 'bedrijfsleven',
    FUND: 'fonds',
    KNOWLEDGE_INSTITUTE: 'kennisinstelling',
    CIVIL_SOCIETY: 'maatschappelijke organisatie',
    CITIZENS: 'burgers',
  },
  partners: 'Partnerorganisaties',
  addressedBy: 'Aanpakken: ',
  helpsWith: (titles) => `Helpt bij: ${titles.join('; ')}`,
  nodeKind: {
    Professional: ['professional', 'professionals'],
    Organization: ['organisatie', 'organisaties'],
    Theme: ['thema', 'thema’s'],
    Insight: ['inzicht', 'inzichten'],
    Bottleneck: ['knelpunt', 'knelpunten'],
    Practice: ['praktijk', 'praktijken'],
    Initiative: ['initiatief', 'initiatieven'],
    Event: ['bijeenkomst', 'bijeenkomsten'],
    Region: ['regio', 'regio’s'],
    Alliance: ['alliantie', 'allianties'],
    Question: ['vraag', 'vragen'],
    Commitment: ['afspraak', 'afspraken'],
    ConditionCheck: ['meting van het leernetwerk', 'metingen van het leernetwerk'],
  },
  otherKind: ['ander knooppunt', 'andere knooppunten'],
  connectedWith: (n, summary) => `${n} is verbonden met ${summary}.`,
  legend: 'Legenda',
  askedBy: (n) => `Gesteld door ${n}`,
  practicesTitle: 'Praktijken',
  insightsTitle: 'Inzichten',
  noSuggestions: 'Nog geen suggesties.',
  sharedBottlenecks: 'Gedeelde knelpunten: ',
  theyLearned: 'Wat zij leerden',
  whoKnows: 'Wie weet ervan',
  contacts: (names) => `Contact: ${names.join(', ')}`,
  moreBottlenecks: (n) => `En nog ${n} open ${n === 1 ? 'knelpunt' : 'knelpunten'}.`,
};

const EN: Texts = {
  lang: 'en',
  locale: 'en-GB',
  graphqlLang: 'EN',
  source: 'From the ',
  loading: 'Loading…',
  loadingDetail: 'Fetching the data.',
  unavailable: 'Temporarily unavailable',
  unavailableDetail: (s) =>
    `The Maatschappelijk Brein cannot be reached right now. Trying again in ${s} ${s === 1 ? 'second' : 'seconds'}.`,
  unavailableNotice: 'The live data cannot be reached right now; trying again.',
  failed: 'Cannot load',
  failedDetail: 'The Maatschappelijk Brein refused this request. Reload the page to try again.',
  notFound: 'Alliance not found',
  notFoundDetail: (a) => `There is no alliance with id “${a}”. Check the alliance attribute.`,
  missingAlliance: 'No alliance given',
  missingAllianceDetail: 'Name the alliance with the attribute alliance="…".',
  unknownView: 'Unknown view',
  unknownViewDetail: (v, views) => `There is no view “${v}”. Choose one of: ${views.join(', ')}.`,
  heading: {
    insights: (n) => `Insights of ${n}`,
    bottlenecks: (n) => `Bottlenecks of ${n}`,
    practices: (n) => `Working practices for ${n}`,
    members: (n) => `Who takes part in ${n}`,
    graph: (n) => `The network around ${n}`,
    questions: (n) => `Open questions of ${n}`,
    similar: (n) => `Alliances with the same bottlenecks as ${n}`,
    help: (n) => `Who can help ${n}`,
  },
  none: {
    insights: 'No insights recorded yet.',
    bottlenecks: 'No bottlenecks recorded yet.',
    practices: 'No practices known yet.',
    members: 'No members known yet.',
    questions: 'No open questions.',
    similar: 'No alliances with the same bottlenecks yet.',
    help: 'No open bottlenecks.',
  },
  insightKind: { LESSON: 'Lesson', WORKING_ELEMENT: 'Working element', OBSERVATION: 'Observation' },
  status: { OPEN: 'Open', ADDRESSED: 'Addressed' },
  practiceKind: {
    METHOD: 'Method',
    PROGRAMME: 'Programme',
    TOOL: 'Tool',
    PRODUCT: 'Product',
    PODCAST: 'Podcast',
    PUBLICATION: 'Publication',
    OTHER: 'Approach',
  },
  stage: { IDEA: 'Idea', PILOT: 'Pilot', PROVEN: 'Proven', SCALING: 'Scaling up' },
  roles: [
    ['COORDINATOR', 'Coordination'],
    ['INITIATOR', 'Initiators'],
    ['FACILITATOR', 'Facilitation'],
    ['MANAGER', 'Means and support'],
    ['MEMBER', 'Members'],
  ],
  sector: {
    GOVERNMENT: 'government',
    BUSINESS: 'business',
    FUND: 'fund',
    KNOWLEDGE_INSTITUTE: 'knowledge institute',
    CIVIL_SOCIETY: 'civil society',
    CITIZENS: 'citizens',
  },
  partners: 'Partner organisations',
  addressedBy: 'Addressed by: ',
  helpsWith: (titles) => `Helps with: ${titles.join('; ')}`,
  nodeKind: {
    Professional: ['professional', 'professionals'],
    Organization: ['organisation', 'organisations'],
    Theme: ['theme', 'themes'],
    Insight: ['insight', 'insights'],
    Bottleneck: ['bottleneck', 'bottlenecks'],
    Practice: ['practice', 'practices'],
    Initiative: ['initiative', 'initiatives'],
    Event: ['event', 'events'],
    Region: ['region', 'regions'],
    Alliance: ['alliance', 'alliances'],
    Question: ['question', 'questions'],
    Commitment: ['commitment', 'commitments'],
    ConditionCheck: ['learning-network check', 'learning-network checks'],
  },
  otherKind: ['other node', 'other nodes'],
  connectedWith: (n, summary) => `${n} is connected with ${summary}.`,
  legend: 'Legend',
  askedBy: (n) => `Asked by ${n}`,
  practicesTitle: 'Practices',
  insightsTitle: 'Insights',
  noSuggestions: 'No suggestions yet.',
  sharedBottlenecks: 'Shared bottlenecks: ',
  theyLearned: 'What they learned',
  whoKnows: 'Who knows about it',
  contacts: (names) => `Contact: ${names.join(', ')}`,
  moreBottlenecks: (n) => `And ${n} more open ${n === 1 ? 'bottleneck' : 'bottlenecks'}.`,
};

export const TEXTS: Record<Lang, Texts> = { nl: NL, en: EN };
