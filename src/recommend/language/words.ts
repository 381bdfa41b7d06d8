import type { Lang } from '../paths.js';

/**
 * The words of the brain's sentences, with their grammar as data: a Dutch noun carries its
 * article (de/het) and so its relative pronoun (die/dat), every noun its plural. Reasons, errors
 * and labels take their nouns from here, never from a literal in a template.
 */
export interface Noun {
  readonly singular: string;
  readonly plural: string;
  /** Dutch definite article; English nouns leave it out ("the" for all). */
  readonly article?: 'de' | 'het';
}

export const NOUNS: Readonly<Record<string, Readonly<Record<Lang, Noun>>>> = {
  Professional: {
    NL: { singular: 'professional', plural: 'professionals', article: 'de' },
    EN: { singular: 'professional', plural: 'professionals' },
  },
  Organization: {
    NL: { singular: 'organisatie', plural: 'organisaties', article: 'de' },
    EN: { singular: 'organisation', plural: 'organisations' },
  },
  Alliance: {
    NL: { singular: 'alliantie', plural: 'allianties', article: 'de' },
    EN: { singular: 'alliance', plural: 'alliances' },
  },
  Theme: {
    NL: { singular: 'thema', plural: "thema's", article: 'het' },
    EN: { singular: 'theme', plural: 'themes' },
  },
  Practice: {
    NL: { singular: 'praktijk', plural: 'praktijken', article: 'de' },
    EN: { singular: 'practice', plural: 'practices' },
  },
  Initiative: {
    NL: { singular: 'initiatief', plural: 'initiatieven', article: 'het' },
    EN: { singular: 'initiative', plural: 'initiatives' },
  },
  Insight: {
    NL: { singular: 'inzicht', plural: 'inzichten', article: 'het' },
    EN: { singular: 'insight', plural: 'insights' },
  },
  Bottleneck: {
    NL: { singular: 'knelpunt', plural: 'knelpunten', article: 'het' },
    EN: { singular: 'bottleneck', plural: 'bottlenecks' },
  },
  Event: {
    NL: { singular: 'bijeenkomst', plural: 'bijeenkomsten', article: 'de' },
    EN: { singular: 'event', plural: 'events' },
  },
  Region: {
    NL: { singular: 'regio', plural: "regio's", article: 'de' },
    EN: { singular: 'region', plural: 'regions' },
  },
  Question: {
    NL: { singular: 'vraag', plural: 'vragen', article: 'de' },
    EN: { singular: 'question', plural: 'questions' },
  },
  Sector: {
    NL: { singular: 'sector', plural: 'sectoren', article: 'de' },
    EN: { singular: 'sector', plural: 'sectors' },
  },
  Network: {
    NL: { singular: 'netwerk', plural: 'netwerken', article: 'het' },
    EN: { singular: 'network', plural: 'networks' },
  },
};

/** Names of the roles in an alliance or initiative, as people say them. */
export const ROLE_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  INITIATOR: { NL: 'initiatiefnemer', EN: 'initiator' },
  MANAGER: { NL: 'manager', EN: 'manager' },
  FACILITATOR: { NL: 'procesbegeleider', EN: 'process facilitator' },
  COORDINATOR: { NL: 'coördinator', EN: 'coordinator' },
  MEMBER: { NL: 'lid', EN: 'member' },
};

/** Names of organisation sectors, as a group ("the business sector"). */
export const SECTOR_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  GOVERNMENT: { NL: 'overheid', EN: 'government' },
  BUSINESS: { NL: 'bedrijfsleven', EN: 'business' },
  FUND: { NL: 'fondsen', EN: 'funds' },
  KNOWLEDGE_INSTITUTE: { NL: 'kennisinstellingen', EN: 'knowledge institutions' },
  CIVIL_SOCIETY: { NL: 'maatschappelijke organisaties', EN: 'civil society' },
  CITIZENS: { NL: 'burgers', EN: 'citizens' },
};

export function nounOf(label: string, lang: Lang): Noun {
  const noun = NOUNS[label]?.[lang];
  if (!noun) throw new Error(`no noun for label ${label}`);
  return noun;
}

/** "het thema" / "the theme". */
export function theNoun(label: string, lang: Lang): string {
  const noun = nounOf(label, lang);
  return lang === 'NL' ? `${noun.article} ${noun.singular}` : `the ${noun.singular}`;
}

/** "een thema" / "a theme", "an event". */
export function aNoun(label: string, lang: Lang): string {
  const noun = nounOf(label, lang);
  if (lang === 'NL') return `een ${noun.singular}`;
  return `${/^[aeiou]/i.test(noun.singular) ? 'an' : 'a'} ${noun.singular}`;
}

/** "een andere sector" / "een ander netwerk" / "another sector". */
export function anotherNoun(label: string, lang: Lang): string {
  const noun = nounOf(label, lang);
  if (lang === 'EN') return `another ${noun.singular}`;
  return `${noun.article === 'het' ? 'een ander' : 'een andere'} ${noun.singular}`;
}

/** The relative pronoun that refers back to a noun of this label: "die"/"dat", "which". */
export function relativeOf(label: string, lang: Lang): string {
  if (lang === 'EN') return 'which';
  return nounOf(label, lang).article === 'het' ? 'dat' : 'die';
}

/** "A", "A en B", "A, B en C" / "A and B". */
export function listOf(items: readonly string[], lang: Lang): string {
  const and = lang === 'NL' ? 'en' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
