import { toLuceneQuery } from '../recommend/lucene.js';

/** A GraphQL request: query and variables. */
export interface Request {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** One benchmarked operation: the same question to both servers, in a few variants. */
export interface Operation {
  readonly key: string;
  readonly title: string;
  readonly ours: readonly Request[];
  /** Null when @neo4j/graphql cannot express it reasonably. */
  readonly theirs: readonly Request[] | null;
  /** How @neo4j/graphql's version differs, if at all. */
  readonly note: string;
  /** The ids an answer names, in order: both servers must give the same. */
  readonly idsOfOurs: (data: Record<string, unknown>) => string[];
  readonly idsOfTheirs: (data: Record<string, unknown>) => string[];
}

export const body = (request: Request) => JSON.stringify(request);

type Data = Record<string, unknown>;
const at = (data: Data, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Data | null | undefined)?.[key], data);
const list = (data: Data, path: string) => (at(data, path) as Data[] | undefined) ?? [];
const edgeIds = (path: string) => (data: Data) => list(data, path).map((e) => String(at(e, 'node.id')));

const pad = (i: number) => String(i).padStart(5, '0');

/** Professionals spread evenly over the synthetic graph's ids (activity is random, not by id). */
export function sampleProfessionals(professionals: number, count: number): string[] {
  const step = Math.max(1, Math.floor(professionals / count));
  return Array.from({ length: Math.min(count, professionals) }, (_, i) => `prof-${pad(i * step)}`);
}

const TOPICS = ['inclusie', 'armoede', 'wonen', 'zorg', 'eenzaamheid'];
const QUESTIONS = [
  'Wie weet hoe we eenzaamheid onder ouderen in de wijk aanpakken?',
  'Hoe bereiken we gezinnen met schulden en armoede?',
  'Who knows about affordable housing for young people?',
  'Welke aanpak werkt voor inclusie op de arbeidsmarkt?',
  'Wie heeft ervaring met zorg en welzijn in de regio?',
];
const BY_NAME = '[{ name: ASC }, { id: ASC }]';
const NESTED_OURS =
  '{ professionals(first: 20) { edges { node { id name memberships { role alliance { name themes { name } } } } } } }';
const NESTED_THEIRS = `{ professionalsConnection(first: 20, sort: ${BY_NAME}) { edges { node { id name
  membershipsConnection { edges { properties { role } node { name themes { name } } } } } } } }`;

/**
 * The benchmarked operations over a graph of `professionals` synthetic people (ids prof-00000...,
 * alliance-00000..., theme-00000...: src/generate/synthetic.ts). Our order of a list is by name,
 * then id, so @neo4j/graphql is asked to sort the same way.
 */
