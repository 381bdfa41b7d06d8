import type { Label } from '../domain/labels.js';
import type { RelationshipType } from '../domain/relationships.js';

/**
 * The vocabulary of network-mapping sheets (English and Dutch) and what it means in our model.
 * Keys are normalised by key(): lower case, letters and digits only ("Do-tank" is "dotank").
 */

export type Defaults = Readonly<Record<string, string>>;
export interface ElementType {
  readonly label: Label;
  readonly defaults?: Defaults;
}

const ELEMENT_TYPES: Readonly<Record<string, ElementType>> = {
  ...aliases('professional person people individual persoon mens', { label: 'Professional' }),
  ...aliases('organization organisation organisatie', { label: 'Organization' }),
  ...sector('government overheid gemeente ministry ministerie', 'GOVERNMENT'),
  ...sector('business company bedrijf corporate', 'BUSINESS'),
  ...sector('fund fonds funder', 'FUND'),
  ...sector('knowledgeinstitute kennisinstelling university universiteit hogeschool', 'KNOWLEDGE_INSTITUTE'),
  ...sector('civilsociety ngo nonprofit foundation stichting maatschappelijkeorganisatie', 'CIVIL_SOCIETY'),
  ...sector('citizens burgers bewoners', 'CITIZENS'),
  ...aliases('alliance alliantie coalition coalitie network netwerk platform', { label: 'Alliance' }),
  ...aliases('theme thema topic issue onderwerp', { label: 'Theme' }),
  ...kind('Practice', 'practice praktijk aanpak approach', 'OTHER'),
  ...kind('Practice', 'method methode methodiek', 'METHOD'),
  ...kind('Practice', 'programme program programma', 'PROGRAMME'),
  ...kind('Practice', 'tool instrument', 'TOOL'),
  ...kind('Practice', 'product', 'PRODUCT'),
  ...kind('Practice', 'podcast', 'PODCAST'),
  ...kind('Practice', 'publication publicatie report rapport', 'PUBLICATION'),
  ...aliases('initiative initiatief', { label: 'Initiative' }),
  ...kind('Initiative', 'residentsinitiative bewonersinitiatief', 'RESIDENTS_INITIATIVE'),
  ...kind('Initiative', 'dotank doetank', 'DO_TANK'),
  ...kind('Initiative', 'expertgroup expertgroep', 'EXPERT_GROUP'),
  ...kind('Initiative', 'project', 'PROJECT'),
  ...kind('Initiative', 'localinitiative lokaalinitiatief', 'LOCAL_INITIATIVE'),
  ...aliases('insight inzicht', { label: 'Insight' }),
  ...kind('Insight', 'lesson les lessonlearned', 'LESSON'),
  ...kind('Insight', 'workingelement werkzaamelement', 'WORKING_ELEMENT'),
  ...kind('Insight', 'observation observatie', 'OBSERVATION'),
  ...aliases('bottleneck knelpunt barrier obstacle problem probleem', { label: 'Bottleneck' }),
  ...aliases('event bijeenkomst meeting', { label: 'Event' }),
  ...kind('Event', 'cafe kenniscafe', 'CAFE'),
  ...kind('Event', 'festival', 'FESTIVAL'),
  ...kind('Event', 'workshop', 'WORKSHOP'),
  ...kind('Event', 'congress congres conference', 'CONGRESS'),
  ...kind('Event', 'meetup', 'MEETUP'),
  ...aliases('question vraag vraagaannederland', { label: 'Question' }),
  ...aliases('commitment afspraak toezegging actiepunt', { label: 'Commitment' }),
  ...aliases('conditioncheck conditiecheck learningcheck meting', { label: 'ConditionCheck' }),
  ...aliases('region regio', { label: 'Region' }),
  ...level('municipality city stad', 'MUNICIPALITY'),
  ...level('province provincie', 'PROVINCE'),
  ...level('country land national', 'NATIONAL'),
};