export function operations(professionals: number): Operation[] {
  const people = sampleProfessionals(professionals, 25);
  const filter = { alliances: ['alliance-00000', 'alliance-00001'], themes: ['theme-00000', 'theme-00001'] };
  return [
    {
      key: 'single',
      title: 'single item: professional(id)',
      ours: people.map((id) => ({
        query: 'query($id: ID!) { professional(id: $id) { id name headline visibility languages } }',
        variables: { id },
      })),
      theirs: people.map((id) => ({
        query:
          'query($id: ID!) { professionals(where: { id: { eq: $id } }) { id name headline visibility languages } }',
        variables: { id },
      })),
      note: 'professionals(where: { id: { eq } }) (no single-item query in @neo4j/graphql)',
      idsOfOurs: (d) => [String(at(d, 'professional.id'))],
      idsOfTheirs: (d) => list(d, 'professionals').map((p) => String(p.id)),
    },
    {
      key: 'nested',
      title: 'list, two nested levels (first: 20)',
      ours: [{ query: NESTED_OURS }],
      theirs: [{ query: NESTED_THEIRS }],
      note: 'professionalsConnection with membershipsConnection (edge properties)',
      idsOfOurs: edgeIds('professionals.edges'),
      idsOfTheirs: edgeIds('professionalsConnection.edges'),
    },
    {
      key: 'filtered',
      title: 'filtered list (memberships and expertise id_in) with totalCount',
      ours: [
        {
          query: `query($alliances: [ID!], $themes: [ID!]) { professionals(first: 20,
            where: { memberships: { id_in: $alliances }, expertise: { id_in: $themes } })
            { totalCount edges { node { id name } } } }`,
          variables: filter,
        },
      ],
      theirs: [
        {
          query: `query($alliances: [ID!], $themes: [ID!]) { professionalsConnection(first: 20, sort: ${BY_NAME},
            where: { memberships: { some: { id: { in: $alliances } } }, expertise: { some: { id: { in: $themes } } } })
            { totalCount edges { node { id name } } } }`,
          variables: filter,
        },
      ],
      note: 'where: { memberships: { some: { id: { in } } } }',
      idsOfOurs: edgeIds('professionals.edges'),
      idsOfTheirs: edgeIds('professionalsConnection.edges'),
    },
    {
      key: 'search',
      title: 'search (full text, first: 10)',
      ours: TOPICS.map((text) => ({
        query: 'query($text: String!) { search(text: $text, first: 10) { score node { __typename id } } }',
        variables: { text },
      })),
      theirs: TOPICS.map((text) => ({
        query: 'query($text: String!) { search(text: $text, first: 10) { score id label } }',
        variables: { text: toLuceneQuery(text) },
      })),
      note: '@cypher field (same statement); the client sends the escaped Lucene query',
      idsOfOurs: (d) => list(d, 'search').map((h) => String(at(h, 'node.id'))),
      idsOfTheirs: (d) => list(d, 'search').map((h) => String(h.id)),
    },
    {
      key: 'whoKnows',
      title: 'whoKnows(topic, first: 10)',
      ours: TOPICS.map((topic) => ({
        query:
          'query($topic: String!) { whoKnows(topic: $topic, first: 10) { score professional { id name } } }',
        variables: { topic },
      })),
      theirs: TOPICS.map((text) => ({
        query: 'query($text: String!) { whoKnows(text: $text, first: 10) { score id name } }',
        variables: { text: toLuceneQuery(text) },
      })),
      note: '@cypher field, scoring in Cypher; no reasons (sentences and proof paths)',
      idsOfOurs: (d) => list(d, 'whoKnows').map((m) => String(at(m, 'professional.id'))),
      idsOfTheirs: (d) => list(d, 'whoKnows').map((m) => String(m.id)),
    },
    {
      key: 'suggested',
      title: 'suggestedConnections(first: 10)',
      ours: people.map((id) => ({
        query:
          'query($id: ID!) { suggestedConnections(professionalId: $id, first: 10) { score professional { id name } } }',
        variables: { id },
      })),
      theirs: people.map((id) => ({
        query: 'query($id: ID!) { suggestedConnections(professionalId: $id, first: 10) { score id name } }',
        variables: { id },
      })),
      note: '@cypher field, scoring and bridging bonus in Cypher; no reasons',
      idsOfOurs: (d) => list(d, 'suggestedConnections').map((m) => String(at(m, 'professional.id'))),
      idsOfTheirs: (d) => list(d, 'suggestedConnections').map((m) => String(m.id)),
    },
    {
      key: 'ask',
      title: 'ask(text, first: 10): a question in a sentence',
      ours: QUESTIONS.map((text) => ({
        query:
          'query($text: String!) { ask(text: $text, first: 10) { people { score professional { id name } } practices { score practice { id } } insights { score insight { id } } } }',
        variables: { text },
      })),
      theirs: null,
      note: 'no counterpart: reading a sentence against the graph is ours alone',
      idsOfOurs: (d) => list(d, 'ask.people').map((m) => String(at(m, 'professional.id'))),
      idsOfTheirs: () => [],
    },
  ];
}