const CONNECTION_TYPES: Readonly<Record<string, RelationshipType>> = {
  ...types('KNOWS', 'knows kent colleague collega friend acquaintance contact tie'),
  ...types('WORKS_AT', 'worksat worksfor werktbij employedby employee employer'),
  ...types('MEMBER_OF', 'memberof member lid lidvan'),
  ...types('PARTNER_IN', 'partnerin partner partnerof'),
  ...types('FOCUSES_ON', 'focuseson focus'),
  ...types('HAS_EXPERTISE', 'hasexpertise expertise expertin'),
  ...types('CONTRIBUTES_TO', 'contributesto contributes contributor draagtbij'),
  ...types('APPLIES', 'applies uses gebruikt pasttoe'),
  ...types('IN_THEME', 'intheme theme thema'),
  ...types('AUTHORED', 'authored author wrote auteur'),
  ...types('ABOUT', 'about over'),
  ...types('RECORDED', 'recorded vastgelegd'),
  ...types('RAISED_BY', 'raisedby raised ingebrachtdoor'),
  ...types('ADDRESSES', 'addresses solves lostop'),
  ...types('ATTENDED', 'attended attends participant deelnemer'),
  ...types('PRESENTED_AT', 'presentedat presenter speaker spreker'),
  ...types('HOSTED_BY', 'hostedby host organizer organiser organisator'),
  ...types('LOCATED_IN', 'locatedin location basedin gevestigdin'),
  ...types('ASKED_BY', 'askedby asker gestelddoor vraagsteller'),
  ...types('ANSWERED_BY', 'answeredby answer beantwoorddoor antwoord'),
  ...types('PART_OF', 'partof onderdeelvan deelvan'),
  ...types('BUILDS_ON', 'buildson bouwtvoorton'),
  ...types('HARVESTED_AT', 'harvestedat harvest oogst opgehaaldbij'),
  ...types('PRODUCED', 'produced made maakte ontwikkelde'),
  ...types('ADOPTED', 'adopted adopts overgenomen neemtover'),
  ...types('TAKEN_UP', 'takenup opgepaktdoor landelijkopgepakt'),
  ...types('COMMITTED_BY', 'committedby toegezegddoor'),
  ...types('COMMITTED_AT', 'committedat afgesprokenbij'),
  ...types('COMMITS_TO', 'commitsto voor'),
  ...types('CHECKS', 'checks meet'),
  ...types('CHECKED_BY', 'checkedby gemetendoor'),
};

/** Free element columns that mean one of our properties. */
export const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  website: 'url',
  link: 'url',
  'e-mail': 'email',
  mail: 'email',
  omschrijving: 'description',
  beschrijving: 'description',
};

/** How a sheet's description lands on labels that call it otherwise. */
export const DESCRIPTION_PROPERTY: Partial<Record<Label, string>> = {
  Professional: 'bio',
  Practice: 'summary',
};

/** Columns the sheets carry for drawing, not for meaning; left aside without a warning. */
export const DRAWING_COLUMNS = new Set([
  'image',
  'color',
  'colour',
  'size',
  'shape',
  'layout',
  'direction',
  'strength',
]);

export function elementTypeOf(raw: string): ElementType | undefined {
  return ELEMENT_TYPES[key(raw)];
}

export function connectionTypeOf(raw: string): RelationshipType | undefined {
  return CONNECTION_TYPES[key(raw)];
}

export function key(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function aliases(words: string, type: ElementType): Record<string, ElementType> {
  return Object.fromEntries(words.split(' ').map((w) => [w, type]));
}

function sector(words: string, value: string) {
  return aliases(words, { label: 'Organization', defaults: { sector: value } });
}

function level(words: string, value: string) {
  return aliases(words, { label: 'Region', defaults: { level: value } });
}

function kind(label: Label, words: string, value: string) {
  return aliases(words, { label, defaults: { kind: value } });
}

function types(type: RelationshipType, words: string): Record<string, RelationshipType> {
  return Object.fromEntries(words.split(' ').map((w) => [w, type]));
}
